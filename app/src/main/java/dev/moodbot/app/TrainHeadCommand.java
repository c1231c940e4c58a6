package dev.moodbot.app;

import dev.moodbot.core.inference.FeatureSpec;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.Datasets;
import dev.moodbot.models.data.GoEmotionsReader;
import dev.moodbot.models.train.HeadTrainer;
import dev.moodbot.models.train.NgramTrainer;
import dev.moodbot.models.train.HeadTraining;
import dev.moodbot.models.train.TrainSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code moodbot train-head}: trains an emotion head over the embedded encoder and writes it as a model folder. */
@Command(name = "train-head", mixinStandardHelpOptions = true,
        description = {"Train an emotion head over an embedded sentence encoder (all-MiniLM-L6-v2 by default).",
            "Every combination of --pooling, --l2-normalize and --hidden is trained; the best on --dev is written.",
            "Use the output folder as model.text, or copy it to models/builtin/minilm-emotion."})
public final class TrainHeadCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true,
            description = "GoEmotions folder (its train split is used) or a text<TAB>mood file")
    private Path data;

    @Option(names = "--dev", description = "GoEmotions folder (its dev split) or a text<TAB>mood file; "
            + "defaults to --data's dev split when --data is a GoEmotions folder")
    private Path dev;

    @Option(names = "--encoder", defaultValue = HeadTraining.ENCODER,
            description = "embedded encoder: all-minilm-l6-v2 (fp32) or all-minilm-l6-v2-q (int8) "
                + "(default: ${DEFAULT-VALUE})")
    private String encoder;

    @Option(names = "--out", required = true, description = "folder to write head.json and head.bin to")
    private Path out;

    @Option(names = "--pooling", split = ",", defaultValue = "mean+max", description = "mean, mean+max (default: ${DEFAULT-VALUE})")
    private List<String> pooling;

    @Option(names = "--l2-normalize", arity = "1", split = ",", defaultValue = "true", description = "true, false (default: ${DEFAULT-VALUE})")
    private List<Boolean> l2Normalize;

    @Option(names = "--hidden", split = ",", defaultValue = "256", description = "hidden units, 0 = logistic regression (default: ${DEFAULT-VALUE})")
    private List<Integer> hidden;

    @Option(names = "--weight-decay", split = ",", defaultValue = "1e-4", description = "L2 penalty (default: ${DEFAULT-VALUE})")
    private List<Double> weightDecay;

    @Option(names = "--epochs", defaultValue = "20", description = "epochs; the best on dev is kept (default: ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--learning-rate", defaultValue = "1e-3", description = "Adam step size (default: ${DEFAULT-VALUE})")
    private double learningRate;

    @Option(names = "--unbalanced", description = "do not weight classes by inverse frequency")
    private boolean unbalanced;

    @Option(names = "--ngrams", description = "hybrid head: add a TF-IDF word 1-2-gram logistic regression, fused on dev")
    private boolean ngrams;

    @Option(names = "--ngram-c", defaultValue = "1.0", description = "the n-gram regression's C, inverse L2 strength "
            + "(default: ${DEFAULT-VALUE})")
    private double ngramC;

    @Option(names = "--seed", defaultValue = "7")
    private long seed;

    @Option(names = "--feature-cache", defaultValue = "target/feature-cache",
            description = "where encoder outputs are cached between runs (default: ${DEFAULT-VALUE})")
    private Path featureCache;

    @Override
    public Integer call() throws Exception {
        Datasets datasets = Datasets.standard();
        boolean goEmotions = new GoEmotionsReader().accepts(data);
        if (dev == null && !goEmotions) {
            throw new ParameterException(spec.commandLine(), "--dev is required when --data is a TSV file");
        }
        Dataset train = datasets.read(data, "train");
        Dataset devSet = datasets.read(dev == null ? data : dev, "dev");
        spec.commandLine().getOut().println(train.note());
        spec.commandLine().getOut().println(devSet.note());
        long start = System.nanoTime();
        HeadTrainer.Trained best = new HeadTraining(encoder, featureCache, TextModelLoader.defaultCacheRoot())
                .run(train, devSet, grid(), ngrams ? Optional.of(new NgramTrainer.Settings(
                        NgramTrainer.Settings.defaults().minDf(), ngramC, NgramTrainer.Settings.defaults().iterations()))
                        : Optional.empty(), out);
        spec.commandLine().getOut().printf("best on dev: %s -> macro-F1 %.4f (epoch %d); wrote %s in %d s%n",
                best.settings(), best.devMacroF1(), best.bestEpoch(), out, (System.nanoTime() - start) / 1_000_000_000);
        return 0;
    }

    private List<TrainSettings> grid() {
        List<TrainSettings> grid = new ArrayList<>();
        for (String p : pooling) {
            for (boolean norm : l2Normalize) {
                for (int h : hidden) {
                    for (double wd : weightDecay) {
                        grid.add(new TrainSettings(FeatureSpec.parse(p, norm), h, wd, epochs, learningRate,
                                !unbalanced, seed));
                    }
                }
            }
        }
        return grid;
    }
}
