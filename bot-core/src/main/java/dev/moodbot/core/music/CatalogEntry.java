package dev.moodbot.core.music;

import java.util.Objects;

/** A track together with the part of the 1–5 score scale it suits. */
record CatalogEntry(Track track, double minScore, double maxScore) {
    static final double LOWEST = 1.0;
    static final double HIGHEST = 5.0;

    CatalogEntry {
        Objects.requireNonNull(track, "track");
        if (!(LOWEST <= minScore && minScore <= maxScore && maxScore <= HIGHEST)) {
            throw new IllegalArgumentException("score range must lie within 1..5: " + minScore + ".." + maxScore);
        }
    }

    /** 0 when {@code score} lies in this entry's range, otherwise how far outside it is. */
    double distanceTo(double score) {
        if (score < minScore) {
            return minScore - score;
        }
        return score > maxScore ? score - maxScore : 0;
    }
}
