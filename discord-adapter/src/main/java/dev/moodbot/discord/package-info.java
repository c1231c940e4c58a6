/** Discord on JDA: turns slash commands, mentions and DM voice notes into core requests, and renders replies. */
package dev.moodbot.discord;
