package dev.moodbot.core.audio;

/**
 * YIN (de Cheveigné and Kawahara, 2002) on one frame: the fundamental frequency of voiced speech, or 0 when the
 * frame has no clear period between {@code minHz} and {@code maxHz}.
 */
final class PitchTracker {
    private static final double THRESHOLD = 0.15;

    private final int sampleRate;
    private final int minLag;
    private final int maxLag;
    private final int window;
    private final double[] diff;

    PitchTracker(int sampleRate, double minHz, double maxHz, int window) {
        this.sampleRate = sampleRate;
        this.minLag = Math.max(2, (int) Math.floor(sampleRate / maxHz));
        this.maxLag = (int) Math.ceil(sampleRate / minHz);
        this.window = window;
        this.diff = new double[maxLag + 2];
    }

    /** Samples a frame must hold: the window plus the longest lag. */
    int frameLength() {
        return window + maxLag + 1;
    }

    double pitchHz(float[] x, int start) {
        diff[0] = 0;
        double running = 0;
        for (int lag = 1; lag <= maxLag + 1; lag++) {
            double d = 0;
            for (int j = 0; j < window; j++) {
                double delta = x[start + j] - x[start + j + lag];
                d += delta * delta;
            }
            running += d;
            // cumulative mean normalised difference
            diff[lag] = running == 0 ? 1 : d * lag / running;
        }
        for (int lag = minLag; lag <= maxLag; lag++) {
            if (diff[lag] < THRESHOLD) {
                while (lag + 1 <= maxLag && diff[lag + 1] < diff[lag]) {
                    lag++;
                }
                return sampleRate / refine(lag);
            }
        }
        return 0;
    }

    /** Parabolic interpolation around the chosen lag for sub-sample precision. */
    private double refine(int lag) {
        double a = diff[lag - 1];
        double b = diff[lag];
        double c = diff[lag + 1];
        double denominator = a - 2 * b + c;
        return denominator == 0 ? lag : lag + 0.5 * (a - c) / denominator;
    }
}
