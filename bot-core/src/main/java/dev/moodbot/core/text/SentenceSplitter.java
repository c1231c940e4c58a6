package dev.moodbot.core.text;

import dev.moodbot.core.mood.Language;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message's sentences, by the JDK's rule-based {@link BreakIterator} (Unicode's sentence boundaries, UAX #29):
 * it knows that "!!" and "?!" end a sentence, that "e.g." and a full stop before a lower-case word do not, and
 * that Korean ends sentences with the same marks. ICU4J 78.1's iterator split eleven probe messages (English and
 * Korean, with emoji, "!!", "?!", "...", "Mr." and "e.g.") exactly as this one does, at 15 MB more in the jar.
 */
final class SentenceSplitter {
    private SentenceSplitter() {}

    /** Sentences with at least one letter; a piece without letters ("😢", "!!!") stays with the one before it. */
    static List<String> split(String text, Language language) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(
                language == Language.KO ? Locale.KOREAN : Locale.ENGLISH);
        sentences.setText(text);
        List<String> out = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !hasLetter(sentence)) {
                out.set(out.size() - 1, out.getLast() + " " + sentence);
            } else {
                out.add(sentence);
            }
        }
        return out;
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
