/**
 * moodbot's platform-free core: {@link dev.moodbot.core.MoodBot} takes a {@link dev.moodbot.core.MoodRequest} and
 * answers with a {@link dev.moodbot.core.MoodReply}. Adapters depend on this package; it knows no platform.
 */
package dev.moodbot.core;
