package dev.moodbot.core;

import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.VoiceConfig;
import java.util.concurrent.CompletableFuture;

/**
 * The one entry point adapters call: a request in, a reply out. Everything platform-free happens behind it.
 */
public final class MoodBot implements AutoCloseable {
    private final CoreConfig config;

    private MoodBot(CoreConfig config) {
        this.config = config;
    }

    /** Loads the configured models and starts the inference workers. */
    public static MoodBot start(CoreConfig config) {
        return new MoodBot(config);
    }

    /** Never completes exceptionally for bad input: that is a {@link MoodReply.Rejected}. */
    public CompletableFuture<MoodReply> handle(MoodRequest request) {
        throw new UnsupportedOperationException("wired in the next commit");
    }

    /** Adapters check a file's declared size against these before downloading it. */
    public VoiceConfig voiceLimits() {
        return config.voice();
    }

    @Override
    public void close() {}
}
