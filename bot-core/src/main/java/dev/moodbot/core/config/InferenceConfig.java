package dev.moodbot.core.config;

import java.time.Duration;

/**
 * How inference runs. Batch settings keep DJL Serving's names and meaning.
 *
 * @param device {@code auto} takes a GPU when the GPU runtime and a device are present, else the CPU
 * @param workers inference threads, each with its own predictor
 * @param intraOpThreads ONNX Runtime threads inside one operator
 * @param interOpThreads ONNX Runtime threads across operators
 * @param batchSize the most requests one model call takes
 * @param maxBatchDelay how long the first request of a batch waits for company
 * @param queueCapacity requests waiting for a worker before new ones are answered "busy"
 * @param tokenCacheSize encodings kept, keyed by normalised text
 */
public record InferenceConfig(
        Device device,
        int workers,
        int intraOpThreads,
        int interOpThreads,
        int batchSize,
        Duration maxBatchDelay,
        int queueCapacity,
        int tokenCacheSize) {

    public enum Device {
        AUTO,
        CPU,
        GPU
    }

    public InferenceConfig {
        ConfigException.check(device != null, "inference.device", device, "must be auto, cpu or gpu");
        ConfigException.check(workers >= 1 && workers <= 64, "inference.workers", workers, "must be within 1..64");
        ConfigException.check(intraOpThreads >= 1, "inference.intraOpThreads", intraOpThreads, "must be >= 1");
        ConfigException.check(interOpThreads >= 1, "inference.interOpThreads", interOpThreads, "must be >= 1");
        ConfigException.check(batchSize >= 1 && batchSize <= 1024, "inference.batchSize", batchSize,
                "must be within 1..1024");
        ConfigException.check(maxBatchDelay != null && !maxBatchDelay.isNegative(), "inference.maxBatchDelay",
                maxBatchDelay, "must be a duration >= 0");
        ConfigException.check(queueCapacity >= 1, "inference.queueCapacity", queueCapacity, "must be >= 1");
        ConfigException.check(tokenCacheSize >= 0, "inference.tokenCacheSize", tokenCacheSize, "must be >= 0");
    }

    public static InferenceConfig defaults() {
        return new InferenceConfig(Device.AUTO, 2, 1, 1, 32, Duration.ofMillis(5), 256, 10_000);
    }
}
