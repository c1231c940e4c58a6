/** Immutable configuration records, validated when built; each names its key in errors. */
package dev.moodbot.core.config;
