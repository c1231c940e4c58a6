package dev.moodbot.app;

import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.TextModelLoader;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.ngram.NgramEmotionModel;
import dev.moodbot.core.ngram.NgramFeatureSpec;
import dev.moodbot.core.ngram.NgramModel;
import dev.moodbot.core.ngram.NgramStars;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.GoEmotionsReader;
import dev.moodbot.models.data.KoteMapping;
import dev.moodbot.models.data.KoteReader;
import dev.moodbot.models.data.NsmcReader;
import dev.moodbot.models.eval.StarEvaluation;
import dev.moodbot.models.train.HeadBlend;
import dev.moodbot.models.train.NgramSettings;
import dev.moodbot.models.train.NgramTraining;
import dev.moodbot.models.train.StarStack;
import dev.moodbot.models.train.StarTraining;
import dev.moodbot.models.train.TeacherLabels;
import dev.moodbot.models.train.TwoKindTraining;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code moodbot train-korean}: trains the Korean n-gram model on KOTE's validation split, optionally with
 * GoEmotions-ko's train rows (soft labels from a teacher through the aligned English rows) and Nori morphemes, and
 * writes it as a model folder. The defaults are the settings that made {@code builtin:korean-ngram}; the shipped
 * model is this command with {@code --data}, {@code --out}, {@code --goemotions-ko}, {@code --teacher},
 * {@code --teacher-data} and {@code --morphemes} (models/builtin/korean-ngram/README.md).
 */
