package dev.moodbot.core.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodbot.core.RejectReason;
import dev.moodbot.core.config.VoiceConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VoiceNoteDecoderTest {
    private static VoiceNoteDecoder decoder;

    @BeforeAll
    static void open() {
        decoder = new VoiceNoteDecoder(VoiceConfig.defaults());
    }

    @AfterAll
    static void close() {
        decoder.close();
    }

    @Test
    void decode_everySampleFormat_givesManifestDuration() {
        for (JsonNode entry : SharedAudio.manifest()) {
            String file = entry.get("file").asText();
            AudioClip clip = decoded(decoder.decode(SharedAudio.note(file), 16_000));
            double expected = entry.get("duration_s").asDouble();
            System.out.printf("%-24s manifest %.3f s decoded %.3f s samples %d peak %.3f%n", file, expected,
                    clip.durationSeconds(), clip.samples().length, clip.peak());
            assertEquals(expected, clip.durationSeconds(), 0.1, file);
            assertEquals(expected, clip.analysedSeconds(), 0.1, file);
            assertEquals(16_000, clip.sampleRate());
            assertTrue(clip.peak() > 0.05 && clip.peak() <= 1.01, file + " peak " + clip.peak());
        }
    }

    @Test
    void decode_zeroBytes_refusedAsEmpty() {
        assertRefused(RejectReason.AUDIO_EMPTY, decoder.decode(VoiceNote.of(new byte[0], "voice-message.ogg"), 16_000));
    }

    @Test
    void decode_randomBytes_refusedAsUnsupported() {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        assertRefused(RejectReason.AUDIO_UNSUPPORTED, decoder.decode(VoiceNote.of(noise, "voice-message.ogg"), 16_000));
    }

    @Test
    void decode_textNamedOgg_refusedAsUnsupported() {
        byte[] text = "Hello! This is not a voice message, just some text.\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        assertRefused(RejectReason.AUDIO_UNSUPPORTED, decoder.decode(VoiceNote.of(text, "voice-message.ogg"), 16_000));
    }

    @Test
    void decode_oggCutInsideHeaders_refusedAsCorrupt() {
        byte[] whole = SharedAudio.note("en_happy_discord.ogg").bytes();
        for (int cut : new int[] {20, 200}) {
            assertRefused(RejectReason.AUDIO_CORRUPT,
                    decoder.decode(VoiceNote.of(Arrays.copyOf(whole, cut), "voice-message.ogg"), 16_000));
        }
    }

    @Test
    void decode_oggCutHalfway_decodesStartAndMarksEndedEarly() {
        byte[] whole = SharedAudio.note("en_happy_discord.ogg").bytes();
        AudioClip clip = decoded(decoder.decode(VoiceNote.of(Arrays.copyOf(whole, whole.length / 2), "a.ogg"), 16_000));
        assertTrue(clip.endedEarly());
        assertTrue(clip.durationSeconds() > 0.5 && clip.durationSeconds() < 2.0, "got " + clip.durationSeconds());
        assertTrue(!decoded(decoder.decode(VoiceNote.of(whole, "a.ogg"), 16_000)).endedEarly(), "whole file");
    }

    @Test
    void decode_overMaxBytes_refusedBeforeDecoding() {
        VoiceConfig small = VoiceConfig.defaults().withLimits(2048, Duration.ofMinutes(5), Duration.ofSeconds(20));
        AtomicLong clockReads = new AtomicLong();
        try (VoiceNoteDecoder limited = new VoiceNoteDecoder(small, clockReads::incrementAndGet)) {
            assertRefused(RejectReason.AUDIO_TOO_LARGE, limited.decode(SharedAudio.note("en_happy_discord.ogg"), 16_000));
        }
        assertEquals(0, clockReads.get(), "the decode clock is started only for files that get decoded");
    }

    @Test
    void decode_goodAndBadInputs_releasesEveryInput() {
        byte[] whole = SharedAudio.note("en_happy_slack.webm").bytes();
        for (byte[] bytes : new byte[][] {whole, Arrays.copyOf(whole, 100), Arrays.copyOf(whole, whole.length / 3),
                "not audio".getBytes(StandardCharsets.UTF_8)}) {
            decoder.decode(VoiceNote.of(bytes, "x.webm"), 22_050);
            assertEquals(0, decoder.openInputs());
        }
    }

    private static AudioClip decoded(DecodeOutcome outcome) {
        return assertInstanceOf(DecodeOutcome.Decoded.class, outcome, () -> outcome.toString()).clip();
    }

    private static void assertRefused(RejectReason reason, DecodeOutcome outcome) {
        DecodeOutcome.Refused refused = assertInstanceOf(DecodeOutcome.Refused.class, outcome, outcome::toString);
        assertEquals(reason, refused.reason(), refused.detail());
    }
}
