package dev.moodbot.core;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.moodbot.core.MoodReply.Answered;
import dev.moodbot.core.MoodReply.Busy;
import dev.moodbot.core.MoodReply.RateLimited;
import dev.moodbot.core.MoodReply.Rejected;
import dev.moodbot.core.audio.VoiceMoodReader;
import dev.moodbot.core.cluster.ClusterState;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.VoiceConfig;
import dev.moodbot.core.history.FeedbackTag;
import dev.moodbot.core.history.HistoryKeeper;
import dev.moodbot.core.history.ReadingSource;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.music.TrackPicker;
import dev.moodbot.core.ratelimit.RateLimitDecision;
import dev.moodbot.core.ratelimit.RateLimiter;
import dev.moodbot.core.reply.ReplyText;
import dev.moodbot.core.text.NormalizedText;
import dev.moodbot.core.text.TextNormalizer;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point adapters call: a request in, a reply out. Everything platform-free happens behind it.
 */
public final class MoodBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MoodBot.class);

    private final TextNormalizer normalizer;
    private final TextScorer scorer;
    private final RateLimiter rateLimiter;
    private final TrackPicker trackPicker;
    private final VoiceMoodReader voiceReader;
    private final VoiceConfig voiceLimits;
    private final Ticker ticker;
    private final HistoryKeeper history;
    private final AutoCloseable resources;
    private final MoodObserver observer;

    MoodBot(TextNormalizer normalizer, TextScorer scorer, RateLimiter rateLimiter, TrackPicker trackPicker,
            VoiceMoodReader voiceReader, VoiceConfig voiceLimits, Ticker ticker, HistoryKeeper history,
            AutoCloseable resources, MoodObserver observer) {
        this.normalizer = normalizer;
        this.scorer = scorer;
        this.rateLimiter = rateLimiter;
        this.trackPicker = trackPicker;
        this.voiceReader = voiceReader;
        this.voiceLimits = voiceLimits;
        this.ticker = ticker;
        this.history = history;
        this.resources = resources;
        this.observer = observer;
    }

    /** Loads the configured models and starts the inference workers. */
    public static MoodBot start(CoreConfig config) {
        return start(config, Ticker.systemTicker());
    }

    /** As {@link #start(CoreConfig)}, on the given clock (rate limits, batch delays, the result cache's window). */
    public static MoodBot start(CoreConfig config, Ticker ticker) {
        return MoodBotAssembly.assemble(config, ticker, MoodObserver.NONE, HistoryKeeper.disabled());
    }

    /** As {@link #start(CoreConfig)}, telling {@code observer} of every reply (metrics). */
    public static MoodBot start(CoreConfig config, MoodObserver observer) {
        return start(config, observer, HistoryKeeper.disabled());
    }

    /** As {@link #start(CoreConfig, MoodObserver)}, keeping consented readings in {@code history}, which it owns. */
    public static MoodBot start(CoreConfig config, MoodObserver observer, HistoryKeeper history) {
        return MoodBotAssembly.assemble(config, Ticker.systemTicker(), observer, history);
    }

    /**
     * As {@link #start(CoreConfig, MoodObserver, HistoryKeeper)}, limiting users through {@code cluster}'s shared
     * state; the caller closes {@code cluster} after the bot.
     */
    public static MoodBot start(CoreConfig config, MoodObserver observer, HistoryKeeper history,
            ClusterState cluster) {
        return MoodBotAssembly.assemble(config, Ticker.systemTicker(), observer, history, cluster);
    }

    /** As {@link #start(CoreConfig, Ticker)}, keeping consented readings in {@code history}, which it then owns. */
    public static MoodBot start(CoreConfig config, Ticker ticker, HistoryKeeper history) {
        return MoodBotAssembly.assemble(config, ticker, MoodObserver.NONE, history);
    }

    /** The refusal for a voice note the adapter could not fetch, worded like core's other voice refusals. */
    public MoodReply refuseUnavailable() {
        return voiceReader.unavailable();
    }

    /** Never completes exceptionally: bad input is a {@link Rejected}, a failure inside is logged and answered. */
    public CompletableFuture<MoodReply> handle(MoodRequest request) {
        long start = ticker.read();
        CompletableFuture<MoodReply> reply = switch (request) {
            case MoodRequest.Text text -> {
                NormalizedText read = normalizer.normalize(text.text());
                yield readText(text, read, start).thenApply(answer -> kept(request, answer, Optional.of(read.shown())));
            }
            // What was heard is in the report until kept() takes it out of a channel's reply.
            case MoodRequest.Voice voice -> readVoice(voice, start)
                    .thenApply(answer -> kept(request, answer, Optional.empty()));
            case MoodRequest.History asked -> CompletableFuture.supplyAsync(
                    () -> history.act(asked.user(), asked.action()));
            case MoodRequest.Correction pick -> CompletableFuture.supplyAsync(
                    () -> history.corrections().correct(pick.user(), pick.feedbackId(), pick.picked()));
        };
        return reply.exceptionally(failure -> internalError(request, failure))
                .thenApply(done -> observed(request, done, start));
    }

    /** Requests waiting for a model, over all models: a gauge for metrics. */
    public int queuedRequests() {
        return scorer.queued();
    }

    private MoodReply observed(MoodRequest request, MoodReply reply, long start) {
        try {
            observer.replied(request, reply, Duration.ofNanos(ticker.read() - start));
        } catch (RuntimeException e) {
            log.warn("a reply observer failed", e);
        }
        return reply;
    }

    /** Hits and misses of the result cache, for benchmarks and metrics. */
    public CacheStats resultCacheStats() {
        return scorer.results().stats();
    }

    /** Adapters check a file's declared size against these before downloading it. */
    public VoiceConfig voiceLimits() {
        return voiceLimits;
    }

    /**
     * The refusal for a file whose declared size is over {@code voice.maxBytes}, or empty when it may be downloaded:
     * adapters ask this before a download, so an over-size file is refused unread with the same words as an
     * over-size upload.
     */
    public Optional<MoodReply> refuseDeclaredSize(long declaredBytes) {
        return declaredBytes > voiceLimits.maxBytes() ? Optional.of(voiceReader.tooLarge()) : Optional.empty();
    }

    /** A message that had words but only markup among them is told so, not shown how /mood works. */
    private CompletableFuture<MoodReply> readText(MoodRequest.Text request, NormalizedText text, long start) {
        Language language = text.language();
        if (text.isEmpty()) {
            if (request.text().isBlank()) {
                return done(new Rejected(RejectReason.EMPTY_TEXT, ReplyText.in(language).usage(), language));
            }
            log.info("nothing to read from {}: the message was only markup, links or code", request.user());
            return done(new Rejected(RejectReason.NOTHING_TO_READ, ReplyText.in(language).nothingToRead(), language));
        }
        UserRef user = request.user();
        if (rateLimiter.decide(user) instanceof RateLimitDecision.Denied denied) {
            return done(new RateLimited(denied.retryAfter(), language));
        }
        return score(user, text, start);
    }

    /** One token pays for the whole note, its transcript included; a denied note is never fetched. */
    private CompletableFuture<MoodReply> readVoice(MoodRequest.Voice voice, long start) {
        if (rateLimiter.decide(voice.user()) instanceof RateLimitDecision.Denied denied) {
            return done(new RateLimited(denied.retryAfter(), Language.EN));
        }
        return voice.fetch().fetch()
                .exceptionally(failure -> {
                    log.warn("fetching a voice note from {} failed: {}", voice.user(), failure.toString());
                    return new VoiceFetch.Fetched.Refused(voiceReader.unavailable());
                })
                .thenCompose(fetched -> switch (fetched) {
                    case VoiceFetch.Fetched.Refused refused -> done(refused.reply());
                    case VoiceFetch.Fetched.Note note -> listen(voice, note, start);
                });
    }

    private CompletableFuture<MoodReply> listen(MoodRequest.Voice voice, VoiceFetch.Fetched.Note fetched, long start) {
        UserRef user = voice.user();
        return voiceReader.read(fetched.note(), fetched.transcript(), transcript -> {
            NormalizedText text = normalizer.normalize(transcript);
            Language language = text.language();
            return text.isEmpty()
                    ? done(new Rejected(RejectReason.EMPTY_TEXT, ReplyText.in(language).usage(), language))
                    : score(user, text, start);
        }).thenApply(reply -> reply instanceof Answered answered && answered.report().tracks().isEmpty()
                ? new Answered(finish(user, answered.report(), start))
                : reply);
    }

    /** What was heard is the sender's own speech: quoted back in a DM, in a channel only when the operator says so. */
    private MoodReport shown(MoodRequest.Voice voice, MoodReport report) {
        return voice.inChannel() && !voiceLimits.transcriptInChannels() ? report.withoutTranscript() : report;
    }

    private CompletableFuture<MoodReply> score(UserRef user, NormalizedText text, long start) {
        Optional<CompletableFuture<MoodReport>> scored = scorer.score(text, Optional.empty());
        if (scored.isEmpty()) {
            log.warn("inference queue full, shedding a request from {}", user);
            return done(new Busy(Duration.ofNanos(scorer.retryAfterNanos()), text.language()));
        }
        return scored.get().thenApply(report -> new Answered(finish(user, report, start)));
    }

    private MoodReport finish(UserRef user, MoodReport report, long start) {
        return report.withTracks(trackPicker.pick(user, report.mood(), report.score()))
                .withLatency(Duration.ofNanos(ticker.read() - start));
    }

    /**
     * Only answered moods go into history, and only of users who turned it on (the keeper checks). Every answer gets
     * a "wrong mood?" tag; the text read is remembered for a pick only while its writer has history on. A voice
     * note's transcript is taken before it is left out of a channel's reply.
     */
    private MoodReply kept(MoodRequest request, MoodReply reply, Optional<String> written) {
        if (!(reply instanceof Answered answered)) {
            return reply;
        }
        MoodReport report = answered.report();
        ReadingSource source = request instanceof MoodRequest.Voice ? ReadingSource.VOICE : ReadingSource.TEXT;
        boolean consented = history.keep(request.user(), report, source);
        // The words as the writer wrote them without markup, or what was heard.
        Optional<String> text = consented
                ? written.or(report::transcript).filter(words -> !words.isBlank()) : Optional.empty();
        Optional<FeedbackTag> tag = history.corrections().offer(request.user(), report.mood(), source, text);
        return new Answered(request instanceof MoodRequest.Voice voice ? shown(voice, report) : report, tag);
    }

    private MoodReply internalError(MoodRequest request, Throwable failure) {
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        log.error("[{}] could not answer {} from {}", correlationId, request.getClass().getSimpleName(),
                request.user(), failure);
        Language language = request instanceof MoodRequest.Text text
                ? normalizer.normalize(text.text()).language() : Language.EN;
        return new Rejected(RejectReason.INTERNAL_ERROR, ReplyText.in(language).internalError(correlationId),
                language);
    }

    private static CompletableFuture<MoodReply> done(MoodReply reply) {
        return CompletableFuture.completedFuture(reply);
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            log.warn("closing moodbot's models failed", e);
        }
    }
}
