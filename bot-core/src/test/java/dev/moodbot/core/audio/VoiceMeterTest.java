package dev.moodbot.core.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.audio.VoiceReading.Arousal;
import dev.moodbot.core.config.VoiceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VoiceMeterTest {
    private static VoiceNoteDecoder decoder;
    private final VoiceMeter meter = new VoiceMeter();

    @BeforeAll
    static void open() {
        decoder = new VoiceNoteDecoder(VoiceConfig.defaults());
    }

    @AfterAll
    static void close() {
        decoder.close();
    }

    @Test
    void measure_sine440_findsItsPitchAndNoMovement() {
        VoiceReading reading = meter.measure(reference("sine440_16000.wav"), List.of());
        assertEquals(440, reading.pitchHz(), 2);
        assertTrue(reading.pitchVariationSemitones() < 0.1, "spread " + reading.pitchVariationSemitones());
        // 0.5·sin has an RMS of 0.354, i.e. -9 dBFS
        assertEquals(-9.03, reading.loudnessDbfs(), 0.2);
        assertTrue(reading.voicedRatio() > 0.9);
    }

    @Test
    void measure_espeakVoices_readsPlausibleSpeechPitch() {
        for (String id : List.of("en_happy", "en_sad", "en_angry", "en_calm_f", "ko_happy", "ko_sad", "ko_angry",
                "ko_neutral")) {
            VoiceReading r = meter.measure(reference(id + "_16000.wav"), List.of());
            System.out.printf(Locale.ROOT, "%-10s %5.1f dBFS pitch %5.1f Hz ±%4.1f st voiced %.2f rate %.1f/s %s%n", id,
                    r.loudnessDbfs(), r.pitchHz(), r.pitchVariationSemitones(), r.voicedRatio(), r.syllablesPerSecond(), r.arousal());
            assertTrue(r.pitchHz() > 60 && r.pitchHz() < 400, id + " pitch " + r.pitchHz());
            assertTrue(r.voicedRatio() > 0.2 && r.voicedRatio() < 1, id + " voiced " + r.voicedRatio());
        }
    }

    @Test
    void measure_loudFastVoiceAgainstQuietSlowOne_ranksArousal() {
        VoiceReading angry = meter.measure(reference("en_angry_16000.wav"), List.of());
        VoiceReading sad = meter.measure(reference("en_sad_16000.wav"), List.of());
        assertTrue(angry.loudnessDbfs() > sad.loudnessDbfs());
        assertTrue(angry.arousal().compareTo(sad.arousal()) > 0, angry.arousal() + " vs " + sad.arousal());
    }

    @Test
    void measure_silence_reportsNoVoice() {
        VoiceReading reading = meter.measure(reference("silence_16000.wav"), List.of());
        assertEquals(0, reading.pitchHz());
        assertEquals(0, reading.voicedRatio());
        assertEquals(Arousal.CALM, reading.arousal());
    }

    private static AudioClip reference(String wav) {
        try {
            Path path = SharedAudio.dir("mfcc-reference").resolve("wav").resolve(wav);
            VoiceNote note = VoiceNote.of(Files.readAllBytes(path), wav);
            return assertInstanceOf(DecodeOutcome.Decoded.class, decoder.decode(note, 16_000)).clip();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
