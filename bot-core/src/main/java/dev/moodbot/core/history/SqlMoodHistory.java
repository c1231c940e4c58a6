package dev.moodbot.core.history;

import com.zaxxer.hikari.HikariDataSource;
import dev.moodbot.core.mood.Mood;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link MoodHistory} in SQL that both SQLite and PostgreSQL accept, one pooled connection per call. */
final class SqlMoodHistory implements MoodHistory {
    private final HikariDataSource pool;

    SqlMoodHistory(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public void record(UserKey user, Reading reading) {
        update("INSERT INTO readings (user_key, platform, recorded_at, mood, confidence, score, source)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                user.value(), reading.platform(), reading.time().toEpochMilli(), reading.mood().key(),
                reading.confidence(), reading.score(), reading.source().key());
    }

    @Override
    public List<Reading> export(UserKey user, Instant since) {
        String sql = "SELECT recorded_at, platform, mood, confidence, score, source FROM readings"
                + " WHERE user_key = ? AND recorded_at >= ? ORDER BY recorded_at";
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, user.value());
            s.setLong(2, since.toEpochMilli());
            List<Reading> readings = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    readings.add(new Reading(Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2),
                            Mood.fromKey(rows.getString(3)).orElse(Mood.NEUTRAL), rows.getDouble(4),
                            rows.getDouble(5), ReadingSource.fromKey(rows.getString(6))));
                }
            }
            return readings;
        } catch (SQLException e) {
            throw new HistoryStoreException("reading a user's history failed", e);
        }
    }

    @Override
    public int forget(UserKey user) {
        update("DELETE FROM consent WHERE user_key = ?", user.value());
        update("DELETE FROM corrections WHERE user_key = ?", user.value());
        return update("DELETE FROM readings WHERE user_key = ?", user.value());
    }

    @Override
    public void setConsent(UserKey user, boolean granted, Instant at) {
        update("DELETE FROM consent WHERE user_key = ?", user.value());
        if (granted) {
            update("INSERT INTO consent (user_key, granted_at) VALUES (?, ?)", user.value(), at.toEpochMilli());
        }
    }

    @Override
    public boolean consented(UserKey user) {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM consent WHERE user_key = ?")) {
            s.setString(1, user.value());
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new HistoryStoreException("reading consent failed", e);
        }
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return update("DELETE FROM readings WHERE recorded_at < ?", cutoff.toEpochMilli())
                + update("DELETE FROM corrections WHERE corrected_at < ?", cutoff.toEpochMilli());
    }

    @Override
    public void correct(UserKey user, Correction correction) {
        update("INSERT INTO corrections (user_key, platform, corrected_at, given, picked, source, text)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                user.value(), correction.platform(), correction.time().toEpochMilli(), correction.given().key(),
                correction.picked().key(), correction.source().key(), correction.text().orElse(null));
    }

    @Override
    public List<Correction> corrections(UserKey user) {
        return selectCorrections("WHERE user_key = ?", user.value());
    }

    @Override
    public List<Correction> correctionsWithText() {
        return selectCorrections("WHERE text IS NOT NULL");
    }

    private List<Correction> selectCorrections(String where, Object... values) {
        String sql = "SELECT corrected_at, platform, given, picked, source, text FROM corrections " + where
                + " ORDER BY corrected_at";
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            List<Correction> corrections = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    corrections.add(new Correction(Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2),
                            Mood.fromKey(rows.getString(3)).orElse(Mood.NEUTRAL),
                            Mood.fromKey(rows.getString(4)).orElse(Mood.NEUTRAL),
                            ReadingSource.fromKey(rows.getString(5)), Optional.ofNullable(rows.getString(6))));
                }
            }
            return corrections;
        } catch (SQLException e) {
            throw new HistoryStoreException("reading corrections failed", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private int update(String sql, Object... values) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryStoreException("writing history failed", e);
        }
    }
}
