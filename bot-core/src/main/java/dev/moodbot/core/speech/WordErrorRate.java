package dev.moodbot.core.speech;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate, the usual measure of a recogniser: (substitutions + deletions + insertions) / reference words,
 * by word-level edit distance after folding case and dropping punctuation (apostrophes inside words stay, so "i'm"
 * is one word as recognisers write it).
 */
public final class WordErrorRate {
    private WordErrorRate() {}

    /** The words of a text as they are compared. */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("(^|\\s)'|'(\\s|$)", " ");
        return Arrays.stream(folded.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Word-level edit distance between a reference and a hypothesis. */
    public static int errors(List<String> reference, List<String> hypothesis) {
        int[] previous = new int[hypothesis.size() + 1];
        int[] current = new int[hypothesis.size() + 1];
        for (int j = 0; j <= hypothesis.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= reference.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hypothesis.size(); j++) {
                int substitution = previous[j - 1] + (reference.get(i - 1).equals(hypothesis.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[hypothesis.size()];
    }
}
