package dev.moodbot.core.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordErrorRateTest {
    @Test
    void words_punctuationAndCase_foldedApostrophesKept() {
        assertEquals(List.of("i'm", "so", "happy", "today"), WordErrorRate.words("I'm so HAPPY, today!"));
        assertEquals(List.of("오늘", "정말", "좋아요"), WordErrorRate.words("오늘 정말 좋아요!"));
        assertEquals(List.of(), WordErrorRate.words("  ...  "));
    }

    @Test
    void errors_substitutionDeletionInsertion_eachCountsOne() {
        List<String> ref = WordErrorRate.words("I am so happy today this is wonderful news");
        assertEquals(0, WordErrorRate.errors(ref, ref));
        // "I am so" -> "themself": one substitution and two deletions
        assertEquals(3, WordErrorRate.errors(ref, WordErrorRate.words("themself happy today this is wonderful news")));
        assertEquals(1, WordErrorRate.errors(ref, WordErrorRate.words("I am so very happy today this is wonderful news")));
        assertEquals(9, WordErrorRate.errors(ref, List.of()));
        assertEquals(2, WordErrorRate.errors(List.of(), List.of("a", "b")));
    }
}
