package dev.moodbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Slack redelivers an event it thinks was not acknowledged in time (up to three times); each is answered once.
 * Bounded, because the ids of a busy workspace would otherwise pile up; an hour is far past Slack's last retry.
 */
final class RedeliveryFilter {
    private static final int MAX_REMEMBERED = 10_000;
    private static final Duration REMEMBERED_FOR = Duration.ofHours(1);

    private final Cache<String, Boolean> seen =
            Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(REMEMBERED_FOR).build();

    /**
     * @param eventId the Events API {@code event_id}, the same on every delivery
     * @param messageKey the message itself (team, channel, ts), so that one message reaching moodbot as two
     *     events (a mention in a DM) is answered once too
     * @return whether neither was seen before; both are remembered either way
     */
    boolean firstDelivery(String eventId, String messageKey) {
        boolean newEvent = eventId == null || seen.asMap().putIfAbsent("event:" + eventId, Boolean.TRUE) == null;
        boolean newMessage = seen.asMap().putIfAbsent("message:" + messageKey, Boolean.TRUE) == null;
        return newEvent && newMessage;
    }
}
