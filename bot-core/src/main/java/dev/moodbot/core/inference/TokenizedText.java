package dev.moodbot.core.inference;

/**
 * One text as the model reads it.
 *
 * @param ids token ids, special tokens included
 * @param typeIds segment ids (all zero for single texts)
 * @param truncated the text had more tokens than the model reads
 */
public record TokenizedText(long[] ids, long[] typeIds, boolean truncated) {
    public int length() {
        return ids.length;
    }
}
