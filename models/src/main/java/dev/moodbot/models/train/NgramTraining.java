package dev.moodbot.models.train;

import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.ngram.NgramFeatureSpec;
import dev.moodbot.core.ngram.NgramFeatures;
import dev.moodbot.core.ngram.NgramModel;
import dev.moodbot.core.ngram.SparseVector;
import dev.moodbot.core.text.TextNormalizer;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.eval.Metrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole {@code train-korean} run: every grid point is scored by stratified k-fold cross-validation on the
 * training rows alone (no dev or test split is read). Each point's out-of-fold logits then get per-mood offsets
 * ({@link LogitOffsets}) that choose its operating point: the highest out-of-fold accuracy whose macro-F1 stays at
 * or above a floor (the common moods right, the rare ones still found; below the floor, macro-F1 is raised first),
 * and points are ranked the same way. The best point
 * is fitted again on all rows, its offsets folded into the biases, and the temperature fitted on its out-of-fold
 * logits; the result is an {@link NgramModel} whose manifest records the data, the command and every score.
 * Folds come from a seeded shuffle and the fit is deterministic, so the same command writes the same model.
 */
public final class NgramTraining {
    private static final Logger LOG = LoggerFactory.getLogger(NgramTraining.class);
    private static final int K = Mood.values().length;