@Command(name = "train-korean", mixinStandardHelpOptions = true,
        description = {"Train the Korean character n-gram model (hashed syllable and jamo n-grams, words and "
            + "expressive marks; multinomial logistic regression) on a KOTE split.",
            "Every combination of the list options is scored by k-fold cross-validation on that split alone, with "
                + "per-mood logit offsets fitted on its out-of-fold logits for the best accuracy at macro-F1 >= "
                + "--macro-f1-floor; the best is fitted on the whole split, calibrated and written.",
            "With --goemotions-ko, its train rows join every fit and a GoEmotions-ko head is blended in; blend, "
                + "offsets and temperature are chosen on KOTE val (out-of-fold) with GoEmotions-ko dev.",
            "No test split is ever read: evaluate with `moodbot eval --data <folder> --split test`."})
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

    @Option(names = "--morphemes", description = "Korean morphemes (Nori) and pairs of neighbouring ones as features "
            + "too; the folder is then format moodbot-ngram-2")
    private boolean morphemes;

    @Option(names = "--no-marks", description = "no expressive-mark features (ㅋㅋ, ㅠㅠ, ^^ ...)")
    private boolean noMarks;

    @Option(names = "--lambda", split = ",", defaultValue = "1e-5",
            description = "L2 penalties (default: ${DEFAULT-VALUE})")
    private List<Double> lambda;

    @Option(names = "--class-weight-power", split = ",", defaultValue = "0.5",
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

    @Option(names = "--goemotions-ko", description = "GoEmotions-ko folder: a second head is trained on its train "
            + "split and blended with the KOTE head, weight and offsets chosen on KOTE val (out-of-fold) together with "
            + "its dev split")
    private Path goemotionsKo;

    @Option(names = "--sentence-lambda", split = ",", defaultValue = "1e-5",
            description = "L2 penalties of the GoEmotions-ko head, chosen on its dev split (default: ${DEFAULT-VALUE})")
    private List<Double> sentenceLambda;

    @Option(names = "--sentence-class-weight-power", split = ",", defaultValue = "0.5",
            description = "class-weight powers of the GoEmotions-ko head (default: ${DEFAULT-VALUE})")
    private List<Double> sentenceClassWeightPower;

    @Option(names = "--blend-weights", split = ",", defaultValue = "0,0.3",
            description = "weights of the GoEmotions-ko head in the blend (default: ${DEFAULT-VALUE})")
    private List<Double> blendWeights;

    @Option(names = "--goemotions-weight", split = ",", defaultValue = "0.1,0.2,0.3",
            description = "weights of the GoEmotions-ko train rows inside the KOTE head's fits (0 for none); each is "
                + "blended and the best blend is kept (default: ${DEFAULT-VALUE})")
    private List<Double> goemotionsWeight;

    @Option(names = "--teacher-cache", description = "a file for the teacher's soft labels: read when it exists, "
            + "written otherwise (saves the teacher's pass when trying settings)")
    private Path teacherCache;

    @Option(names = "--no-stack", description = "blend the two heads by one weight only, without trying a "
            + "stack of their logits")
    private boolean noStack;

    @Option(names = "--teacher", description = "a model that reads the English GoEmotions rows aligned with "
            + "GoEmotions-ko; its mood distributions become soft labels for the GoEmotions-ko head (e.g. "
            + "builtin:minilm-q-tuned-emotion; needs --teacher-data)")
    private String teacher;

    @Option(names = "--teacher-data", description = "the English GoEmotions folder aligned with --goemotions-ko")
    private Path teacherData;

    @Option(names = "--teacher-share", defaultValue = "0.5", description = "how much of the GoEmotions-ko head's "
            + "target is the teacher's distribution, the rest the gold mood (default: ${DEFAULT-VALUE})")
    private double teacherShare;

    @Option(names = "--nsmc", description = "NSMC folder (reviews.tsv.gz): a star head is learnt from its train slice "
            + "(cut by movie; the held-out slice is only scored), and with --goemotions-ko the mood logits are "
            + "restacked with its logits if that is better on held-out rows of both kinds")
    private Path nsmc;

    @Option(names = "--star-score", description = "with --nsmc: write the star head into the folder as the model's "
            + "1-5 score, instead of the score derived from the moods")
    private boolean starScore;

    @Option(names = "--star-lambda", defaultValue = "1e-7",
            description = "L2 penalty of the star head (default: ${DEFAULT-VALUE})")
    private double starLambda;

    @Option(names = "--star-epochs", defaultValue = "6",
            description = "SGD passes of the star head over the reviews (default: ${DEFAULT-VALUE})")
    private int starEpochs;

    @Option(names = "--label-words", defaultValue = "0", description = "weight of KOTE's own label words (역겨움, "
            + "징그러움, 혐오, 무서움, ...) as one-word rows of their mood in every fit of the comment model, against a "
            + "KOTE row; 0 for none (default: ${DEFAULT-VALUE})")
    private double labelWords;

    @Override
    public Integer call() throws Exception {
        if (split.equals("test")) {
            throw new ParameterException(spec.commandLine(), "--split test: the test split is for evaluation only");
        }
        if (starScore && nsmc == null) {
            throw new ParameterException(spec.commandLine(), "--star-score needs --nsmc");
        }
        KoteReader reader = new KoteReader();
        Dataset train = reader.read(data, split);
        double[][] shares = reader.rows(data, split).stream().map(row -> KoteMapping.shares(row.labels()))
                .toArray(double[][]::new);
        spec.commandLine().getOut().println(train.note());
        long start = System.nanoTime();
        NgramTraining training = new NgramTraining(folds, seed, maxChars, epochs, macroF1Floor);
        NgramModel model = goemotionsKo == null ? commentsOnly(training, train, shares) : blend(training, train, shares);
        model.write(out);
        spec.commandLine().getOut().printf("wrote %s in %d s%n", out, (System.nanoTime() - start) / 1_000_000_000);
        return 0;
    }

    private NgramModel commentsOnly(NgramTraining training, Dataset train, double[][] shares) throws IOException {
        NgramTraining.Trained trained = training.run(train, shares, grid(), command());
        trained.grid().forEach(s -> spec.commandLine().getOut().println("  " + s));
        spec.commandLine().getOut().printf("best: %s%n", trained.best());
        return nsmc != null && starScore ? trained.model().withStars(starHead(trained.model())) : trained.model();
    }

    /** With the GoEmotions-ko rows: see {@link TwoKindTraining}. */
    private NgramModel blend(NgramTraining training, Dataset kote, double[][] koteShares) throws Exception {
        GoEmotionsReader reader = new GoEmotionsReader();
        Dataset sentences = reader.read(goemotionsKo, "train");
        TwoKindTraining.Sentences rows = new TwoKindTraining.Sentences(sentences, reader.read(goemotionsKo, "dev"),
                teacher == null ? null : teacherLabels(reader, sentences), teacherShare,
                teacher + " on " + teacherData);
        TwoKindTraining.Settings settings = new TwoKindTraining.Settings(sentenceLambda, sentenceClassWeightPower,
                goemotionsWeight, blendWeights, !noStack);
        HeadBlend.Blended blended = new TwoKindTraining(training, settings, spec.commandLine().getOut()).run(kote,
                koteShares, grid(), command(), rows, labelWords > 0 ? labelWordRows() : null);
        if (nsmc == null) {
            return blended.model();
        }
        NgramStars head = starHead(blended.model());
        StarTraining stars = starTraining();
        NgramFeatureSpec features = blended.model().features();
        StarStack.Stacked stacked = StarStack.run(blended, head, stars.logits(head, features, kote),
                stars.logits(head, features, rows.dev()), kote.golds(), rows.dev().golds());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("moods without the star head: %s%nmoods restacked with it: %s%n%s%n", stacked.without(),
                stacked.with(), stacked.kept() ? "kept the stack" : "kept the moods alone (the stack is not better on "
                + "both kinds of text)");
        return starScore ? stacked.model().withStars(head) : stacked.model();
    }

    /** KOTE's label words, each row's target its mood alone. */
    private NgramTraining.Extra labelWordRows() throws IOException {
        Dataset words = new KoteReader().labelWords(data);
        double[][] targets = new double[words.rows().size()][Mood.values().length];
        for (int i = 0; i < targets.length; i++) {
            targets[i][words.rows().get(i).mood().ordinal()] = 1;
        }
        return new NgramTraining.Extra(words, targets, labelWords);
    }


    private StarTraining starTraining() {
        return new StarTraining(starLambda, starEpochs, seed, maxChars);
    }

    /** The teacher's mood distributions on the English rows aligned with {@code sentences}, cached if asked. */
    private double[][] teacherLabels(GoEmotionsReader reader, Dataset sentences) throws Exception {
        if (teacherData == null) {
            throw new ParameterException(spec.commandLine(), "--teacher needs --teacher-data");
        }
        if (teacherCache != null && Files.isRegularFile(teacherCache)) {
            return Files.readAllLines(teacherCache).stream().map(line -> java.util.Arrays.stream(line.split(" "))
                    .mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
        }
        double[][] labels;
        InferenceConfig defaults = InferenceConfig.defaults();
        try (EmotionModel model = TextModelLoader.load(teacher, defaults.withThreads(1,
                Runtime.getRuntime().availableProcessors(), 64, defaults.maxBatchDelay()))) {
            labels = TeacherLabels.of(model, reader.read(teacherData, "train"), sentences);
        }
        spec.commandLine().getOut().printf("soft labels from %s on %s%n", teacher, teacherData);
        if (teacherCache != null) {
            Files.write(teacherCache, java.util.Arrays.stream(labels).map(row -> java.util.Arrays.stream(row)
                    .mapToObj(v -> String.format(Locale.ROOT, "%.6f", v)).collect(java.util.stream.Collectors
                    .joining(" "))).toList());
        }
        return labels;
    }

    /**
     * A star head from NSMC's train slice over {@code model}'s features, with its figures on the held-out slice
     * beside the score {@code model}'s moods imply, in its notes and printed.
     */
    private NgramStars starHead(NgramModel model) throws IOException {
        NsmcReader reader = new NsmcReader();
        List<NsmcReader.Review> reviews = reader.read(nsmc, NsmcReader.TRAIN);
        long start = System.nanoTime();
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("data", String.format(Locale.ROOT, "NSMC %s slice: %,d reviews of %s, cut by movie (NsmcReader)",
                NsmcReader.TRAIN, reviews.size(), nsmc));
        NgramStars head = starTraining().fit(model.features(), reviews, notes);
        NgramModel withStars = model.withStars(head);
        List<NsmcReader.Review> heldOut = reader.read(nsmc, NsmcReader.HELD_OUT);
        StarEvaluation e = StarEvaluation.run(new NgramEmotionModel("candidate", withStars), heldOut, 256);
        Map<String, Object> all = new LinkedHashMap<>(head.training());
        all.put("heldOut", String.format(Locale.ROOT, "%,d reviews of the %s slice: star head %s; derived from the "
                + "moods %s; always 5 %s", heldOut.size(), NsmcReader.HELD_OUT, e.own(), e.fromMoods(),
                StarEvaluation.constant(heldOut, 5)));
        spec.commandLine().getOut().printf("star head in %d s; %s%n", (System.nanoTime() - start) / 1_000_000_000,
                all.get("heldOut"));
        return new NgramStars(head.weights(), head.bias(), head.temperature(), all);
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
                        !noMarks, morphemes);
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
