package dev.moodbot.core.inference;

import dev.moodbot.core.ngram.SparseVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF over word 1-2-grams, as scikit-learn's {@code TfidfVectorizer(ngram_range=(1, 2))} computes it: lower-cased
 * words of two or more word characters, raw counts times {@code idf}, scaled to unit length. Terms outside the
 * vocabulary are dropped. Immutable, so one instance serves every thread.
 */
public final class NgramFeatures {
    private static final Pattern WORD = Pattern.compile("\\b\\w\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<String> vocabulary;
    private final Map<String, Integer> index;
    private final float[] idf;

    /** @param idf one weight per vocabulary term, in order */
    public NgramFeatures(List<String> vocabulary, float[] idf) {
        this.vocabulary = List.copyOf(vocabulary);
        this.idf = idf.clone();
        if (idf.length != vocabulary.size()) {
            throw new IllegalArgumentException(vocabulary.size() + " terms but " + idf.length + " idf weights");
        }
        this.index = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) {
            if (index.put(vocabulary.get(i), i) != null) {
                throw new IllegalArgumentException("term '" + vocabulary.get(i) + "' appears twice");
            }
        }
    }

    /** The text's words and word pairs, in text order, with repeats. */
    public static List<String> terms(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> terms = new ArrayList<>(2 * words.size());
        terms.addAll(words);
        for (int i = 1; i < words.size(); i++) {
            terms.add(words.get(i - 1) + " " + words.get(i));
        }
        return terms;
    }

    /** The text's unit-length TF-IDF vector; empty when no term is known. */
    public SparseVector vector(String text) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (String term : terms(text)) {
            Integer i = index.get(term);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        int[] indices = new int[counts.size()];
        float[] values = new float[counts.size()];
        double norm = 0;
        int n = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            indices[n] = e.getKey();
            values[n] = e.getValue() * idf[e.getKey()];
            norm += values[n] * values[n];
            n++;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int i = 0; i < n; i++) {
            values[i] *= scale;
        }
        return new SparseVector(indices, values);
    }

    public List<String> vocabulary() {
        return vocabulary;
    }

    public float idf(int term) {
        return idf[term];
    }

    public int size() {
        return vocabulary.size();
    }
}
