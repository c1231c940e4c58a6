package dev.moodbot.core.audio;

import java.util.Objects;

/**
 * Mono PCM decoded from a voice note, at the rate a model asked for.
 *
 * @param samples mono samples in [-1, 1]; only the analysed part when the note was longer than the cap
 * @param sampleRate samples per second of {@code samples}
 * @param durationSeconds the whole note's duration, also when only its start was decoded
 * @param endedEarly the stream broke off (a cut-off or damaged file) and only what came before was decoded
 */
public record AudioClip(float[] samples, int sampleRate, double durationSeconds, boolean endedEarly) {
    public AudioClip {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate < 1) {
            throw new IllegalArgumentException("sampleRate must be >= 1: " + sampleRate);
        }
    }

    /** Seconds of audio in {@link #samples()}. */
    public double analysedSeconds() {
        return samples.length / (double) sampleRate;
    }

    /** The note was longer than the duration cap, so only its start is in {@link #samples()}. */
    public boolean capped() {
        return durationSeconds - analysedSeconds() > 0.05;
    }

    /** Largest absolute sample value. */
    public float peak() {
        float peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }
}
