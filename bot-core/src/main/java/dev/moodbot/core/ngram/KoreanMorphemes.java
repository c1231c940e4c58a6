package dev.moodbot.core.ngram;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A text's Korean morphemes by Lucene's Nori analyser (mecab-ko-dic): inflected words are split into stem and
 * ending (역겨워요 → 역겹 + 어요, 무서웠어 → 무섭 + 었 + 어), so every form of a word shares its stem, which
 * character n-grams of the surface only partly see. Punctuation is dropped; Latin and numbers pass as words.
 * A tokenizer is made per call: Nori's tokenizer keeps state, and its dictionaries are loaded once and shared.
 */
final class KoreanMorphemes {
    private KoreanMorphemes() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        try (KoreanTokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                KoreanTokenizer.DecompoundMode.DISCARD, false, true)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            // A StringReader does not fail.
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
