package dev.moodbot.core.ngram;

import dev.moodbot.core.text.ExpressiveMark;
import dev.moodbot.core.text.TextNormalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a text into hashed features (the hashing trick): character n-grams over the text padded with a space at
 * each end (so word starts and ends are features), jamo n-grams over its Hangul decomposition (so 짜증나 and
 * 짜증났어 share 짜증 and its jamo), whole words, and one feature per {@link ExpressiveMark}. Each feature string is
 * hashed with FNV-1a over its code points, seeded by its kind, finished with MurmurHash3's {@code fmix32} and masked
 * to {@code dims}: the same on every JVM, so a model file trained once reads the same everywhere. Values are
 * {@code 1 + ln(count)}; the surface features and the jamo features are each L2-normalised and weigh half each,
 * so that long and short messages weigh alike and neither kind drowns the other.
 * Immutable and safe to share between threads.
 */
public final class NgramFeatures {
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int CHARS = 1;
    private static final int JAMO = 2;
    private static final int WORDS = 3;
    private static final int MARKS = 4;
    private static final int MORPHEMES = 5;
    private static final ExpressiveMark[] ALL_MARKS = ExpressiveMark.values();

    private final NgramFeatureSpec spec;
    private final int mask;

    public NgramFeatures(NgramFeatureSpec spec) {
        this.spec = spec;
        this.mask = spec.dims() - 1;
    }

    public NgramFeatureSpec spec() {
        return spec;
    }

    public SparseVector extract(String text) {
        String clean = TextNormalizer.squeezeRuns(text.toLowerCase(Locale.ROOT)).strip().replaceAll("\\s+", " ");
        int[] chars = (" " + clean + " ").codePoints().toArray();
        IntList surface = new IntList(chars.length * 4);
        if (spec.charMax() > 0) {
            ngrams(chars, spec.charMin(), spec.charMax(), CHARS, surface);
        }
        if (spec.words()) {
            words(chars, surface);
        }
        if (spec.marks()) {
            for (ExpressiveMark mark : ALL_MARKS) {
                int count = mark.count(clean);
                for (int i = 0; i < count; i++) {
                    surface.add(finish(step(seed(MARKS), mark.ordinal())));
                }
            }
        }
        if (spec.morphemes()) {
            morphemes(clean, surface);
        }
        IntList jamo = new IntList(chars.length * 8);
        if (spec.jamoMax() > 0) {
            ngrams(HangulJamo.decompose(chars), spec.jamoMin(), spec.jamoMax(), JAMO, jamo);
        }
        return merge(counted(surface.sorted()), counted(jamo.sorted()));
    }

    private void ngrams(int[] units, int min, int max, int kind, IntList out) {
        for (int start = 0; start < units.length; start++) {
            int h = seed(kind);
            for (int n = 1; n <= max && start + n <= units.length; n++) {
                h = step(h, units[start + n - 1]);
                // A gram of spaces only says nothing.
                if (n >= min && !(n == 1 && units[start] == ' ')) {
                    out.add(finish(step(h, -n)));
                }
            }
        }
    }

    private void words(int[] chars, IntList out) {
        int h = seed(WORDS);
        boolean inWord = false;
        for (int cp : chars) {
            if (cp == ' ') {
                if (inWord) {
                    out.add(finish(h));
                }
                h = seed(WORDS);
                inWord = false;
            } else {
                h = step(h, cp);
                inWord = true;
            }
        }
    }

    /** Each morpheme, and each pair of neighbours (stem + ending: 무섭 어요 differs from 무섭 었). */
    private void morphemes(String text, IntList out) {
        int previous = 0;
        for (String morpheme : KoreanMorphemes.of(text)) {
            int h = seed(MORPHEMES);
            for (int i = 0; i < morpheme.length(); ) {
                int cp = morpheme.codePointAt(i);
                h = step(h, cp);
                i += Character.charCount(cp);
            }
            out.add(finish(h));
            if (previous != 0) {
                out.add(finish(step(previous, h)));
            }
            previous = h;
        }
    }

    private static int seed(int kind) {
        return step(FNV_OFFSET, kind);
    }

    private static int step(int h, int unit) {
        return (h ^ unit) * FNV_PRIME;
    }

    private int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & mask;
    }

    /** Distinct indices with {@code 1 + ln(count)}, L2-normalised; empty for no features. */
    private static SparseVector counted(int[] sorted) {
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int[] indices = new int[distinct];
        float[] values = new float[distinct];
        int k = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                indices[++k] = sorted[i];
            }
            values[k]++;
        }
        double norm = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (1 + Math.log(values[i]));
            norm += values[i] * values[i];
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= (float) Math.sqrt(norm);
        }
        return new SparseVector(indices, values);
    }

    /**
     * The surface features (characters, words, marks) and the jamo features as equal halves of one unit vector:
     * a text has about three times as many jamo n-grams as character n-grams, and without this they would drown
     * the rest.
     */
    private static SparseVector merge(SparseVector a, SparseVector b) {
        float wa = b.size() == 0 ? 1 : (float) Math.sqrt(0.5);
        float wb = a.size() == 0 ? 1 : (float) Math.sqrt(0.5);
        int[] indices = new int[a.size() + b.size()];
        float[] values = new float[indices.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.size() || j < b.size()) {
            int ia = i < a.size() ? a.indices()[i] : Integer.MAX_VALUE;
            int ib = j < b.size() ? b.indices()[j] : Integer.MAX_VALUE;
            if (ia < ib) {
                indices[n] = ia;
                values[n++] = wa * a.values()[i++];
            } else if (ib < ia) {
                indices[n] = ib;
                values[n++] = wb * b.values()[j++];
            } else {
                indices[n] = ia;
                values[n++] = wa * a.values()[i++] + wb * b.values()[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
    }

    /** A growable int array; features are collected, then sorted and counted. */
    private static final class IntList {
        private int[] items;
        private int size;

        IntList(int capacity) {
            items = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(items, size);
            Arrays.sort(out);
            return out;
        }
    }
}
