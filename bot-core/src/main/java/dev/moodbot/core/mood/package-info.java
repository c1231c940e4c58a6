/** The seven moods, distributions over them, and the report a reply is made from. */
package dev.moodbot.core.mood;
