package dev.moodbot.app;

import dev.moodbot.core.ngram.NgramFeatureSpec;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.KoteMapping;
import dev.moodbot.models.data.KoteReader;
import dev.moodbot.models.train.NgramSettings;
import dev.moodbot.models.train.NgramTraining;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code moodbot train-korean}: trains the character n-gram Korean model on KOTE's validation split and writes it
 * as a model folder. The defaults are the settings that made {@code builtin:korean-ngram}, so the shipped model is
 * this command with only {@code --data} and {@code --out}.
 */
@Command(name = "train-korean", mixinStandardHelpOptions = true,
        description = {"Train the Korean character n-gram model (hashed syllable and jamo n-grams, words and "
            + "expressive marks; multinomial logistic regression) on a KOTE split.",
            "Every combination of the list options is scored by k-fold cross-validation on that split alone, with "
                + "per-mood logit offsets fitted on its out-of-fold logits for the best accuracy at macro-F1 >= "
                + "--macro-f1-floor; the best is fitted on the whole split, calibrated and written.",
            "KOTE's test split is never read: evaluate with `moodbot eval --data <kote> --split test`."})
public final class TrainKoreanCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, description = "KOTE folder (labels.tsv, val.tsv, test.tsv)")
    private Path data;

    @Option(names = "--split", defaultValue = "val",
            description = "the split to train on; KOTE's train split is not available here (default: ${DEFAULT-VALUE})")
    private String split;

    @Option(names = "--out", required = true, description = "folder to write ngram-model.json and ngram-model.bin to")
    private Path out;

    @Option(names = "--dims-bits", defaultValue = "18", description = "hashed features: 2^bits (default: ${DEFAULT-VALUE})")
    private int dimsBits;

    @Option(names = "--char-ngrams", split = ",", defaultValue = "1-3",
            description = "character n-gram ranges, min-max, 0 for none (default: ${DEFAULT-VALUE})")
    private List<String> charNgrams;

    @Option(names = "--jamo-ngrams", split = ",", defaultValue = "2-4",
            description = "jamo n-gram ranges, min-max, 0 for none (default: ${DEFAULT-VALUE})")
    private List<String> jamoNgrams;

    @Option(names = "--no-words", description = "no whole-word features")
    private boolean noWords;

    @Option(names = "--no-marks", description = "no expressive-mark features (ㅋㅋ, ㅠㅠ, ^^ ...)")
    private boolean noMarks;

    @Option(names = "--lambda", split = ",", defaultValue = "1e-5,3e-5",
            description = "L2 penalties (default: ${DEFAULT-VALUE})")
    private List<Double> lambda;

    @Option(names = "--class-weight-power", split = ",", defaultValue = "0.5,1",
            description = "0 = rows weigh alike, 1 = moods weigh alike (default: ${DEFAULT-VALUE})")
    private List<Double> classWeightPower;

    @Option(names = "--spread", split = ",", defaultValue = "0.5",
            description = "0 = learn the gold mood only, up to 1 = learn how the labels spread over the moods "
                + "(default: ${DEFAULT-VALUE})")
    private List<Double> spread;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
    private int folds;

    @Option(names = "--epochs", defaultValue = "20", description = "SGD passes over the rows (default: ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--macro-f1-floor", defaultValue = "0.35", description = "the operating point: the best "
            + "cross-validated accuracy whose macro-F1 is at least this (default: ${DEFAULT-VALUE})")
    private double macroF1Floor;

    @Option(names = "--seed", defaultValue = "7", description = "for the folds and the SGD order (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--max-chars", defaultValue = "1000",
            description = "characters of a message the model reads (default: ${DEFAULT-VALUE})")
    private int maxChars;

    @Override
    public Integer call() throws Exception {
        if (split.equals("test")) {
            throw new ParameterException(spec.commandLine(), "--split test: the test split is for evaluation only");
        }
        KoteReader reader = new KoteReader();
        Dataset train = reader.read(data, split);
        double[][] shares = reader.rows(data, split).stream().map(row -> KoteMapping.shares(row.labels()))
                .toArray(double[][]::new);
        spec.commandLine().getOut().println(train.note());
        long start = System.nanoTime();
        NgramTraining.Trained trained = new NgramTraining(folds, seed, maxChars, epochs, macroF1Floor).run(train, shares, grid(), command());
        trained.model().write(out);
        trained.grid().forEach(s -> spec.commandLine().getOut().println("  " + s));
        spec.commandLine().getOut().printf("best: %s%nwrote %s in %d s%n", trained.best(), out,
                (System.nanoTime() - start) / 1_000_000_000);
        return 0;
    }

    /** The command as it was typed, for the manifest. */
    private String command() {
        return "moodbot " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    private List<NgramSettings> grid() {
        List<NgramSettings> grid = new ArrayList<>();
        for (String chars : charNgrams) {
            for (String jamo : jamoNgrams) {
                int[] c = range(chars);
                int[] j = range(jamo);
                NgramFeatureSpec features = new NgramFeatureSpec(1 << dimsBits, c[0], c[1], j[0], j[1], !noWords,
                        !noMarks);
                for (double l : lambda) {
                    for (double p : classWeightPower) {
                        for (double s : spread) {
                            grid.add(new NgramSettings(features, l, p, s));
                        }
                    }
                }
            }
        }
        return grid;
    }

    private int[] range(String text) {
        String[] parts = text.strip().split("-");
        try {
            if (parts.length == 1 && Integer.parseInt(parts[0]) == 0) {
                return new int[] {0, 0};
            }
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "'" + text + "' is not an n-gram range such as 1-3, or 0");
    }
}
