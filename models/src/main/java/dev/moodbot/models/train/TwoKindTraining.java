package dev.moodbot.models.train;

import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.ngram.NgramModel;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.eval.Metrics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code train-korean} with everyday sentences beside the comments: a head on the sentences alone (chosen on their
 * dev split), then for each sentence weight the comment model with the sentences in every fit
 * ({@link NgramTraining.Extra}), blended with the sentence head ({@link HeadBlend}); the blend that scores best on
 * held-out rows of both kinds is the model.
 */
public final class TwoKindTraining {
    private static final int K = Mood.values().length;

    /**
     * The everyday sentences.
     *
     * @param train rows in every fit
     * @param dev held-out rows that choose the sentence head, the blend and the offsets
     * @param teacher per train row, a teacher's distribution over the moods; null for gold labels only
     * @param teacherShare how much of a train row's target is the teacher's distribution
     * @param source what the teacher was, for the manifest
     */
    public record Sentences(Dataset train, Dataset dev, double[][] teacher, double teacherShare, String source) {}

    /**
     * @param sentenceLambda L2 penalties of the sentence head
     * @param sentencePower class-weight powers of the sentence head
     * @param sentenceWeights weights of the sentence rows inside the comment model's fits (0 for none)
     * @param blendWeights weights of the sentence head in the blend
     * @param stack whether a {@link LogitStack} competes with the blend weights
     */
    public record Settings(List<Double> sentenceLambda, List<Double> sentencePower, List<Double> sentenceWeights,
            List<Double> blendWeights, boolean stack) {}

    private final NgramTraining training;
    private final Settings settings;
    private final PrintWriter log;

    public TwoKindTraining(NgramTraining training, Settings settings, PrintWriter log) {
        this.training = training;
        this.settings = settings;
        this.log = log;
    }

    /**
     * The best blend: its model, its figures and its held-out logits.
     *
     * @param words more rows in every fit of the comment model (KOTE's label words); null for none
     */
    public HeadBlend.Blended run(Dataset comments, double[][] commentShares, List<NgramSettings> grid, String command,
            Sentences sentences, NgramTraining.Extra words) {
        double share = sentences.teacher() == null ? 0 : sentences.teacherShare();
        double[][] teacher = sentences.teacher() == null ? new double[sentences.train().rows().size()][K]
                : sentences.teacher();
        int[] devGold = sentences.dev().golds();
        List<String> heads = new ArrayList<>();
        NgramModel head = sentenceHead(sentences, teacher, share, grid.getFirst(), devGold, heads);
        double[][] targets = new double[teacher.length][K];
        for (int i = 0; i < targets.length; i++) {
            for (int c = 0; c < K; c++) {
                targets[i][c] = share * teacher[i][c];
            }
            targets[i][sentences.train().rows().get(i).mood().ordinal()] += 1 - share;
        }
        HeadBlend.Blended best = null;
        for (double w : settings.sentenceWeights()) {
            List<NgramTraining.Extra> extras = new ArrayList<>(words == null ? List.of() : List.of(words));
            if (w > 0) {
                extras.addFirst(new NgramTraining.Extra(sentences.train(), targets, w));
            }
            NgramTraining.Trained trained = training.run(comments, commentShares, grid, command, extras);
            log.printf("sentence rows at weight %s in the comment model: %s%n", w, trained.best());
            HeadBlend.HeldOut commentRows = new HeadBlend.HeldOut(trained.outOfFold(), training.logits(head, comments),
                    comments.golds());
            HeadBlend.HeldOut devRows = new HeadBlend.HeldOut(training.logits(trained.model(), sentences.dev()),
                    training.logits(head, sentences.dev()), devGold);
            Map<String, Object> notes = new LinkedHashMap<>(trained.model().training());
            notes.put("sentenceData", sentences.train().note() + (sentences.teacher() == null ? ""
                    : "; soft labels (share " + share + ") from " + sentences.source() + " on the aligned rows"));
            notes.put("sentenceHeads", heads);
            HeadBlend.Blended blended = new HeadBlend(settings.blendWeights(), settings.stack())
                    .run(trained.model(), head, commentRows, devRows, notes);
            blended.points().forEach(p -> log.println("  " + p));
            log.printf("blend at sentence weight %s: %s%n", w, blended.best());
            if (best == null || blended.best().score() > best.best().score()) {
                best = blended;
            }
        }
        log.printf("chosen: %s%n", best.model().training().get("data"));
        return best;
    }

    /** The sentence head with the best dev macro-F1 over the sentence grid. */
    private NgramModel sentenceHead(Sentences sentences, double[][] teacher, double share, NgramSettings first,
            int[] devGold, List<String> lines) {
        NgramModel head = null;
        double bestF1 = -1;
        for (double l : settings.sentenceLambda()) {
            for (double p : settings.sentencePower()) {
                NgramSettings s = new NgramSettings(first.features(), l, p, share);
                NgramModel candidate = training.fitAll(sentences.train(), teacher, s);
                Metrics m = LogitOffsets.metrics(training.logits(candidate, sentences.dev()), new float[K], devGold);
                String line = String.format(Locale.ROOT, "sentence head %s -> dev accuracy %.4f, macro-F1 %.4f", s,
                        m.accuracy(), m.macroF1());
                log.println("  " + line);
                lines.add(line);
                if (m.macroF1() > bestF1) {
                    bestF1 = m.macroF1();
                    head = candidate;
                }
            }
        }
        return head;
    }

}
