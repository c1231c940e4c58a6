/**
 * State that several moodbot processes share: per-user rate limits and "was this event already answered".
 * {@link dev.moodbot.core.cluster.ClusterState} is chosen once when the bot is wired: in this process (the default),
 * or in Redis ({@code cluster.redis}). The Redis one falls back to in-process state while Redis cannot be reached,
 * says so once in the log, and goes back to Redis by itself when it returns; no call waits on Redis for long.
 */
package dev.moodbot.core.cluster;
