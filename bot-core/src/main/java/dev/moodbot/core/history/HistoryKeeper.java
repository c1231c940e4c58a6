package dev.moodbot.core.history;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.reply.ReplyText;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consent first: a reading is stored only while its user has history on; users turn it on and off, see it and
 * delete it. Time comes from the given clock, so tests and the retention purge never read the system clock.
 */
public final class HistoryKeeper implements AutoCloseable {
    /** History commands carry no text to tell a language by, so they are answered in English. */
    private static final ReplyText WORDS = ReplyText.in(Language.EN);
    private static final Logger log = LoggerFactory.getLogger(HistoryKeeper.class);

    private final Optional<MoodHistory> store;
    private final UserPseudonyms pseudonyms;
    private final Duration retention;
    private final InstantSource clock;
    private final Corrections corrections;

    public HistoryKeeper(MoodHistory store, UserPseudonyms pseudonyms, Duration retention, InstantSource clock) {
        this(Optional.of(store), pseudonyms, retention, clock);
    }

    private HistoryKeeper(Optional<MoodHistory> store, UserPseudonyms pseudonyms, Duration retention,
            InstantSource clock) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.retention = retention;
        this.clock = clock;
        this.corrections = new Corrections(store, pseudonyms, clock);
    }

    /** No store: nothing is ever kept, and history commands say so. */
    public static HistoryKeeper disabled() {
        return new HistoryKeeper(Optional.empty(), new UserPseudonyms(new byte[1]), Duration.ofDays(1),
                InstantSource.system());
    }

    /** Answers {@code /mood history [on|off]} and {@code /mood forget}. */
    public MoodReply act(UserRef user, HistoryAction action) {
        if (store.isEmpty()) {
            return note(WORDS.historyUnavailable());
        }
        MoodHistory history = store.get();
        UserKey key = pseudonyms.keyOf(user);
        try {
            return switch (action) {
                case ON -> {
                    history.setConsent(key, true, clock.instant());
                    yield note(WORDS.historyOn());
                }
                case OFF -> {
                    history.setConsent(key, false, clock.instant());
                    yield note(WORDS.historyOff());
                }
                // On a platform a button sends FORGET_CONFIRMED; typing "forget" only asks.
                case FORGET -> new MoodReply.ConfirmForget(WORDS.forgetQuestion(), WORDS.forgetConfirmLabel(),
                        WORDS.forgetCancelLabel(), Language.EN);
                case FORGET_CONFIRMED -> note(WORDS.historyForgotten(history.forget(key)));
                case FORGET_CANCELLED -> note(WORDS.forgetCancelled());
                case SHOW -> show(user);
            };
        } catch (HistoryStoreException e) {
            log.warn("history {} for {} failed: {}", action, user, e.toString());
            return note(WORDS.historyFailed());
        }
    }

    /**
     * Stores an answered reading when, and only when, its user has history on; a failure only logs.
     *
     * @return whether the user has history on (and the reading was stored)
     */
    public boolean keep(UserRef user, MoodReport report, ReadingSource source) {
        if (store.isEmpty()) {
            return false;
        }
        try {
            UserKey key = pseudonyms.keyOf(user);
            if (store.get().consented(key)) {
                store.get().record(key, new Reading(clock.instant(), user.platform(), report.mood(),
                        report.confidence(), report.score(), source));
                return true;
            }
        } catch (HistoryStoreException e) {
            log.warn("storing a reading for {} failed: {}", user, e.toString());
        }
        return false;
    }

    /** "Wrong mood?" picks, kept in the same store under the same pseudonyms. */
    public Corrections corrections() {
        return corrections;
    }

    /** Every reading kept for this user, oldest first (for the operator's export). */
    public List<Reading> export(UserRef user) {
        return store.map(s -> s.export(pseudonyms.keyOf(user), Instant.EPOCH)).orElse(List.of());
    }

    /** Deletes everything of this user, corrections included; returns the readings deleted. */
    public int forget(UserRef user) {
        return store.map(s -> s.forget(pseudonyms.keyOf(user))).orElse(0);
    }

    /** The PNG of this user's last {@value MoodChart#DAYS} days. */
    public byte[] chart(UserRef user) {
        return MoodChart.render(lastDays(user), today());
    }

    /** Deletes readings older than the retention; returns how many. */
    public int purgeExpired() {
        return store.map(s -> s.purgeBefore(clock.instant().minus(retention))).orElse(0);
    }

    private MoodReply show(UserRef user) {
        List<Reading> readings = lastDays(user);
        if (readings.isEmpty()) {
            return note(WORDS.historyEmpty());
        }
        return new MoodReply.Chart(MoodChart.render(readings, today()),
                WORDS.historyChartCaption(readings.size(), MoodChart.DAYS), Language.EN);
    }

    private List<Reading> lastDays(UserRef user) {
        Instant since = today().minusDays(MoodChart.DAYS - 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return store.map(s -> s.export(pseudonyms.keyOf(user), since)).orElse(List.of());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static MoodReply note(String message) {
        return new MoodReply.Noted(message, Language.EN);
    }

    @Override
    public void close() {
        store.ifPresent(MoodHistory::close);
    }
}
