package dev.moodbot.core.audio;

/**
 * {@code librosa.feature.mfcc(y, sr, n_mfcc)} with librosa's defaults, as a chain of named steps: power
 * spectrogram (n_fft 2048, hop 512, centred, periodic Hann), Slaney mel filterbank (128 bands, 0 to sr/2),
 * {@code power_to_db} (ref 1, amin 1e-10, top_db 80) and an orthonormal DCT-II. Computed in double precision.
 */
public final class MfccExtractor {
    static final int N_FFT = 2048;
    static final int HOP = 512;
    static final int N_MELS = 128;

    private final int sampleRate;
    private final PowerSpectrogram spectrogram;
    private final MelFilterbank filterbank;
    private final PowerToDb toDb = new PowerToDb(1e-10, 80.0);
    private final OrthoDct dct;

    public MfccExtractor(int sampleRate, int nMfcc, PaddingMode padding) {
        if (nMfcc < 1 || nMfcc > N_MELS) {
            throw new IllegalArgumentException("nMfcc must be within 1.." + N_MELS + ": " + nMfcc);
        }
        this.sampleRate = sampleRate;
        this.spectrogram = new PowerSpectrogram(N_FFT, HOP, padding);
        this.filterbank = new MelFilterbank(sampleRate, N_FFT, N_MELS);
        this.dct = new OrthoDct(N_MELS, nMfcc);
    }

    public int sampleRate() {
        return sampleRate;
    }

    public MfccFrames extract(AudioClip clip) {
        if (clip.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("clip is at " + clip.sampleRate() + " Hz, extractor at " + sampleRate);
        }
        return extract(clip.samples());
    }

    MfccFrames extract(float[] y) {
        return new MfccFrames(dct.apply(decibels(melSpectrogram(y))));
    }

    double[][] melSpectrogram(float[] y) {
        double[][] mel = new double[filterbank.bands()][spectrogram.frames(y.length)];
        spectrogram.forEachFrame(y, (frame, power) -> filterbank.applyFrame(power, mel, frame));
        return mel;
    }

    double[][] decibels(double[][] mel) {
        return toDb.apply(mel);
    }

    float[][] filterbank() {
        return filterbank.weights();
    }
}
