package dev.moodbot.core.cluster;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Claims made by one atomic {@code SET key 1 NX EX seconds}: of all processes on one Redis, only the first gets OK.
 * Every claim is also remembered in this process, which answers alone while Redis is down; a key this process has
 * seen is not asked of Redis again.
 */
final class RedisEventClaims implements EventClaims {
    private static final byte[] CLAIMED = "1".getBytes(StandardCharsets.US_ASCII);

    private final RedisCommands<String, byte[]> redis;
    private final RedisOutage outage;
    private final LocalEventClaims local;
    private final SetArgs setIfAbsent;

    RedisEventClaims(RedisCommands<String, byte[]> redis, RedisOutage outage, LocalEventClaims local,
            Duration rememberFor) {
        this.redis = redis;
        this.outage = outage;
        this.local = local;
        this.setIfAbsent = SetArgs.Builder.nx().ex(rememberFor);
    }

    @Override
    public boolean claim(String key) {
        if (!local.claim(key)) {
            return false;
        }
        return outage.attempt(() -> "OK".equals(redis.set(RedisState.KEY_PREFIX + "claim:" + key, CLAIMED,
                setIfAbsent))).orElse(true);
    }
}
