package dev.moodbot.core.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.audio.AudioClip;
import dev.moodbot.core.audio.DecodeOutcome;
import dev.moodbot.core.audio.SharedAudio;
import dev.moodbot.core.audio.VoiceNoteDecoder;
import dev.moodbot.core.config.VoiceConfig;
import dev.moodbot.core.inference.TextModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded English Vosk model on the shared voice notes, decoded by the real decoder. */
class VoskTranscriberTest {
    private static Transcriber english;
    private static VoiceNoteDecoder decoder;

    @BeforeAll
    static void load() {
        english = SpeechModels.load(SpeechModels.BUILTIN_ENGLISH, TextModelLoader.defaultCacheRoot()).orElseThrow();
        decoder = new VoiceNoteDecoder(VoiceConfig.defaults());
    }

    @AfterAll
    static void close() {
        english.close();
        decoder.close();
    }

    @Test
    void transcribe_englishDiscordNote_wordsInOrderWithConfidenceAndHighFit() {
        Transcript heard = english.transcribe(samples("en_happy_discord.ogg"), () -> false);
        assertTrue(heard.text().endsWith("happy today this is wonderful news"), heard.text());
        assertTrue(heard.complete());
        assertEquals(2.75, heard.heardSeconds(), 0.05);
        for (int i = 1; i < heard.words().size(); i++) {
            assertTrue(heard.words().get(i).start() >= heard.words().get(i - 1).start(), heard.words()::toString);
        }
        assertTrue(heard.words().stream().allMatch(w -> w.confidence() > 0 && w.confidence() <= 1));
        assertTrue(heard.fit() > 10, "English words explain English speech far better than a filler: " + heard.fit());
        assertEquals("vosk-model-small-en-us-0.15", english.modelId());
    }

    @Test
    void transcribe_koreanNote_lowFitWhateverTheWords() {
        Transcript heard = english.transcribe(samples("ko_sad_slack.m4a"), () -> false);
        assertFalse(heard.isEmpty(), "a recogniser always finds words of its own language");
        assertTrue(heard.fit() < 5, "Korean speech gains little from English words: " + heard.fit());
    }

    @Test
    void transcribe_timeUpAtOnce_incompleteAndEmpty() {
        Transcript heard = english.transcribe(samples("en_happy_generic.wav"), () -> true);
        assertFalse(heard.complete());
        assertEquals(0, heard.heardSeconds());
        assertTrue(heard.isEmpty());
    }

    @Test
    void load_none_givesNoTranscriber() {
        assertEquals(Optional.empty(), SpeechModels.load(" none ", TextModelLoader.defaultCacheRoot()));
    }

    @Test
    void load_unknownBuiltinOrNotAModel_explainsWhatToSet(@TempDir Path empty) throws Exception {
        SpeechModelException builtin = assertThrows(SpeechModelException.class,
                () -> SpeechModels.load("builtin:ko", empty));
        assertTrue(builtin.getMessage().contains("builtin:en-us"), builtin.getMessage());
        Files.createDirectory(empty.resolve("not-a-model"));
        SpeechModelException folder = assertThrows(SpeechModelException.class,
                () -> SpeechModels.load(empty.resolve("not-a-model").toString(), empty));
        assertTrue(folder.getMessage().contains("not a Vosk model folder"), folder.getMessage());
    }

    @Test
    void load_builtinTwice_unpacksOnceIntoOneFolder(@TempDir Path cache) throws Exception {
        SpeechModels.load(SpeechModels.BUILTIN_ENGLISH, cache).orElseThrow().close();
        Path unpacked;
        try (var entries = Files.list(cache.resolve("models").resolve(EmbeddedSpeechModel.NAME))) {
            unpacked = entries
                    .reduce((a, b) -> {
                        throw new AssertionError("two copies: " + a + ", " + b);
                    }).orElseThrow();
        }
        long modified = Files.getLastModifiedTime(unpacked.resolve("am/final.mdl")).toMillis();
        SpeechModels.load(SpeechModels.BUILTIN_ENGLISH, cache).orElseThrow().close();
        assertEquals(modified, Files.getLastModifiedTime(unpacked.resolve("am/final.mdl")).toMillis(),
                "an unpacked model is reused, not copied again");
        assertTrue(Files.exists(unpacked.resolve("graph/HCLr.fst")));
    }

    private static float[] samples(String file) {
        DecodeOutcome outcome = decoder.decode(SharedAudio.note(file), english.sampleRate());
        return ((DecodeOutcome.Decoded) outcome).clip().samples();
    }
}
