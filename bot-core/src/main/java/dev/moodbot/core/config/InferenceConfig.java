package dev.moodbot.core.config;

import java.time.Duration;

/**
 * How inference runs. Batch settings keep DJL Serving's names and meaning; the GPU has its own batch limits because
 * a GPU call costs about the same for 1 or 128 texts, while on a CPU the cost grows with every text.
 *
 * @param device {@code auto} takes a GPU when the GPU runtime and a device are present, else the CPU
 * @param workers inference threads, each with its own predictor
 * @param intraOpThreads ONNX Runtime threads inside one operator
 * @param interOpThreads ONNX Runtime threads across operators
 * @param batchSize the most requests one model call takes on the CPU
 * @param maxBatchDelay how long the first request of a batch waits for company on the CPU
 * @param gpuBatchSize {@code batchSize} when the model runs on a GPU
 * @param gpuMaxBatchDelay {@code maxBatchDelay} when the model runs on a GPU
 * @param queueCapacity requests waiting for a worker before new ones are answered "busy"
 * @param tokenCacheSize encodings kept, keyed by normalised text
 * @param resultCacheSize moods kept, keyed by model and normalised text; 0 turns the result cache off
 * @param resultCacheWindow how long a kept mood is reused for the same text
 */
public record InferenceConfig(
        Device device,
        int workers,
        int intraOpThreads,
        int interOpThreads,
        int batchSize,
        Duration maxBatchDelay,
        int gpuBatchSize,
        Duration gpuMaxBatchDelay,
        int queueCapacity,
        int tokenCacheSize,
        int resultCacheSize,
        Duration resultCacheWindow) {

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
        ConfigException.check(gpuBatchSize >= 1 && gpuBatchSize <= 1024, "inference.gpuBatchSize", gpuBatchSize,
                "must be within 1..1024");
        ConfigException.check(gpuMaxBatchDelay != null && !gpuMaxBatchDelay.isNegative(),
                "inference.gpuMaxBatchDelay", gpuMaxBatchDelay, "must be a duration >= 0");
        ConfigException.check(queueCapacity >= 1, "inference.queueCapacity", queueCapacity, "must be >= 1");
        ConfigException.check(tokenCacheSize >= 0, "inference.tokenCacheSize", tokenCacheSize, "must be >= 0");
        ConfigException.check(resultCacheSize >= 0, "inference.resultCacheSize", resultCacheSize, "must be >= 0");
        ConfigException.check(resultCacheWindow != null && !resultCacheWindow.isNegative(),
                "inference.resultCacheWindow", resultCacheWindow, "must be a duration >= 0");
    }

    public static InferenceConfig defaults() {
        return new InferenceConfig(Device.AUTO, 2, 1, 1, 32, Duration.ZERO, 128, Duration.ofMillis(10), 256,
                10_000, 10_000, Duration.ofSeconds(60));
    }

    /** The same settings on another device, e.g. once {@code auto} has been resolved. */
    public InferenceConfig withDevice(Device newDevice) {
        return new InferenceConfig(newDevice, workers, intraOpThreads, interOpThreads, batchSize, maxBatchDelay,
                gpuBatchSize, gpuMaxBatchDelay, queueCapacity, tokenCacheSize, resultCacheSize, resultCacheWindow);
    }

    /** The same settings with other threads and CPU batch limits: for tools and benchmarks that tune them. */
    public InferenceConfig withThreads(int newWorkers, int newIntraOpThreads, int newBatchSize,
            Duration newMaxBatchDelay) {
        return new InferenceConfig(device, newWorkers, newIntraOpThreads, interOpThreads, newBatchSize,
                newMaxBatchDelay, gpuBatchSize, gpuMaxBatchDelay, queueCapacity, tokenCacheSize, resultCacheSize,
                resultCacheWindow);
    }

    /** The same settings with another result cache; size 0 turns it off. */
    public InferenceConfig withResultCache(int newSize, Duration newWindow) {
        return new InferenceConfig(device, workers, intraOpThreads, interOpThreads, batchSize, maxBatchDelay,
                gpuBatchSize, gpuMaxBatchDelay, queueCapacity, tokenCacheSize, newSize, newWindow);
    }

    /** The batch size for the device models run on; {@code auto} counts as the CPU until it is resolved. */
    public int batchSizeOn(Device resolved) {
        return resolved == Device.GPU ? gpuBatchSize : batchSize;
    }

    /** The batch delay for the device models run on. */
    public Duration maxBatchDelayOn(Device resolved) {
        return resolved == Device.GPU ? gpuMaxBatchDelay : maxBatchDelay;
    }
}
