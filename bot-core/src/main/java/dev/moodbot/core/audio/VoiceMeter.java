package dev.moodbot.core.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what a voice note itself says without any emotion model: loudness of the active part, pitch level and
 * movement over voiced frames (YIN), how much of the note is voiced and how fast it is spoken; then turns them into an {@link
 * VoiceReading.Arousal}. These are energy measures, never an emotion.
 */
public final class VoiceMeter {
    private static final double HOP_SECONDS = 0.02;
    private static final double SILENCE_DBFS = -55;
    private static final double ACTIVE_RANGE_DB = 35;

    /** Reads {@code clip}; {@code notes} are passed through to the reading. */
    public VoiceReading measure(AudioClip clip, List<String> notes) {
        float[] x = clip.samples();
        int rate = clip.sampleRate();
        PitchTracker pitch = new PitchTracker(rate, 60, 500, (int) (0.02 * rate));
        int frameLength = pitch.frameLength();
        int hop = (int) (HOP_SECONDS * rate);
        int frames = x.length < frameLength ? 0 : 1 + (x.length - frameLength) / hop;
        double[] energy = new double[frames];
        double loudest = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < frames; f++) {
            energy[f] = meanSquare(x, f * hop, frameLength);
            loudest = Math.max(loudest, dbfs(energy[f]));
        }
        double gate = Math.max(SILENCE_DBFS, loudest - ACTIVE_RANGE_DB);
        double activeEnergy = 0;
        int active = 0;
        List<Double> pitches = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            if (dbfs(energy[f]) > gate) {
                active++;
                activeEnergy += energy[f];
                double hz = pitch.pitchHz(x, f * hop);
                if (hz > 0) {
                    pitches.add(hz);
                }
            }
        }
        double loudness = active == 0 ? dbfs(0) : dbfs(activeEnergy / active);
        double[] hz = pitches.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = hz.length == 0 ? 0 : hz[hz.length / 2];
        double spread = semitoneSpread(hz, median);
        double voicedRatio = frames == 0 ? 0 : hz.length / (double) frames;
        double[] envelope = Arrays.stream(energy).map(VoiceMeter::dbfs).toArray();
        double syllables = SyllableCounter.rate(envelope, gate, HOP_SECONDS);
        return new VoiceReading(clip.durationSeconds(), clip.analysedSeconds(), loudness, median, spread,
                voicedRatio, syllables, ArousalRule.arousal(loudness, spread, syllables), notes);
    }

    private static double meanSquare(float[] x, int start, int length) {
        double sum = 0;
        for (int i = start; i < start + length; i++) {
            sum += (double) x[i] * x[i];
        }
        return sum / length;
    }

    private static double dbfs(double meanSquare) {
        return 10 * Math.log10(Math.max(meanSquare, 1e-12));
    }

    /** Standard deviation of the pitch in semitones around its median. */
    private static double semitoneSpread(double[] hz, double median) {
        if (hz.length < 2) {
            return 0;
        }
        double[] st = Arrays.stream(hz).map(f -> 12 * Math.log(f / median) / Math.log(2)).toArray();
        double mean = Arrays.stream(st).average().orElse(0);
        return Math.sqrt(Arrays.stream(st).map(s -> (s - mean) * (s - mean)).sum() / (st.length - 1));
    }
}
