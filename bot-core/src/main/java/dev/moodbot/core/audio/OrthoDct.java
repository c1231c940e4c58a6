package dev.moodbot.core.audio;

/** Step 4: DCT-II along the mel axis, orthonormal, first {@code keep} coefficients ({@code scipy.fft.dct}). */
final class OrthoDct {
    private final double[][] basis;

    OrthoDct(int size, int keep) {
        basis = new double[keep][size];
        for (int k = 0; k < keep; k++) {
            double scale = Math.sqrt((k == 0 ? 1.0 : 2.0) / size);
            for (int n = 0; n < size; n++) {
                basis[k][n] = scale * Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * size));
            }
        }
    }

    /**
     * {@code [size][frames]} → {@code [keep][frames]}. Walks each input row along the frames (rows are contiguous;
     * columns are not); every sum still adds its terms in ascending {@code n}, so the result is the same bits.
     */
    double[][] apply(double[][] x) {
        int frames = x.length == 0 ? 0 : x[0].length;
        double[][] out = new double[basis.length][frames];
        for (int k = 0; k < basis.length; k++) {
            double[] sums = out[k];
            for (int n = 0; n < x.length; n++) {
                double b = basis[k][n];
                double[] row = x[n];
                for (int t = 0; t < frames; t++) {
                    sums[t] += b * row[t];
                }
            }
        }
        return out;
    }
}
