package dev.moodbot.core.audio;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.RejectReason;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.config.VoiceConfig;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.MoodReport;
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
    /** Shown to the operator with every reading made without an audio emotion model. */
    public static final String INSTALL_HINT = "No audio emotion model is installed, so this is an energy reading,"
            + " not an emotion. To read emotion from the voice, set model.audio: <folder> to an ONNX model folder"
            + " with a moodbot-model.yaml.";
    private static final int THREADS = 2;
    private static final int QUEUE = 16;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final VoiceConfig limits;
    private final VoiceNoteDecoder decoder;
    private final Optional<AudioEmotionModel> model;
    private final VoiceListener listener;
    private final ThreadPoolExecutor pool;

    /**
     * @param audioModelFolder a folder with {@code moodbot-model.yaml} and an ONNX file, or empty for the
     *     model-free energy reading
     * @param ticker the clock for the decode timeout
     * @throws dev.moodbot.core.config.ConfigException when the folder's manifest or model is unusable
     */
    public VoiceMoodReader(VoiceConfig limits, Optional<Path> audioModelFolder, Ticker ticker) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.model = audioModelFolder.map(AudioEmotionModel::load);
        this.decoder = new VoiceNoteDecoder(limits, ticker);
        this.listener = new VoiceListener(decoder, model);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "voice-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    public VoiceMoodReader(VoiceConfig limits, Optional<Path> audioModelFolder) {
        this(limits, audioModelFolder, Ticker.systemTicker());
    }

    /**
     * Builds the reader from the config values: {@code model.audio} is {@code none} for the energy reading only,
     * or a model folder (relative to the working directory).
     */
    public static VoiceMoodReader fromConfig(VoiceConfig limits, String modelAudio) {
        boolean none = modelAudio == null || modelAudio.isBlank() || modelAudio.strip().equals(ModelConfig.NONE);
        return new VoiceMoodReader(limits, none ? Optional.empty() : Optional.of(Path.of(modelAudio.strip())));
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
     * @param transcript text that came with the note (a platform transcript or a caption)
     * @param textMood the text path of MoodBot, called for the transcript
     * @return {@link MoodReply.Answered} with {@code voice} set and no tracks when an audio model is installed,
     *     {@link MoodReply.Heard} otherwise
     */
    public CompletableFuture<MoodReply> read(VoiceNote note, Optional<String> transcript,
            Function<String, CompletableFuture<MoodReply>> textMood) {
        CompletableFuture<Hearing> hearing;
        try {
            hearing = CompletableFuture.supplyAsync(() -> listener.listen(note), pool);
        } catch (RejectedExecutionException e) {
            LOG.warn("voice pool full ({} queued); shedding '{}'", QUEUE, note.filename());
            return CompletableFuture.completedFuture(new MoodReply.Busy(RETRY_AFTER, Language.EN));
        }
        // The decoder stops itself at the timeout; this also covers a native call that never returns.
        Duration safetyNet = limits.decodeTimeout().plusSeconds(10);
        return hearing
                .completeOnTimeout(new Hearing.Refused(RejectReason.AUDIO_DECODE_TIMEOUT), safetyNet.toMillis(),
                        TimeUnit.MILLISECONDS)
                .thenCompose(heard -> switch (heard) {
                    case Hearing.Refused refused -> CompletableFuture.completedFuture(rejected(refused.reason()));
                    case Hearing.Measured measured -> TranscriptMood.of(transcript, textMood)
                            .thenApply(text -> VoiceReplies.reply(measured, text, INSTALL_HINT));
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
        return new MoodReply.Rejected(reason, VoiceRejections.message(reason, limits), Language.EN);
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
        decoder.close();
    }
}
