package dev.moodbot.core.cluster;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Claims made in Redis by one script that runs {@code SET key 1 NX EX seconds} for each key: Redis runs a script
 * alone, so of all processes on one Redis only one finds every key new, and two processes can never each win half.
 * Every claim is also remembered in this process, which answers alone while Redis is down; keys this process has seen
 * are not asked of Redis again.
 */
final class RedisEventClaims implements EventClaims {
    private static final String SET_ALL_IF_ABSENT = """
            local new = 1
            for _, key in ipairs(KEYS) do
              if not redis.call('SET', key, '1', 'NX', 'EX', ARGV[1]) then new = 0 end
            end
            return new""";

    private final RedisCommands<String, byte[]> redis;
    private final RedisOutage outage;
    private final LocalEventClaims local;
    private final byte[] seconds;

    RedisEventClaims(RedisCommands<String, byte[]> redis, RedisOutage outage, LocalEventClaims local,
            Duration rememberFor) {
        this.redis = redis;
        this.outage = outage;
        this.local = local;
        this.seconds = Long.toString(Math.max(1, rememberFor.toSeconds())).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean claim(String... keys) {
        if (!local.claim(keys)) {
            return false;
        }
        String[] prefixed = Arrays.stream(keys).map(key -> RedisState.KEY_PREFIX + "claim:" + key)
                .toArray(String[]::new);
        return outage.attempt(() -> Long.valueOf(1).equals(
                redis.eval(SET_ALL_IF_ABSENT, ScriptOutputType.INTEGER, prefixed, seconds))).orElse(true);
    }
}
