package dev.moodbot.core;

import java.time.Duration;

/**
 * Told of every reply {@link MoodBot} gives, so that metrics can count requests by platform and outcome without a
 * line of it in the adapters (the platform is the request's {@link UserRef#platform()}). Called on the thread that
 * completes the reply; it must be quick and must not throw.
 */
@FunctionalInterface
public interface MoodObserver {
    MoodObserver NONE = (request, reply, elapsed) -> {};

    void replied(MoodRequest request, MoodReply reply, Duration elapsed);
}
