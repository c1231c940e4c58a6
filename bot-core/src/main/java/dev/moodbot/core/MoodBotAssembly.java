package dev.moodbot.core;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.audio.VoiceMoodReader;
import dev.moodbot.core.cluster.ClusterState;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.history.HistoryKeeper;
import dev.moodbot.core.history.RetentionPurge;
import dev.moodbot.core.inference.BatchingPolicy;
import dev.moodbot.core.inference.DeviceChoice;
import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.InferenceBatcher;
import dev.moodbot.core.inference.ResultCache;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.music.TrackCatalog;
import dev.moodbot.core.music.TrackPicker;
import dev.moodbot.core.text.TextNormalizer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.LoggerFactory;

/** Builds a {@link MoodBot} from its config by hand: plain constructors, no container. */
final class MoodBotAssembly {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MoodBotAssembly.class);

    private MoodBotAssembly() {}

    /** How often readings past the retention are purged, besides once at start. */
    static final Duration PURGE_PERIOD = Duration.ofHours(1);

    static MoodBot assemble(CoreConfig config, Ticker ticker) {
        return assemble(config, ticker, MoodObserver.NONE, HistoryKeeper.disabled());
    }

    static MoodBot assemble(CoreConfig config, Ticker ticker, MoodObserver observer) {
        return assemble(config, ticker, observer, HistoryKeeper.disabled());
    }

    static MoodBot assemble(CoreConfig config, Ticker ticker, MoodObserver observer, HistoryKeeper history) {
        return assemble(config, ticker, observer, history, ClusterState.local());
    }

    /** @param cluster where the rate limits live; the caller owns it and closes it after the bot */
    static MoodBot assemble(CoreConfig config, Ticker ticker, MoodObserver observer, HistoryKeeper history,
            ClusterState cluster) {
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        opened.push(history);
        try {
            opened.push(RetentionPurge.start(history, PURGE_PERIOD));
            DeviceChoice device = DeviceChoice.choose(config.inference().device());
            LOG.info(device.reason());
            InferenceConfig inference = config.inference().withDevice(device.device());
            EmotionModel mainModel = load("model.text", config.model().text(), inference, opened);
            InferenceBatcher main = batcher(mainModel, inference, ticker, opened);
            Optional<InferenceBatcher> korean = Optional.empty();
            if (mainModel.info().reads(Language.KO)) {
                // A multilingual model the user installed reads Korean itself; a second model would only dilute it.
                LOG.info("model.text ({}) reads Korean itself; model.korean is not used", mainModel.info().id());
            } else if (!ModelConfig.NONE.equals(config.model().korean())) {
                korean = Optional.of(batcher(load("model.korean", config.model().korean(), inference, opened),
                        inference, ticker, opened));
            }
            ResultCache results = new ResultCache(inference.resultCacheSize(), inference.resultCacheWindow(), ticker);
            TrackPicker picker = new TrackPicker(TrackCatalog.load(config.music()), config.music().perReply(),
                    new SplittableRandom(), ticker);
            VoiceMoodReader voice = VoiceMoodReader.fromConfig(config.voice(), config.model(),
                    TextModelLoader.defaultCacheRoot());
            opened.push(voice);
            return new MoodBot(new TextNormalizer(TextNormalizer.MESSAGE_MAX_CHARS),
                    new TextScorer(main, korean, results, config.model().unclearBelow()),
                    cluster.rateLimiter(config.rateLimit(), ticker), picker, voice, config.voice(), ticker,
                    history, () -> closeAll(opened), observer);
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    private static EmotionModel load(String key, String spec, InferenceConfig inference, Deque<AutoCloseable> opened) {
        EmotionModel model;
        try {
            model = TextModelLoader.load(spec, inference);
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConfigException(key, spec, "cannot load the model: " + e.getMessage());
        }
        opened.push(model);
        return model;
    }

    private static InferenceBatcher batcher(EmotionModel model, InferenceConfig inference, Ticker ticker,
            Deque<AutoCloseable> opened) {
        BatchingPolicy policy = new BatchingPolicy(inference.workers(), inference.batchSizeOn(inference.device()),
                inference.maxBatchDelayOn(inference.device()), inference.queueCapacity());
        InferenceBatcher batcher = new InferenceBatcher(model, policy, ticker);
        opened.push(batcher);
        return batcher;
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", e.toString());
            }
        }
    }
}
