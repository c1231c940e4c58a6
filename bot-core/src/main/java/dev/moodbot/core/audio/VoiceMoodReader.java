package dev.moodbot.core.audio;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.RejectReason;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.config.VoiceConfig;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.reply.ReplyText;
import dev.moodbot.core.speech.SpeechModelException;
import dev.moodbot.core.speech.SpeechModels;
import dev.moodbot.core.speech.Transcriber;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voice path of moodbot: a voice note (and its transcript or caption, when there is one) in, a reply out.
 * Decoding and the audio model run on this reader's own small bounded pool, never on the text inference threads;
 * when the pool is full the reply is {@link MoodReply.Busy}.
 */
public final class VoiceMoodReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceMoodReader.class);
    private static final int THREADS = 2;
    private static final int QUEUE = 16;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final VoiceConfig limits;
    private final VoiceNoteDecoder decoder;
    private final Optional<AudioEmotionModel> model;
    private final Optional<Transcriber> transcriber;
    private final VoiceListener listener;
    private final VoiceReplies replies;
    private final ThreadPoolExecutor pool;

    /**
     * @param audioModelFolder a folder with {@code moodbot-model.yaml} and an ONNX file, or empty for the
     *     model-free energy reading
     * @param transcriber the speech recogniser, owned (and closed) by this reader from now on; empty when off
     * @param audioWeight the audio model's share when its mood is joined with the words'
     * @param ticker the clock for the decode and transcription time limits
     * @throws dev.moodbot.core.config.ConfigException when the folder's manifest or model is unusable
     */
    public VoiceMoodReader(VoiceConfig limits, Optional<Path> audioModelFolder, Optional<Transcriber> transcriber,
            double audioWeight, Ticker ticker) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.transcriber = Objects.requireNonNull(transcriber, "transcriber");
        this.model = audioModelFolder.map(AudioEmotionModel::load);
        this.decoder = new VoiceNoteDecoder(limits, ticker);
        this.listener = new VoiceListener(decoder, model, transcriber, limits.transcribeTimeout(), ticker);
        this.replies = new VoiceReplies(audioWeight);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "voice-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A reader without speech recognition or audio model: the energy reading, and the mood of given text. */
    public VoiceMoodReader(VoiceConfig limits, Optional<Path> audioModelFolder) {
        this(limits, audioModelFolder, Optional.empty(), ModelConfig.DEFAULT_AUDIO_WEIGHT, Ticker.systemTicker());
    }

    /**
     * Builds the reader from the config values: {@code model.audio} is {@code none} or a model folder (relative to
     * the working directory), {@code model.stt} names the speech model (see {@link SpeechModels#load}).
     *
     * @param cacheRoot where the built-in speech model is unpacked
     * @throws ConfigException when either model cannot be loaded
     */
    public static VoiceMoodReader fromConfig(VoiceConfig limits, ModelConfig models, Path cacheRoot) {
        String audio = models.audio().strip();
        Optional<Transcriber> stt;
        try {
            stt = SpeechModels.load(models.stt(), cacheRoot);
        } catch (SpeechModelException e) {
            throw new ConfigException("model.stt", models.stt(), e.getMessage());
        }
        try {
            return new VoiceMoodReader(limits, audio.equals(ModelConfig.NONE) ? Optional.empty()
                    : Optional.of(Path.of(audio)), stt, models.audioWeight(), Ticker.systemTicker());
        } catch (RuntimeException e) {
            stt.ifPresent(Transcriber::close);
            throw e;
        }
    }

    /** The speech model's id, when speech recognition is on. */
    public Optional<String> speechModel() {
        return transcriber.map(Transcriber::modelId);
    }

    /** The id of the installed audio emotion model (its folder name), if any. */
    public Optional<String> audioModel() {
        return model.map(AudioEmotionModel::id);
    }

    /** The reply for a note an adapter could not fetch from its platform, or would not fetch from where it was. */
    public MoodReply unavailable() {
        return rejected(RejectReason.AUDIO_UNAVAILABLE);
    }

    /**
     * Reads one voice note. Never completes exceptionally: bad input is {@link MoodReply.Rejected}.
     *
     * @param transcript text that came with the note (a platform transcript or a caption); our recogniser runs only
     *     when there is none
     * @param textMood the text path of MoodBot, called for the note's words
     * @return {@link MoodReply.Answered} with {@code voice} set and no tracks when there is a mood to give,
     *     {@link MoodReply.Heard} when there is not
     */
    public CompletableFuture<MoodReply> read(VoiceNote note, Optional<String> transcript,
            Function<String, CompletableFuture<MoodReply>> textMood) {
        CompletableFuture<Hearing> hearing;
        try {
            Optional<String> given = transcript.map(String::strip).filter(t -> !t.isEmpty());
            hearing = CompletableFuture.supplyAsync(() -> listener.listen(note, given), pool);
        } catch (RejectedExecutionException e) {
            LOG.warn("voice pool full ({} queued); shedding '{}'", QUEUE, note.filename());
            return CompletableFuture.completedFuture(new MoodReply.Busy(RETRY_AFTER, Language.EN));
        }
        // The decoder and the recogniser stop themselves at their limits; this also covers a native call that never
        // returns.
        Duration safetyNet = limits.decodeTimeout().plus(limits.transcribeTimeout()).plusSeconds(10);
        return hearing
                .completeOnTimeout(new Hearing.Refused(RejectReason.AUDIO_DECODE_TIMEOUT), safetyNet.toMillis(),
                        TimeUnit.MILLISECONDS)
                .thenCompose(heard -> switch (heard) {
                    case Hearing.Refused refused -> CompletableFuture.completedFuture(rejected(refused.reason()));
                    case Hearing.Measured measured -> TranscriptMood.of(measured.words(), textMood)
                            .thenApply(words -> replies.reply(measured, words));
                })
                .exceptionally(e -> {
                    LOG.error("reading voice note '{}' failed", note.filename(), e);
                    return rejected(RejectReason.INTERNAL_ERROR);
                });
    }

    /** The reply for a note over {@code voice.maxBytes}, for a size declared before any byte is read. */
    public MoodReply tooLarge() {
        return rejected(RejectReason.AUDIO_TOO_LARGE);
    }

    private MoodReply rejected(RejectReason reason) {
        return new MoodReply.Rejected(reason, VoiceRejections.message(reason, limits, ReplyText.in(Language.EN)), Language.EN);
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(limits.decodeTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                LOG.warn("voice decoding still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        model.ifPresent(AudioEmotionModel::close);
        transcriber.ifPresent(Transcriber::close);
        decoder.close();
    }
}
