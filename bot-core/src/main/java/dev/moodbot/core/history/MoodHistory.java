package dev.moodbot.core.history;

import java.time.Instant;
import java.util.List;

/** Where readings and consent are kept. Callers check consent; the store only stores. */
public interface MoodHistory extends AutoCloseable {

    void record(UserKey user, Reading reading);

    /** The user's readings at or after {@code since}, oldest first. */
    List<Reading> export(UserKey user, Instant since);

    /** Deletes every reading, correction and the consent of this user; returns the readings deleted. */
    int forget(UserKey user);

    /** Grants ({@code true}) or withdraws consent; withdrawing keeps the readings already stored. */
    void setConsent(UserKey user, boolean granted, Instant at);

    boolean consented(UserKey user);

    void correct(UserKey user, Correction correction);

    /** The user's corrections, oldest first. */
    List<Correction> corrections(UserKey user);

    /** Every user's corrections that carry text, oldest first. */
    List<Correction> correctionsWithText();

    /** Deletes every reading and correction older than {@code cutoff}; returns how many. */
    int purgeBefore(Instant cutoff);

    @Override
    void close();
}
