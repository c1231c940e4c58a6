package dev.moodbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodbot.core.audio.SharedAudio;
import dev.moodbot.core.audio.VoiceNote;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Voice notes end to end on the shipped defaults: the real decoder, the embedded English Vosk model and the default
 * text model. Each note is sent by its own user, so the rate limiter lets the whole set through at once.
 */
class VoiceNoteMoodTest {
    private static final long TIMEOUT_S = 120;
    private static MoodBot bot;

    @BeforeAll
    static void start() {
        bot = MoodBot.start(CoreConfig.defaults());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void handle_everySharedEnglishNote_answersWithTranscriptMoodAndTracks() throws Exception {
        Map<String, CompletableFuture<MoodReply>> replies = new LinkedHashMap<>();
        for (JsonNode entry : SharedAudio.manifest()) {
            String file = entry.get("file").asText();
            if (entry.get("language").asText().equals("en")) {
                replies.put(file, ask(file, SharedAudio.note(file)));
            }
        }
        assertEquals(12, replies.size());
        for (var reply : replies.entrySet()) {
            MoodReply got = reply.getValue().get(TIMEOUT_S, TimeUnit.SECONDS);
            MoodReport report = assertInstanceOf(MoodReply.Answered.class, got, reply.getKey() + ": " + got).report();
            String transcript = report.transcript().orElseThrow();
            assertTrue(transcript.contains("happy") || transcript.contains("music"), reply.getKey() + ": " + transcript);
            assertEquals(3, report.tracks().size(), reply.getKey());
            assertTrue(report.voice().isPresent(), reply.getKey());
            assertTrue(report.model().contains("vosk-model-small-en-us-0.15"), report.model());
            if (transcript.contains("happy")) {
                assertEquals(Mood.JOY, report.mood(), reply.getKey() + ": " + report.scores());
            }
        }
    }

    @Test
    void handle_everySharedKoreanNote_saysItCouldNotMakeOutTheWords() throws Exception {
        List<CompletableFuture<MoodReply>> replies = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (JsonNode entry : SharedAudio.manifest()) {
            String file = entry.get("file").asText();
            if (entry.get("language").asText().equals("ko")) {
                files.add(file);
                replies.add(ask(file, SharedAudio.note(file)));
            }
        }
        assertEquals(12, files.size());
        for (int i = 0; i < files.size(); i++) {
            MoodReply got = replies.get(i).get(TIMEOUT_S, TimeUnit.SECONDS);
            MoodReply.Heard heard = assertInstanceOf(MoodReply.Heard.class, got, files.get(i) + ": " + got);
            assertTrue(heard.why().contains("couldn't make out the words"), heard.why());
            assertTrue(heard.operatorHint().contains("model.stt"), heard.operatorHint());
            assertTrue(heard.reading().durationSeconds() > 1, files.get(i));
        }
    }

    /**
     * moodbot's own set (models/scripts/make_voice_set.sh): espeak-ng voices saying sentences with a clear mood, in
     * the platforms' formats. The bar is three in four English notes with the sentence's mood. Of the four Korean
     * ones, three must get no mood read into English words; the fourth ("정말 화가 나요. 왜 그랬어요?") fools the
     * English recogniser's checks in some runs (Vosk's confidences vary a little from run to run), see
     * TranscriptCheck.
     */
    @Test
    void handle_ownVoiceSet_readsTheMoodOfAtLeastThreeInFourEnglishNotes() throws Exception {
        List<String[]> rows = voiceSet();
        List<CompletableFuture<MoodReply>> replies = new ArrayList<>();
        for (String[] row : rows) {
            replies.add(ask(row[0], VoiceNote.of(resource(row[0]), row[0])));
        }
        int english = 0;
        int right = 0;
        int koreanAnswered = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            MoodReply got = replies.get(i).get(TIMEOUT_S, TimeUnit.SECONDS);
            if (row[1].equals("ko")) {
                koreanAnswered += got instanceof MoodReply.Answered ? 1 : 0;
                continue;
            }
            english++;
            if (got instanceof MoodReply.Answered(MoodReport report, var feedback) && report.mood().key().equals(row[2])) {
                right++;
            } else {
                misses.add(row[0] + " -> " + got);
            }
        }
        assertEquals(12, english);
        assertTrue(right * 4 >= english * 3, right + " of " + english + " right; missed: " + misses);
        assertTrue(koreanAnswered <= 1, koreanAnswered + " of 4 Korean notes got a mood from English guesses");
        System.out.println("own voice set: " + right + " of " + english + " English notes right; missed " + misses
                + "; Korean notes answered with a mood: " + koreanAnswered + " of 4");
    }

    private static CompletableFuture<MoodReply> ask(String user, VoiceNote note) {
        return bot.handle(MoodRequest.voice(new UserRef("test", user), note, Optional.empty()));
    }

    private static List<String[]> voiceSet() throws IOException {
        String tsv = new String(resource("voice-set.tsv"), StandardCharsets.UTF_8);
        return tsv.lines().skip(1).map(line -> line.split("\t")).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = VoiceNoteMoodTest.class.getResourceAsStream("/voice-set/" + name)) {
            return in.readAllBytes();
        }
    }
}
