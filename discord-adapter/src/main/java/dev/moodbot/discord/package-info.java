/**
 * Discord on JDA: turns slash commands, the message menu, mentions and DM voice notes into core requests, and renders
 * replies. {@link dev.moodbot.discord.DiscordMoodBot#start} with a {@link dev.moodbot.discord.DiscordSettings} is all
 * the launcher calls; everything else is package-private.
 */
package dev.moodbot.discord;
