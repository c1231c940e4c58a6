package dev.moodbot.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Mood;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The repository contract, run against every store the way Trino runs one connector suite against each backend:
 * a subclass only says how to get an empty database.
 */
abstract class BaseMoodHistoryTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final UserKey ANN = new UserKey("a".repeat(64));
    static final UserKey BOB = new UserKey("b".repeat(64));

    MoodHistory history;

    /** A JDBC URL of a database nobody has used yet. */
    abstract String emptyDatabaseUrl() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        history = HistoryStore.open(emptyDatabaseUrl(), java.util.Optional.empty());
    }

    @AfterEach
    void closeStore() {
        history.close();
    }

    static Reading reading(Instant time, Mood mood, double score) {
        return new Reading(time, "discord", mood, 0.8, score, ReadingSource.TEXT);
    }

    @Test
    void export_recordedReadings_returnsThemOldestFirstWithEveryField() {
        Reading later = new Reading(T0.plusSeconds(60), "slack", Mood.SADNESS, 0.625, 2.25, ReadingSource.VOICE);
        history.record(ANN, later);
        history.record(ANN, reading(T0, Mood.JOY, 4.5));
        assertEquals(List.of(reading(T0, Mood.JOY, 4.5), later), history.export(ANN, Instant.EPOCH));
    }

    @Test
    void export_since_leavesOlderReadingsOut() {
        history.record(ANN, reading(T0, Mood.JOY, 5));
        history.record(ANN, reading(T0.plus(Duration.ofDays(2)), Mood.ANGER, 1));
        assertEquals(List.of(Mood.ANGER),
                history.export(ANN, T0.plus(Duration.ofDays(1))).stream().map(Reading::mood).toList());
    }

    @Test
    void export_otherUser_seesNothingOfAnn() {
        history.record(ANN, reading(T0, Mood.JOY, 5));
        assertEquals(List.of(), history.export(BOB, Instant.EPOCH));
    }

    @Test
    void setConsent_onThenOff_followsTheLastChoice() {
        assertFalse(history.consented(ANN));
        history.setConsent(ANN, true, T0);
        history.setConsent(ANN, true, T0.plusSeconds(1));
        assertTrue(history.consented(ANN));
        assertFalse(history.consented(BOB));
        history.setConsent(ANN, false, T0.plusSeconds(2));
        assertFalse(history.consented(ANN));
    }

    @Test
    void forget_user_deletesOnlyThatUsersReadingsAndConsent() {
        history.setConsent(ANN, true, T0);
        history.setConsent(BOB, true, T0);
        history.record(ANN, reading(T0, Mood.JOY, 5));
        history.record(ANN, reading(T0.plusSeconds(1), Mood.FEAR, 2));
        history.record(BOB, reading(T0, Mood.NEUTRAL, 3));
        assertEquals(2, history.forget(ANN));
        assertEquals(List.of(), history.export(ANN, Instant.EPOCH));
        assertFalse(history.consented(ANN));
        assertEquals(1, history.export(BOB, Instant.EPOCH).size());
        assertTrue(history.consented(BOB));
    }

    static Correction correction(Instant time, Mood picked, Optional<String> text) {
        return new Correction(time, "slack", Mood.NEUTRAL, picked, ReadingSource.VOICE, text);
    }

    @Test
    void corrections_withAndWithoutText_storedPerUserAndOnlyTextOnesExported() {
        Correction withText = correction(T0, Mood.ANGER, Optional.of("so done with this\tweek ✨ 정말"));
        Correction without = correction(T0.plusSeconds(1), Mood.FEAR, Optional.empty());
        history.correct(ANN, withText);
        history.correct(ANN, without);
        history.correct(BOB, correction(T0.plusSeconds(2), Mood.JOY, Optional.of("yay")));
        assertEquals(List.of(withText, without), history.corrections(ANN));
        assertEquals(List.of("so done with this\tweek ✨ 정말", "yay"),
                history.correctionsWithText().stream().map(c -> c.text().orElseThrow()).toList());
    }

    @Test
    void forget_user_alsoDeletesTheirCorrectionsOnly() {
        history.correct(ANN, correction(T0, Mood.ANGER, Optional.of("grr")));
        history.correct(BOB, correction(T0, Mood.JOY, Optional.of("yay")));
        history.forget(ANN);
        assertEquals(List.of(), history.corrections(ANN));
        assertEquals(1, history.corrections(BOB).size());
    }

    @Test
    void purgeBefore_cutoff_deletesOnlyOlderReadingsOfEveryone() {
        history.record(ANN, reading(T0, Mood.JOY, 5));
        history.record(BOB, reading(T0.plusSeconds(5), Mood.JOY, 5));
        history.record(ANN, reading(T0.plus(Duration.ofDays(91)), Mood.SURPRISE, 4));
        assertEquals(2, history.purgeBefore(T0.plus(Duration.ofDays(1))));
        assertEquals(List.of(Mood.SURPRISE), history.export(ANN, Instant.EPOCH).stream().map(Reading::mood).toList());
        assertEquals(List.of(), history.export(BOB, Instant.EPOCH));
    }
}
