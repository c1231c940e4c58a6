package dev.moodbot.slack;

import dev.moodbot.core.cluster.ClusterState;
import dev.moodbot.core.cluster.EventClaims;
import java.time.Duration;

/**
 * Slack redelivers an event it thinks was not acknowledged in time (up to three times), to any of the app's Socket
 * Mode connections, which may belong to other moodbot processes; each is answered once. The claims live where the
 * {@link ClusterState} keeps them: in this process, or in Redis for all processes. An hour is far past Slack's last
 * retry.
 */
final class RedeliveryFilter {
    static final Duration REMEMBERED_FOR = Duration.ofHours(1);

    private final EventClaims claims;

    RedeliveryFilter(ClusterState cluster) {
        this.claims = cluster.eventClaims(REMEMBERED_FOR);
    }

    /**
     * @param eventId the Events API {@code event_id}, the same on every delivery
     * @param messageKey the message itself (team, channel, ts), so that one message reaching moodbot as two
     *     events (a mention in a DM) is answered once too
     * @return whether neither was seen before; both are remembered either way. Both are claimed at once, so that
     *     two processes given the same event at the same moment cannot each win one half and both stay silent.
     */
    boolean firstDelivery(String eventId, String messageKey) {
        String message = "slack:message:" + messageKey;
        return eventId == null ? claims.claim(message) : claims.claim("slack:event:" + eventId, message);
    }
}
