/** Slack on Bolt Socket Mode: turns /mood, app mentions and DM audio clips into core requests, and renders replies. */
package dev.moodbot.slack;
