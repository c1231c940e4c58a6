package dev.moodbot.core.ngram;

/**
 * Which features {@link NgramFeatures} extracts; stored in the model's manifest so that training and serving agree.
 *
 * @param dims size of the hashed feature space, a power of two
 * @param charMin shortest character (syllable) n-gram
 * @param charMax longest character n-gram; 0 for none
 * @param jamoMin shortest jamo n-gram
 * @param jamoMax longest jamo n-gram; 0 for none
 * @param words whether whole space-separated words are features too
 * @param marks whether each {@link dev.moodbot.core.text.ExpressiveMark} is a feature of its own
 * @param morphemes whether Korean morphemes ({@link KoreanMorphemes}) and pairs of neighbouring ones are features
 */
public record NgramFeatureSpec(int dims, int charMin, int charMax, int jamoMin, int jamoMax, boolean words,
        boolean marks, boolean morphemes) {

    /** Without morpheme features, as every model before them. */
    public NgramFeatureSpec(int dims, int charMin, int charMax, int jamoMin, int jamoMax, boolean words,
            boolean marks) {
        this(dims, charMin, charMax, jamoMin, jamoMax, words, marks, false);
    }

    public NgramFeatureSpec {
        if (dims < 2 || Integer.bitCount(dims) != 1) {
            throw new IllegalArgumentException("dims must be a power of two: " + dims);
        }
        if (charMax > 0 && (charMin < 1 || charMin > charMax) || jamoMax > 0 && (jamoMin < 1 || jamoMin > jamoMax)) {
            throw new IllegalArgumentException("bad n-gram ranges: chars " + charMin + ".." + charMax + ", jamo "
                    + jamoMin + ".." + jamoMax);
        }
    }

    @Override
    public String toString() {
        return String.format("dims=2^%d chars=%d..%d jamo=%d..%d words=%s marks=%s%s",
                Integer.numberOfTrailingZeros(dims), charMin, charMax, jamoMin, jamoMax, words, marks,
                morphemes ? " morphemes=true" : "");
    }
}
