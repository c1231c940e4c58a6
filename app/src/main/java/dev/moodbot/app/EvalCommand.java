package dev.moodbot.app;

import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.text.NormalizedText;
import dev.moodbot.core.text.TextNormalizer;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.Datasets;
import dev.moodbot.models.data.GoEmotionsReader;
import dev.moodbot.models.data.NsmcReader;
import dev.moodbot.models.eval.Evaluation;
import dev.moodbot.models.eval.EvaluationReport;
import dev.moodbot.models.eval.NgramBaseline;
import dev.moodbot.models.eval.StarEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code moodbot eval}: scores one or more text models on a labelled split and prints the figures side by side. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score text models on labelled data: accuracy, macro-F1, per-mood precision/recall/F1 and "
            + "a confusion matrix for each, then a summary table.",
            "GoEmotions folders are read in the Ekman view (rows whose labels fall in exactly one Ekman group); "
                + "KOTE folders through the mapping in models/kote-mapping.md.",
            "An NSMC folder (nsmc/reviews.tsv.gz; splits train and heldout, cut by movie) scores the 1-5 score "
                + "against the reviews' stars instead.",
            "Also prints each model's calibration error and a TF-IDF + logistic-regression baseline trained now on the "
                + "train split (GoEmotions) or --baseline-train."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--model", split = ",",
            description = "builtin:NAME or a model folder; several to compare (default: the default text model, "
                + "and for Korean data the default Korean model first)")
    private List<String> models;

    @Option(names = "--data", required = true, description = "GoEmotions, KOTE or NSMC folder, or a text<TAB>mood file")
    private Path data;

    @Option(names = "--split", defaultValue = "test",
            description = "split: GoEmotions train, dev, test; KOTE val, test; NSMC train, heldout (default: ${DEFAULT-VALUE})")
    private String split;

    @Option(names = "--batch-size", defaultValue = "64", description = "texts per model call (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(names = "--baseline-train", description = "training data for the TF-IDF baseline printed beside the models "
            + "(default: --data's train split when --data is a GoEmotions folder)")
    private Path baselineTrain;

    @Option(names = "--baseline-split", defaultValue = "train", description = "the split of --baseline-train "
            + "(or of --data) the baseline trains on, e.g. val for KOTE (default: ${DEFAULT-VALUE})")
    private String baselineSplit;

    @Option(names = "--no-baseline", description = "do not train and print the TF-IDF baseline")
    private boolean noBaseline;

    @Option(names = "--unclear-below", description = "report how often the mood would be unclear below this "
            + "confidence (default: model.unclearBelow's default, ${DEFAULT-VALUE})")
    private double unclearBelow = ModelConfig.DEFAULT_UNCLEAR_BELOW;

    @Override
    public Integer call() throws Exception {
        NsmcReader nsmc = new NsmcReader();
        if (nsmc.accepts(data)) {
            return stars(nsmc.read(data, split));
        }
        Datasets datasets = Datasets.standard();
        Dataset raw = datasets.read(data, split);
        Dataset dataset = asTheBotReadsIt(raw);
        Optional<EvaluationReport.Baseline> baseline = Optional.empty();
        if (!noBaseline && (baselineTrain != null || new GoEmotionsReader().accepts(data))) {
            baseline = Optional.of(NgramBaseline.run(datasets.read(baselineTrain != null ? baselineTrain : data,
                    baselineSplit), raw));
        }
        InferenceConfig config = evalConfig();
        PrintWriter out = spec.commandLine().getOut();
        List<Evaluation> evaluations = new ArrayList<>();
        for (String model : models == null ? defaultModels(dataset) : models) {
            try (EmotionModel loaded = TextModelLoader.load(model, config)) {
                Evaluation evaluation = Evaluation.run(loaded, dataset, batchSize);
                out.println(EvaluationReport.render(evaluation, unclearBelow, baseline));
                evaluations.add(evaluation);
            }
        }
        out.printf(Locale.ROOT, "summary: %s, %,d rows%n%-28s %9s %9s", dataset.name(), dataset.rows().size(),
                "model", "accuracy", "macro-F1");
        for (Mood mood : Mood.values()) {
            out.printf(Locale.ROOT, " %9s", "F1 " + mood.key());
        }
        out.println();
        for (Evaluation e : evaluations) {
            out.printf(Locale.ROOT, "%-28s %9.4f %9.4f", e.model(), e.metrics().accuracy(), e.metrics().macroF1());
            for (Mood mood : Mood.values()) {
                out.printf(Locale.ROOT, " %9.4f", e.metrics().f1(mood));
            }
            Evaluation.ScoreSide side = e.scoreSide();
            out.printf(Locale.ROOT, "   ECE %.4f; score on the gold mood's side %.4f, on the other %.4f%n", e.ece(),
                    side.right(), side.wrong());
        }
        baseline.ifPresent(b -> out.printf(Locale.ROOT, "%-28s %9.4f %9.4f%n", "baseline: TF-IDF + LR",
                b.metrics().accuracy(), b.metrics().macroF1()));
        return 0;
    }

    /** NSMC: the 1–5 score against the reviews' stars; a model's own star head beside its mood-derived score. */
    private int stars(List<NsmcReader.Review> reviews) {
        PrintWriter out = spec.commandLine().getOut();
        int[] counts = new int[6];
        reviews.forEach(r -> counts[r.stars()]++);
        out.printf(Locale.ROOT, "NSMC %s: %,d reviews (1-5 stars: %,d %,d %,d %,d %,d); the score as the bot shows it, "
                + "rounded to whole stars%n", split, reviews.size(), counts[1], counts[2], counts[3], counts[4],
                counts[5]);
        ModelConfig defaults = ModelConfig.defaults();
        List<String> names = models != null ? models
                : ModelConfig.NONE.equals(defaults.korean()) ? List.of(defaults.text()) : List.of(defaults.korean());
        out.printf(Locale.ROOT, "%-44s %9s %9s %11s%n", "score", "exact", "within 1", "mean error");
        for (String name : names) {
            try (EmotionModel loaded = TextModelLoader.load(name, evalConfig())) {
                StarEvaluation e = StarEvaluation.run(loaded, reviews, batchSize);
                if (e.ownScoreIsLearnt()) {
                    row(out, e.model() + ": its star head", e.own());
                }
                row(out, e.model() + ": derived from its moods", e.fromMoods());
            }
        }
        int commonest = 1;
        for (int s = 2; s <= 5; s++) {
            commonest = counts[s] > counts[commonest] ? s : commonest;
        }
        row(out, "always " + commonest + " (the commonest)", StarEvaluation.constant(reviews, commonest));
        row(out, "always 3", StarEvaluation.constant(reviews, 3));
        return 0;
    }

    private static void row(PrintWriter out, String name, StarEvaluation.Figures f) {
        out.printf(Locale.ROOT, "%-44s %9.4f %9.4f %11.3f%n", name, f.exact(), f.withinOne(), f.meanAbsoluteError());
    }

    private InferenceConfig evalConfig() {
        InferenceConfig defaults = InferenceConfig.defaults();
        // One caller: give ONNX Runtime every core for each call instead of several single-threaded workers.
        return defaults.withThreads(1, Runtime.getRuntime().availableProcessors(), batchSize, defaults.maxBatchDelay());
    }

    /**
     * Each row as the bot reads a chat message: markup parsed out, emoji as words for the English encoder. A row
     * with nothing left to read keeps its text, so that every row is still scored.
     */
    private static Dataset asTheBotReadsIt(Dataset dataset) {
        TextNormalizer normalizer = new TextNormalizer(TextNormalizer.MESSAGE_MAX_CHARS);
        return new Dataset(dataset.name(), dataset.rows().stream().map(row -> {
            NormalizedText read = normalizer.normalize(row.text());
            return read.isEmpty() ? row : new LabelledText(read.text(), row.mood());
        }).toList(), dataset.note(), dataset.language());
    }

    /** What the bot itself would use for this data: the Korean model for Korean text, compared with the main one. */
    private static List<String> defaultModels(Dataset dataset) {
        ModelConfig defaults = ModelConfig.defaults();
        if (dataset.language() == Language.KO && !ModelConfig.NONE.equals(defaults.korean())) {
            return List.of(defaults.korean(), defaults.text());
        }
        return List.of(defaults.text());
    }
}
