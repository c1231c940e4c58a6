package dev.moodbot.app;

import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.Datasets;
import dev.moodbot.models.eval.Evaluation;
import dev.moodbot.models.eval.EvaluationReport;
import dev.moodbot.models.eval.NgramBaseline;
import dev.moodbot.models.data.GoEmotionsReader;
import dev.moodbot.core.config.ModelConfig;
import java.util.Optional;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code moodbot eval}: scores a text model on a labelled split and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score a text model on labelled data: accuracy, macro-F1, per-mood precision/recall/F1 and "
            + "a confusion matrix.",
            "GoEmotions folders are read in the Ekman view (rows whose labels fall in exactly one Ekman group).",
            "Also prints the calibration error and a TF-IDF + logistic-regression baseline trained on the train split."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--model", defaultValue = ModelConfig.DEFAULT_TEXT_MODEL,
            description = "builtin:NAME or a model folder (default: ${DEFAULT-VALUE})")
    private String model;

    @Option(names = "--data", required = true, description = "GoEmotions folder or a text<TAB>mood file")
    private Path data;

    @Option(names = "--split", defaultValue = "test", description = "GoEmotions split: train, dev, test (default: ${DEFAULT-VALUE})")
    private String split;

    @Option(names = "--batch-size", defaultValue = "64", description = "texts per model call (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(names = "--baseline-train", description = "training data for the TF-IDF baseline printed beside the model "
            + "(default: --data's train split when --data is a GoEmotions folder)")
    private Path baselineTrain;

    @Option(names = "--no-baseline", description = "do not train and print the TF-IDF baseline")
    private boolean noBaseline;

    @Option(names = "--unclear-below", description = "report how often the mood would be unclear below this "
            + "confidence (default: model.unclearBelow's default, ${DEFAULT-VALUE})")
    private double unclearBelow = ModelConfig.defaults().unclearBelow();

    @Override
    public Integer call() throws Exception {
        Datasets datasets = Datasets.standard();
        Dataset dataset = datasets.read(data, split);
        Optional<EvaluationReport.Baseline> baseline = Optional.empty();
        if (!noBaseline && (baselineTrain != null || new GoEmotionsReader().accepts(data))) {
            Dataset train = datasets.read(baselineTrain != null ? baselineTrain : data, "train");
            baseline = Optional.of(NgramBaseline.run(train, dataset));
        }
        InferenceConfig defaults = InferenceConfig.defaults();
        // One caller: give ONNX Runtime every core for each call instead of several single-threaded workers.
        InferenceConfig config = new InferenceConfig(defaults.device(), 1,
                Runtime.getRuntime().availableProcessors(), 1, batchSize, defaults.maxBatchDelay(),
                defaults.queueCapacity(), defaults.tokenCacheSize());
        try (EmotionModel loaded = TextModelLoader.load(model, config)) {
            spec.commandLine().getOut().print(EvaluationReport.render(Evaluation.run(loaded, dataset, batchSize),
                    unclearBelow, baseline));
        }
        return 0;
    }
}
