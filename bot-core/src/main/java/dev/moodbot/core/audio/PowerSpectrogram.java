package dev.moodbot.core.audio;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Step 1 of the MFCC chain: centred frames of {@code nFft} every {@code hop} samples, a periodic Hann window, a
 * real FFT (JTransforms) and |X|², as {@code librosa.stft(center=True)} followed by {@code power=2}.
 */
final class PowerSpectrogram {
    private final int nFft;
    private final int hop;
    private final PaddingMode padding;
    private final double[] window;

    PowerSpectrogram(int nFft, int hop, PaddingMode padding) {
        this.nFft = nFft;
        this.hop = hop;
        this.padding = padding;
        this.window = new double[nFft];
        for (int n = 0; n < nFft; n++) {
            window[n] = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / nFft); // periodic: divides by N, not N-1
        }
    }

    /** Receives each frame's power spectrum; the array is reused for the next frame. */
    interface FrameSink {
        void accept(int frame, double[] power);
    }

    /** The number of frames {@link #forEachFrame} gives for {@code samples} samples: {@code 1 + samples / hop}. */
    int frames(int samples) {
        return 1 + samples / hop;
    }

    /**
     * Each frame's {@code nFft/2 + 1} power bins in turn, in one reused array: a 30 s note would otherwise hold
     * 1,300 x 1,025 doubles (10 MB) that the next step reads once.
     */
    void forEachFrame(float[] y, FrameSink sink) {
        int frames = frames(y.length);
        int bins = nFft / 2 + 1;
        double[] p = new double[bins];
        DoubleFFT_1D fft = new DoubleFFT_1D(nFft);
        double[] buffer = new double[nFft];
        int half = nFft / 2;
        for (int t = 0; t < frames; t++) {
            int start = t * hop - half;
            if (start >= 0 && start + nFft <= y.length) {
                for (int n = 0; n < nFft; n++) {
                    buffer[n] = y[start + n] * window[n];
                }
            } else {
                for (int n = 0; n < nFft; n++) {
                    buffer[n] = padding.sampleAt(y, start + n) * window[n];
                }
            }
            fft.realForward(buffer);
            // JTransforms packs Re[0], Re[n/2], then Re/Im pairs for bins 1..n/2-1.
            p[0] = buffer[0] * buffer[0];
            p[bins - 1] = buffer[1] * buffer[1];
            for (int k = 1; k < bins - 1; k++) {
                double re = buffer[2 * k];
                double im = buffer[2 * k + 1];
                p[k] = re * re + im * im;
            }
            sink.accept(t, p);
        }
    }
}
