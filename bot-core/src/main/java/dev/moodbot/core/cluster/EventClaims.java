package dev.moodbot.core.cluster;

/**
 * Who answers an event that may arrive more than once, on several connections or in several processes: the first
 * to claim its key. A claim is remembered for as long as the {@link ClusterState} that made it was asked to.
 */
public interface EventClaims {

    /** @return whether this is the first claim of {@code key}; the key is remembered either way */
    boolean claim(String key);
}
