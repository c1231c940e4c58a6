package dev.moodbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.audio.VoiceNote;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.testing.FakeTicker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole core path on the real default model and real ONNX Runtime, with a clock the test moves. */
class MoodBotTest {
    private static final long TIMEOUT_S = 60;
    private static final FakeTicker TICKER = new FakeTicker();
    private static MoodBot bot;

    @BeforeAll
    static void start() {
        bot = MoodBotAssembly.assemble(CoreConfig.defaults(), TICKER);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static MoodReply ask(UserRef user, String text) throws Exception {
        return bot.handle(MoodRequest.text(user, text)).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static MoodReport answered(MoodReply reply) {
        return assertInstanceOf(MoodReply.Answered.class, reply, reply.toString()).report();
    }

    @Test
    void refuseDeclaredSize_overTheCap_refusedAsTooLargeAndAtTheCapAllowed() {
        long cap = bot.voiceLimits().maxBytes();
        MoodReply refused = bot.refuseDeclaredSize(cap + 1).orElseThrow();
        assertEquals(RejectReason.AUDIO_TOO_LARGE,
                assertInstanceOf(MoodReply.Rejected.class, refused, refused::toString).reason());
        assertTrue(bot.refuseDeclaredSize(cap).isEmpty());
    }

    @Test
    void handle_happyText_joyWithThreeTracks() throws Exception {
        MoodReport report = answered(ask(new UserRef("test", "joy"), "I just got the job, I'm so happy!"));
        assertEquals(Mood.JOY, report.mood());
        assertEquals(3, report.tracks().size());
        assertEquals(Language.EN, report.language());
        assertTrue(report.score() > 3, "score " + report.score());
        assertFalse(report.truncated());
        assertEquals(report.confidence(), report.scores().get(Mood.JOY), 1e-9);
    }

    @Test
    void handle_sadText_sadnessWithLowScore() throws Exception {
        MoodReport report = answered(ask(new UserRef("test", "sad"), "My dog died this morning"));
        assertEquals(Mood.SADNESS, report.mood());
        assertTrue(report.score() < 3, "score " + report.score());
    }

    @Test
    void handle_mentionMarkupOnly_nothingToReadWithoutSpendingAToken() throws Exception {
        UserRef user = new UserRef("test", "empty");
        for (int i = 0; i < 5; i++) {
            MoodReply reply = ask(user, i % 2 == 0 ? "<@12345>   " : "<#C1> <https://example.com|> `code`");
            MoodReply.Rejected rejected = assertInstanceOf(MoodReply.Rejected.class, reply);
            assertEquals(RejectReason.NOTHING_TO_READ, rejected.reason());
            assertTrue(rejected.message().contains("/mood"), rejected.message());
        }
        assertInstanceOf(MoodReply.Answered.class, ask(user, "what a lovely day"));
    }

    @Test
    void handle_blankText_usageHint() throws Exception {
        MoodReply.Rejected rejected = assertInstanceOf(MoodReply.Rejected.class, ask(new UserRef("test", "blank"), " "));
        assertEquals(RejectReason.EMPTY_TEXT, rejected.reason());
        assertTrue(rejected.message().startsWith("Usage"), rejected.message());
    }

    @Test
    void handle_sentencesWithDifferentMoods_overallMoodAndOneLineBreakdown() throws Exception {
        MoodReport report = answered(ask(new UserRef("test", "mixed"),
                "The concert was amazing. Then someone stole my bike and I'm furious."));
        assertEquals(2, report.sentences().size(), report.toString());
        assertEquals(Mood.JOY, report.sentences().get(0).mood());
        assertEquals(Mood.ANGER, report.sentences().get(1).mood());
        assertEquals("The concert was amazing.", report.sentences().get(0).text());
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("Mixed: “The concert was amazing.” 😄 joy")),
                report.notes().toString());
    }

    @Test
    void handle_sentencesThatAgree_noBreakdown() throws Exception {
        MoodReport report = answered(ask(new UserRef("test", "agree"), "I got the job! I'm so happy!"));
        assertEquals(Mood.JOY, report.mood());
        assertTrue(report.sentences().isEmpty(), report.sentences().toString());
        MoodReport besideNeutral = answered(ask(new UserRef("test", "neutral"), "Hi all. This is the best news ever!"));
        assertTrue(besideNeutral.sentences().isEmpty(), besideNeutral.sentences().toString());
    }

    @Test
    void handle_quoteAndOwnWords_readsOwnWordsAndNotesTheQuote() throws Exception {
        MoodReport report = answered(ask(new UserRef("test", "quote"), "> I hate everything\nthat made my day, thank you!"));
        assertEquals(Mood.JOY, report.mood());
        assertTrue(report.notes().contains("Quoted lines were left out: they are someone else's words."),
                report.notes().toString());
    }

    @Test
    void handle_burstFromOneUser_rateLimitedWhileOthersAnswered() throws Exception {
        UserRef noisy = new UserRef("test", "noisy");
        int burst = RateLimitConfig.defaults().burst();
        for (int i = 0; i < burst; i++) {
            assertInstanceOf(MoodReply.Answered.class, ask(noisy, "message " + i + " is fine"));
        }
        MoodReply.RateLimited limited = assertInstanceOf(MoodReply.RateLimited.class, ask(noisy, "one more"));
        assertTrue(limited.retryAfter().compareTo(Duration.ZERO) > 0);
        assertInstanceOf(MoodReply.Answered.class, ask(new UserRef("test", "quiet"), "hello there"));
        TICKER.advance(limited.retryAfter());
        assertInstanceOf(MoodReply.Answered.class, ask(noisy, "and now I may ask again"));
    }

