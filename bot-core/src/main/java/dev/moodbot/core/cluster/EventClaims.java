package dev.moodbot.core.cluster;

/**
 * Who answers an event that may arrive more than once, on several connections or in several processes: the first
 * to claim its keys. A claim is remembered for as long as the {@link ClusterState} that made it was asked to.
 */
public interface EventClaims {

    /**
     * Claims all of {@code keys} at once: of two callers claiming overlapping keys at the same time, in one process
     * or in several, at most one gets {@code true}.
     *
     * @return whether none of the keys was claimed before; every key is remembered either way
     */
    boolean claim(String... keys);
}
