/**
 * Track suggestions: the curated list in {@code tracks.yaml} ({@link dev.moodbot.core.music.TrackCatalog}, loaded once
 * and immutable) and the per-user choice of a few tracks for a mood and score
 * ({@link dev.moodbot.core.music.TrackPicker}), varied so the same user does not see the same songs twice in a row.
 */
package dev.moodbot.core.music;
