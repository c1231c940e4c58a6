package dev.moodbot.core.inference;

import java.time.Duration;

/**
 * How requests are gathered into model calls; names and meaning as in DJL Serving.
 *
 * @param workers threads calling the model, each taking whole batches
 * @param batchSize the most requests one call takes
 * @param maxBatchDelay how long the first request of a batch waits for more
 * @param queueCapacity requests waiting beyond this are refused, not queued
 */
public record BatchingPolicy(int workers, int batchSize, Duration maxBatchDelay, int queueCapacity) {
    public BatchingPolicy {
        if (workers < 1 || batchSize < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("workers, batchSize and queueCapacity must be >= 1: " + this);
        }
        if (maxBatchDelay.isNegative()) {
            throw new IllegalArgumentException("maxBatchDelay must be >= 0: " + maxBatchDelay);
        }
    }
}
