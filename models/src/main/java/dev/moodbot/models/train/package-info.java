/**
 * Training an emotion head over the embedded sentence encoder: features come from the same
 * {@link dev.moodbot.core.inference.SentenceEncoder} the bot runs, settings are chosen on a dev split.
 */
package dev.moodbot.models.train;
