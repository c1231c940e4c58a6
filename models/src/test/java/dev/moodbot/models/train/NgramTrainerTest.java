package dev.moodbot.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.inference.NgramLayer;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.MoodTsvReader;
import dev.moodbot.models.eval.EvaluationReport;
import dev.moodbot.models.eval.NgramBaseline;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The TF-IDF + logistic-regression baseline, trained for real on a small labelled TSV. */
class NgramTrainerTest {

    private static Dataset small() throws IOException, URISyntaxException {
        Path tsv = Path.of(NgramTrainerTest.class.getResource("/moods-small.tsv").toURI());
        return new MoodTsvReader().read(tsv, "train");
    }

    @Test
    void train_smallTsv_separatesItsMoodsOnUnseenSentences() throws Exception {
        NgramLayer layer = new NgramTrainer(new NgramTrainer.Settings(1, 10.0, 200)).train(small().rows());

        assertEquals(Mood.JOY.ordinal(), LogitOffsets.argmax(layer.logits("such a happy day, thank you")));
        assertEquals(Mood.SADNESS.ordinal(), LogitOffsets.argmax(layer.logits("so sad and lonely")));
        assertEquals(Mood.ANGER.ordinal(), LogitOffsets.argmax(layer.logits("furious and angry")));
    }

    @Test
    void vocabulary_minDf_dropsRareTermsAndUsesSmoothIdf() throws Exception {
        var features = NgramTrainer.vocabulary(small().rows().stream().map(r -> r.text()).toList(), 3);

        assertTrue(features.vocabulary().contains("happy"));
        assertTrue(!features.vocabulary().contains("lovely"), "a term in one text is below min df 3");
        int happy = features.vocabulary().indexOf("happy");
        // "happy" is in 5 of 18 texts: ln(19 / 6) + 1
        assertEquals(Math.log(19.0 / 6) + 1, features.idf(happy), 1e-6);
    }

    @Test
    void baseline_sameRows_scoresTheTrainingSetWell() throws Exception {
        EvaluationReport.Baseline baseline = NgramBaseline.run(small(), small());

        assertEquals(18, baseline.metrics().n());
        assertTrue(baseline.metrics().macroF1() > 0.9, "macro-F1 " + baseline.metrics().macroF1());
    }
}
