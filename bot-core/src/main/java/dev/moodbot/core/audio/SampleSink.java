package dev.moodbot.core.audio;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Collects resampled mono samples up to a fixed count. Samples go into fixed chunks of 256 KB and are joined once at
 * the end: a growing array would be copied at every doubling, and each copy past half a heap region is a humongous
 * allocation that G1 handles slowly (it made decode + MFCC of a 30 s note 15 ms slower at the median).
 */
final class SampleSink {
    private static final int CHUNK = 65_536;

    private final int limit;
    private final List<float[]> chunks = new ArrayList<>();
    private int size;

    SampleSink(int limit) {
        this.limit = limit;
    }

    /** Copies up to {@code count} samples; returns false once the limit is reached. */
    boolean add(FloatPointer source, int count) {
        int n = Math.min(count, limit - size);
        int copied = 0;
        while (copied < n) {
            int offset = size % CHUNK;
            if (offset == 0) {
                chunks.add(new float[CHUNK]);
            }
            int part = Math.min(n - copied, CHUNK - offset);
            source.position(copied).get(chunks.getLast(), offset, part);
            copied += part;
            size += part;
        }
        source.position(0);
        return size < limit;
    }

    boolean full() {
        return size >= limit;
    }

    float[] toArray() {
        float[] samples = new float[size];
        for (int i = 0, at = 0; at < size; i++, at += CHUNK) {
            System.arraycopy(chunks.get(i), 0, samples, at, Math.min(CHUNK, size - at));
        }
        return samples;
    }
}
