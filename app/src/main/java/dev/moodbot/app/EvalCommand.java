package dev.moodbot.app;

import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.Datasets;
import dev.moodbot.models.eval.Evaluation;
import dev.moodbot.models.eval.EvaluationReport;
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
            "GoEmotions folders are read in the Ekman view (rows whose labels fall in exactly one Ekman group)."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--model", defaultValue = "builtin:minilm-q-emotion",
            description = "builtin:NAME or a model folder (default: ${DEFAULT-VALUE})")
    private String model;

    @Option(names = "--data", required = true, description = "GoEmotions folder or a text<TAB>mood file")
    private Path data;

    @Option(names = "--split", defaultValue = "test", description = "GoEmotions split: train, dev, test (default: ${DEFAULT-VALUE})")
    private String split;

    @Option(names = "--batch-size", defaultValue = "64", description = "texts per model call (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Override
    public Integer call() throws Exception {
        Dataset dataset = Datasets.standard().read(data, split);
        InferenceConfig defaults = InferenceConfig.defaults();
        // One caller: give ONNX Runtime every core for each call instead of several single-threaded workers.
        InferenceConfig config = defaults.withThreads(1, Runtime.getRuntime().availableProcessors(), batchSize,
                defaults.maxBatchDelay());
        try (EmotionModel loaded = TextModelLoader.load(model, config)) {
            spec.commandLine().getOut().print(EvaluationReport.render(Evaluation.run(loaded, dataset, batchSize)));
        }
        return 0;
    }
}