    @Test
    void handle_hugeText_answeredAndTruncated() throws Exception {
        String huge = "This is wonderful news and I love it. ".repeat(600).substring(0, 20_000);
        MoodReport report = answered(ask(new UserRef("test", "huge"), huge));
        assertTrue(report.truncated());
    }

    @Test
    void handle_voiceNoteWithCaption_answeredFromTheCaptionWithTracks() throws Exception {
        Path file = Path.of(System.getProperty("moodbot.sharedData"), "audio", "voice-notes", "en_happy_discord.ogg");
        VoiceNote note = VoiceNote.of(Files.readAllBytes(file), file.getFileName().toString());
        MoodReply reply = bot.handle(MoodRequest.voice(new UserRef("test", "voice"), note,
                Optional.of("I am so happy today"))).get(TIMEOUT_S, TimeUnit.SECONDS);
        MoodReport report = answered(reply);
        assertTrue(report.voice().orElseThrow().durationSeconds() > 1, report.toString());
        assertEquals(Mood.JOY, report.mood());
        assertEquals(Optional.of("I am so happy today"), report.transcript());
        assertEquals(3, report.tracks().size());
    }

    @Test
    void handle_burstOfVoiceNotes_fetchesOnlyWhatTheRateLimitLetsThrough() throws Exception {
        UserRef user = new UserRef("test", "voice-burst");
        java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
        VoiceFetch counted = () -> {
            fetches.incrementAndGet();
            return CompletableFuture.completedFuture(new VoiceFetch.Fetched.Refused(bot.refuseUnavailable()));
        };
        List<MoodReply> replies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            replies.add(bot.handle(MoodRequest.voice(user, counted, false)).get(TIMEOUT_S, TimeUnit.SECONDS));
        }
        assertEquals(3, fetches.get(), "the default burst is 3; the others must not be downloaded: " + replies);
        assertEquals(2, replies.stream().filter(MoodReply.RateLimited.class::isInstance).count(), replies::toString);
    }

    @Test
    void handle_voiceFetchFails_friendlyCouldNotFetch() throws Exception {
        VoiceFetch broken = () -> CompletableFuture.failedFuture(new java.io.IOException("connection reset"));
        MoodReply reply = bot.handle(MoodRequest.voice(new UserRef("test", "voice-broken"), broken, false))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        MoodReply.Rejected rejected = assertInstanceOf(MoodReply.Rejected.class, reply, reply::toString);
        assertEquals(RejectReason.AUDIO_UNAVAILABLE, rejected.reason());
    }

    @Test
    void handle_sameTextWithinWindow_answeredFromResultCache() throws Exception {
        String text = "the result cache test: this sandwich is wonderful";
        long hits = bot.resultCacheStats().hitCount();
        MoodReport first = answered(ask(new UserRef("test", "cache-1"), text));
        MoodReport second = answered(ask(new UserRef("test", "cache-2"), "  " + text + " <@123> "));
        assertEquals(hits + 1, bot.resultCacheStats().hitCount());
        assertEquals(first.scores(), second.scores());
        TICKER.advance(InferenceConfig.defaults().resultCacheWindow().plusSeconds(1));
        answered(ask(new UserRef("test", "cache-3"), text));
        assertEquals(hits + 1, bot.resultCacheStats().hitCount());
    }

    @Test
    void handle_quantizedBuiltin_readsJoyAndSadness() throws Exception {
        CoreConfig defaults = CoreConfig.defaults();
        CoreConfig config = new CoreConfig(new dev.moodbot.core.config.ModelConfig("builtin:minilm-q-emotion",
                "none", "none", 0.0, "none", 0.3), defaults.inference(), defaults.rateLimit(), defaults.voice(), defaults.music());
        try (MoodBot quantized = MoodBotAssembly.assemble(config, new FakeTicker())) {
            UserRef user = new UserRef("test", "int8");
            MoodReport joy = answered(quantized.handle(MoodRequest.text(user, "I just got the job, I'm so happy!"))
                    .get(TIMEOUT_S, TimeUnit.SECONDS));
            MoodReport sad = answered(quantized.handle(MoodRequest.text(user, "My dog died this morning"))
                    .get(TIMEOUT_S, TimeUnit.SECONDS));
            assertEquals(Mood.JOY, joy.mood());
            assertEquals(Mood.SADNESS, sad.mood());
            assertEquals("minilm-q-emotion", joy.model());
        }
    }

    @Test
    void handle_queueFull_busyWithRetryAfter() throws Exception {
        InferenceConfig tiny = new InferenceConfig(InferenceConfig.Device.CPU, 1, 1, 1, 1, Duration.ZERO, 1,
                Duration.ZERO, 1, 0, 0, Duration.ZERO);
        CoreConfig config = new CoreConfig(CoreConfig.defaults().model(), tiny,
                new RateLimitConfig(1000, 1000, Duration.ofSeconds(1), Duration.ofMinutes(1)),
                CoreConfig.defaults().voice(), CoreConfig.defaults().music());
        try (MoodBot small = MoodBotAssembly.assemble(config, new FakeTicker())) {
            List<CompletableFuture<MoodReply>> replies = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                replies.add(small.handle(MoodRequest.text(new UserRef("test", "busy"), "message number " + i)));
            }
            List<MoodReply> done = new ArrayList<>();
            for (CompletableFuture<MoodReply> reply : replies) {
                done.add(reply.get(TIMEOUT_S, TimeUnit.SECONDS));
            }
            assertTrue(done.stream().anyMatch(MoodReply.Answered.class::isInstance), done.toString());
            MoodReply.Busy busy = (MoodReply.Busy) done.stream().filter(MoodReply.Busy.class::isInstance)
                    .findFirst().orElseThrow(() -> new AssertionError("no request was shed: " + done));
            assertTrue(busy.retryAfter().compareTo(Duration.ZERO) > 0);
        }
    }
}
