package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generic loader on the committed tiny export (models/scripts/make_tiny_text_model.py): star labels, graph inputs
 * named "ids" and "mask" and no token_type_ids, 64 positions.
 */
class TinyModelTest {
    private static EmotionModel model;

    @BeforeAll
    static void load() {
        model = TextModelLoader.load(Fixtures.tinyModel().toString(), Fixtures.config(100));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void load_starModelWithOtherInputNames_predictsStarScores() {
        List<Prediction> predictions = model.predict(List.of("what a great day", "my dog died", "ok"));

        assertEquals(3, predictions.size());
        for (Prediction p : predictions) {
            assertTrue(p.stars().isPresent(), "a star model gives its own score");
            assertTrue(p.score() >= 1 && p.score() <= 5, "score " + p.score());
            assertEquals(1.0, p.moods().asMap().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
            assertFalse(p.truncated());
        }
        assertEquals("tiny-bert-stars", model.info().id());
        assertEquals(64, model.info().maxTokens());
    }

    @Test
    void predict_mixedLengthBatch_matchesOneByOne() {
        List<String> texts = List.of("happy", "i feel so sad today and i do not know why at all", "the movie was ok",
                "love love love my family and my friends and my dog and my cat so much");

        List<Prediction> batch = model.predict(texts);

        for (int i = 0; i < texts.size(); i++) {
            Prediction alone = model.predict(List.of(texts.get(i))).getFirst();
            assertArrayEquals(alone.moods().toArray(), batch.get(i).moods().toArray(), 1e-5, texts.get(i));
            assertEquals(alone.score(), batch.get(i).score(), 1e-5);
        }
    }

    @Test
    void predict_textLongerThanPositions_isCutAndFlagged() {
        String longText = "happy day ".repeat(200);

        Prediction p = model.predict(List.of(longText, "fine")).getFirst();

        assertTrue(p.truncated());
        assertTrue(p.score() >= 1 && p.score() <= 5);
    }

    @Test
    void predict_sameTextTwice_hitsTokenCache() {
        ClassifierModel classifier = (ClassifierModel) model;
        long hitsBefore = classifier.tokens().stats().hitCount();

        model.predict(List.of("a text seen twice by the cache"));
        model.predict(List.of("a text seen twice by the cache"));

        assertEquals(hitsBefore + 1, classifier.tokens().stats().hitCount());
    }
}
