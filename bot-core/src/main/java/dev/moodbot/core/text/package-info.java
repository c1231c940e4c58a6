/**
 * Text before a model sees it: Discord's and Slack's markup parsed out, quotes kept apart, emoji, shortcodes and
 * typed faces in the form each model reads, sentences told apart, length capped, script and language told apart.
 */
package dev.moodbot.core.text;