    /**
     * A grid point's cross-validated figures, as trained and with the offsets fitted on its out-of-fold logits.
     */
    public record Scored(NgramSettings settings, double accuracy, double macroF1, float[] offsets,
            double offsetAccuracy, double offsetMacroF1) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s -> CV accuracy %.4f, macro-F1 %.4f; with offsets %s: accuracy "
                    + "%.4f, macro-F1 %.4f", settings, accuracy, macroF1, Arrays.toString(offsets), offsetAccuracy,
                    offsetMacroF1);
        }
    }

    /**
     * The model to write, the point that made it, every point's figures, and the best point's out-of-fold logits
     * (its offsets added), row by row: what a later blend may be fitted on without touching the rows again.
     */
    public record Trained(NgramModel model, Scored best, List<Scored> grid, float[][] outOfFold) {}

    private final int folds;
    private final long seed;
    private final int maxChars;
    private final int epochs;
    private final double macroF1Floor;

    /** @param macroF1Floor the macro-F1 the operating point must keep; accuracy is maximised above it */
    public NgramTraining(int folds, long seed, int maxChars, int epochs, double macroF1Floor) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2: " + folds);
        }
        this.folds = folds;
        this.seed = seed;
        this.maxChars = maxChars;
        this.epochs = epochs;
        this.macroF1Floor = macroF1Floor;
    }

    /**
     * @param shares per row, how its labels spread over the moods (see {@code KoteMapping.shares}); used as far as
     *     a grid point's {@code spread} says
     */
    public Trained run(Dataset train, double[][] shares, List<NgramSettings> grid, String command) {
        return run(train, shares, grid, command, List.of());
    }

    /**
     * Rows of another kind added to every fit (each fold's and the final one) but never held out or scored: the
     * cross-validated figures stay figures on the training rows' own kind of text.
     *
     * @param rows the extra rows
     * @param targets per row, the distribution it is trained towards
     * @param weight how much an extra row counts against a training row (both class-weighted within their kind)
     */
    public record Extra(Dataset rows, double[][] targets, double weight) {}

    /** As {@link #run(Dataset, double[][], List, String)}, with each of {@code extras}' rows in every fit. */
    public Trained run(Dataset train, double[][] shares, List<NgramSettings> grid, String command,
            List<Extra> extras) {
        if (shares.length != train.rows().size()) {
            throw new IllegalArgumentException(shares.length + " share rows for " + train.rows().size() + " rows");
        }
        TextNormalizer normalizer = new TextNormalizer(maxChars);
        List<String> texts = train.rows().stream().map(r -> normalizer.normalize(r.text()).text()).toList();
        int[] y = train.golds();
        int[] fold = folds(y);
        Map<NgramFeatureSpec, SparseVector[]> features = new HashMap<>();
        Map<NgramFeatureSpec, List<SparseVector[]>> extraFeatures = new HashMap<>();
        List<List<String>> extraTexts = extras.stream().map(e -> e.rows().rows().stream()
                .map(r -> normalizer.normalize(r.text()).text()).toList()).toList();
        List<Scored> scored = new ArrayList<>();
        List<float[][]> outOfFold = new ArrayList<>(); // per grid point, as scored
        for (NgramSettings settings : grid) {
            SparseVector[] x = features.computeIfAbsent(settings.features(), spec -> extract(spec, texts));
            List<SparseVector[]> ex = extraFeatures.computeIfAbsent(settings.features(),
                    spec -> extraTexts.stream().map(t -> extract(spec, t)).toList());
            float[][] heldOutLogits = new float[y.length][];
            for (int f = 0; f < folds; f++) {
                int heldOut = f;
                int[] in = indices(fold, i -> fold[i] != heldOut);
                int[] out = indices(fold, i -> fold[i] == heldOut);
                SoftmaxRegression.Fitted fitted = fit(settings, pick(x, in), pick(y, in), pick(shares, in), extras, ex);
                NgramModel model = model(settings.features(), fitted, 1.0, Map.of());
                for (int i : out) {
                    heldOutLogits[i] = model.logits(x[i]);
                }
            }
            Metrics m = LogitOffsets.metrics(heldOutLogits, new float[K], y);
            float[] offsets = LogitOffsets.fit(heldOutLogits, y, this::objective);
            Metrics tuned = LogitOffsets.metrics(heldOutLogits, offsets, y);
            Scored s = new Scored(settings, m.accuracy(), m.macroF1(), offsets, tuned.accuracy(), tuned.macroF1());
            LOG.info("{}", s);
            scored.add(s);
            outOfFold.add(heldOutLogits);
        }
        int bestIndex = IntStream.range(0, scored.size()).boxed().max(Comparator.comparingDouble(
                i -> objective(scored.get(i).offsetAccuracy(), scored.get(i).offsetMacroF1()))).orElseThrow();
        Scored best = scored.get(bestIndex);
        float[][] bestLogits = outOfFold.get(bestIndex);
        for (int i = 0; i < bestLogits.length; i++) {
            bestLogits[i] = LogitOffsets.add(bestLogits[i], best.offsets());
        }
        double temperature = Calibration.fitTemperature(bestLogits, y);
        SparseVector[] x = features.get(best.settings().features());
        SoftmaxRegression.Fitted raw = fit(best.settings(), x, y, shares, extras,
                extraFeatures.get(best.settings().features()));
        SoftmaxRegression.Fitted fitted = new SoftmaxRegression.Fitted(raw.weights(),
                LogitOffsets.add(raw.bias(), best.offsets()), raw.epochs(), raw.loss());
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("command", command);
        StringBuilder data = new StringBuilder(train.note());
        extras.forEach(e -> data.append("; in every fit also ").append(e.rows().note()).append(", each row weighing ")
                .append(e.weight()).append(" of a training row"));
        notes.put("data", data.toString());
        notes.put("classifier", "multinomial logistic regression, L2, fitted by SGD (" + fitted.epochs()
                + " epochs, final training loss " + String.format(Locale.ROOT, "%.5f", fitted.loss()) + ")");
        notes.put("settings", best.settings().toString());
        notes.put("selection", folds + "-fold stratified cross-validation on the training rows (seed " + seed
                + "); per-mood offsets fitted on the out-of-fold logits: best accuracy at macro-F1 >= " + macroF1Floor);
        notes.put("cvAccuracy", round(best.offsetAccuracy()));
        notes.put("cvMacroF1", round(best.offsetMacroF1()));
        notes.put("offsets", Arrays.toString(best.offsets()));
        notes.put("temperature", String.format(Locale.ROOT, "%.4f, fitted on the out-of-fold logits: NLL %.4f -> "
                + "%.4f", temperature, Calibration.nll(bestLogits, y, 1.0), Calibration.nll(bestLogits, y, temperature)));
        notes.put("grid", scored.stream().map(Scored::toString).toList());
        return new Trained(model(best.settings().features(), fitted, temperature, notes), best, scored, bestLogits);
    }

    /**
     * One fit on all rows with {@code settings}, no offsets and temperature 1: a head for a blend, which sets its
     * own operating point.
     */
    public NgramModel fitAll(Dataset train, double[][] shares, NgramSettings settings) {
        TextNormalizer normalizer = new TextNormalizer(maxChars);
        List<String> texts = train.rows().stream().map(r -> normalizer.normalize(r.text()).text()).toList();
        int[] y = train.golds();
        SoftmaxRegression.Fitted fitted = fit(settings, extract(settings.features(), texts), y, shares, List.of(),
                List.of());
        return model(settings.features(), fitted, 1.0, Map.of());
    }

    /** The model's logits for each row's text, read as training read it. */
    public float[][] logits(NgramModel model, Dataset rows) {
        TextNormalizer normalizer = new TextNormalizer(maxChars);
        NgramFeatures features = new NgramFeatures(model.features());
        return rows.rows().stream().map(r -> model.logits(features.extract(normalizer.normalize(r.text()).text())))
                .toArray(float[][]::new);
    }

    private SoftmaxRegression.Fitted fit(NgramSettings settings, SparseVector[] x, int[] y, double[][] shares,
            List<Extra> extras, List<SparseVector[]> extraXs) {
        double spread = settings.spread();
        double[][] targets = new double[y.length][K];
        for (int i = 0; i < y.length; i++) {
            for (int c = 0; c < K; c++) {
                targets[i][c] = spread * shares[i][c];
            }
            targets[i][y[i]] += 1 - spread;
        }
        double[] weights = rowWeights(y, settings.classWeightPower());
        for (int e = 0; e < extras.size(); e++) {
            Extra extra = extras.get(e);
            SparseVector[] extraX = extraXs.get(e);
            int[] ey = extra.rows().golds();
            double[] ew = rowWeights(ey, settings.classWeightPower());
            int n = x.length;
            x = Arrays.copyOf(x, n + extraX.length);
            System.arraycopy(extraX, 0, x, n, extraX.length);
            targets = Arrays.copyOf(targets, n + ey.length);
            System.arraycopy(extra.targets(), 0, targets, n, ey.length);
            weights = Arrays.copyOf(weights, n + ey.length);
            for (int i = 0; i < ey.length; i++) {
                weights[n + i] = extra.weight() * ew[i];
            }
        }
        return new SoftmaxRegression(settings.features().dims(), K, settings.lambda(), epochs, seed)
                .fit(x, targets, weights);
    }

    private NgramModel model(NgramFeatureSpec spec, SoftmaxRegression.Fitted fitted, double temperature,
            Map<String, Object> notes) {
        List<String> labels = Arrays.stream(Mood.values()).map(Mood::key).toList();
        return new NgramModel(spec, labels, fitted.weights(), fitted.bias(), maxChars, List.of("ko"), temperature,
                notes);
    }

    private double objective(Metrics m) {
        return objective(m.accuracy(), m.macroF1());
    }

    /** Any point at or above the floor beats any point below it; above it accuracy counts, below it macro-F1. */
    private double objective(double accuracy, double macroF1) {
        return macroF1 >= macroF1Floor ? 1 + accuracy : macroF1;
    }

    /** Each (normalised) text's features, in order; in parallel, as Nori takes its time over a long list. */
    static SparseVector[] extract(NgramFeatureSpec spec, List<String> texts) {
        NgramFeatures features = new NgramFeatures(spec);
        return texts.parallelStream().map(features::extract).toArray(SparseVector[]::new);
    }

    /** Stratified: rows are shuffled, grouped by mood, and dealt round-robin, so each fold has each mood's share. */
    private int[] folds(int[] y) {
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < y.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> y[i]));
        int[] fold = new int[y.length];
        for (int p = 0; p < order.length; p++) {
            fold[order[p]] = p % folds;
        }
        return fold;
    }

    private static double[] rowWeights(int[] y, double power) {
        int[] counts = new int[K];
        for (int label : y) {
            counts[label]++;
        }
        int present = (int) Arrays.stream(counts).filter(c -> c > 0).count();
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = Math.pow((double) y.length / (present * counts[y[i]]), power);
        }
        return w;
    }

    private static int[] indices(int[] fold, java.util.function.IntPredicate keep) {
        return IntStream.range(0, fold.length).filter(keep).toArray();
    }

    private static double[][] pick(double[][] x, int[] rows) {
        return Arrays.stream(rows).mapToObj(i -> x[i]).toArray(double[][]::new);
    }

    private static SparseVector[] pick(SparseVector[] x, int[] rows) {
        return Arrays.stream(rows).mapToObj(i -> x[i]).toArray(SparseVector[]::new);
    }

    private static int[] pick(int[] y, int[] rows) {
        return Arrays.stream(rows).map(i -> y[i]).toArray();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
