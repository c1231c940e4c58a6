package dev.moodbot.core.audio;

/**
 * Step 3: {@code librosa.power_to_db(S, ref=1.0, amin=1e-10, top_db=80)}. The floor is {@code max − topDb} over
 * the whole clip, every frame and band, which is why silence and padding can shift every value.
 */
final class PowerToDb {
    private final double amin;
    private final double topDb;

    PowerToDb(double amin, double topDb) {
        this.amin = amin;
        this.topDb = topDb;
    }

    double[][] apply(double[][] power) {
        double[][] db = new double[power.length][];
        double max = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < power.length; m++) {
            db[m] = new double[power[m].length];
            for (int t = 0; t < power[m].length; t++) {
                db[m][t] = 10.0 * Math.log10(Math.max(amin, power[m][t])); // ref = 1.0 adds 0 dB
                max = Math.max(max, db[m][t]);
            }
        }
        double floor = max - topDb;
        for (double[] row : db) {
            for (int t = 0; t < row.length; t++) {
                row[t] = Math.max(row[t], floor);
            }
        }
        return db;
    }
}
