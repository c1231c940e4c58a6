package dev.moodbot.core.audio;

import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;

/** Collects resampled mono samples up to a fixed count, growing as needed. */
final class SampleSink {
    private final int limit;
    private float[] samples = new float[16_384];
    private int size;

    SampleSink(int limit) {
        this.limit = limit;
    }

    /** Copies up to {@code count} samples; returns false once the limit is reached. */
    boolean add(FloatPointer source, int count) {
        int n = Math.min(count, limit - size);
        if (n > 0) {
            if (size + n > samples.length) {
                samples = Arrays.copyOf(samples, Math.max(size + n, samples.length * 2));
            }
            source.position(0).get(samples, size, n);
            size += n;
        }
        return size < limit;
    }

    boolean full() {
        return size >= limit;
    }

    float[] toArray() {
        return Arrays.copyOf(samples, size);
    }
}
