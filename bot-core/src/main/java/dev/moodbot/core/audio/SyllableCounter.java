package dev.moodbot.core.audio;

/**
 * Estimates speaking rate from the loudness envelope: each syllable's vowel is a local loudness peak, so peaks that
 * rise clearly above the dip before them are counted over the seconds of active speech.
 */
final class SyllableCounter {
    private static final double MIN_RISE_DB = 4;

    private SyllableCounter() {}

    /**
     * @param envelopeDb frame loudness in dB, one value per hop
     * @param gateDb frames at or below this are pauses
     * @param hopSeconds the frame spacing
     * @return syllables per second of active speech, 0 when there is none
     */
    static double rate(double[] envelopeDb, double gateDb, double hopSeconds) {
        double[] smooth = new double[envelopeDb.length];
        for (int i = 0; i < smooth.length; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - 1); j <= Math.min(smooth.length - 1, i + 1); j++) {
                sum += envelopeDb[j];
                n++;
            }
            smooth[i] = sum / n;
        }
        int peaks = 0;
        int active = 0;
        double dip = Double.POSITIVE_INFINITY;
        for (int i = 0; i < smooth.length; i++) {
            boolean speaking = smooth[i] > gateDb;
            active += speaking ? 1 : 0;
            dip = Math.min(dip, smooth[i]);
            boolean peak = speaking && (i == 0 || smooth[i] >= smooth[i - 1])
                    && (i == smooth.length - 1 || smooth[i] > smooth[i + 1]);
            if (peak && smooth[i] - dip >= MIN_RISE_DB) {
                peaks++;
                dip = smooth[i];
            }
        }
        return active == 0 ? 0 : peaks / (active * hopSeconds);
    }
}
