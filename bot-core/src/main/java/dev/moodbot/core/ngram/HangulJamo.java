package dev.moodbot.core.ngram;

/**
 * Splits precomposed Hangul syllables into their conjoining jamo (Unicode's arithmetic decomposition, chapter 3.12).
 * Leading consonants, vowels and trailing consonants have distinct code points (U+1100, U+1161, U+11A8 blocks), so
 * an n-gram over jamo knows whether ㄴ starts or ends a syllable. Everything else passes through unchanged.
 */
final class HangulJamo {
    private static final int SYLLABLE_BASE = 0xAC00;
    private static final int SYLLABLE_COUNT = 11_172;
    private static final int LEAD_BASE = 0x1100;
    private static final int VOWEL_BASE = 0x1161;
    private static final int TAIL_BASE = 0x11A7;
    private static final int VOWELS = 21;
    private static final int TAILS = 28;

    private HangulJamo() {}

    /** The code points of {@code codePoints} with each syllable replaced by its two or three jamo. */
    static int[] decompose(int[] codePoints) {
        int[] out = new int[codePoints.length * 3];
        int n = 0;
        for (int cp : codePoints) {
            int index = cp - SYLLABLE_BASE;
            if (index < 0 || index >= SYLLABLE_COUNT) {
                out[n++] = cp;
                continue;
            }
            out[n++] = LEAD_BASE + index / (VOWELS * TAILS);
            out[n++] = VOWEL_BASE + (index % (VOWELS * TAILS)) / TAILS;
            int tail = index % TAILS;
            if (tail != 0) {
                out[n++] = TAIL_BASE + tail;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
