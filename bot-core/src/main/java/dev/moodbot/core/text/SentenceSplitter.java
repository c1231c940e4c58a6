package dev.moodbot.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.moodbot.core.mood.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * A message's sentences, by ICU4J's {@link BreakIterator} (Unicode's sentence boundaries, UAX #29, with each
 * language's rules): it knows that "!!" and "?!" end a sentence, that "e.g." and a full stop before a lower-case word
 * do not, and that Korean ends sentences with the same marks. (The JDK's iterator split eleven probe messages, English
 * and Korean, the same way; ICU4J is in the jar for the reply wording anyway.)
 */
final class SentenceSplitter {
    private SentenceSplitter() {}

    /** Sentences with at least one letter; a piece without letters ("😢", "!!!") stays with the one before it. */
    static List<String> split(String text, Language language) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(
                language == Language.KO ? ULocale.KOREAN : ULocale.ENGLISH);
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
