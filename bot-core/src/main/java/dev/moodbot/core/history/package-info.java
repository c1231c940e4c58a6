/**
 * Mood history with consent: readings of users who said {@code /mood history on}, kept in SQL (an embedded SQLite
 * file or PostgreSQL) behind {@link dev.moodbot.core.history.MoodHistory}, purged after the retention, drawn as a
 * 30-day chart. Never the message text.
 */
package dev.moodbot.core.history;
