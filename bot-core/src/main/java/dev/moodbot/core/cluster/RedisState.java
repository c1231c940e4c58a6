package dev.moodbot.core.cluster;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.config.ClusterConfig;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.ratelimit.LocalRateLimiter;
import dev.moodbot.core.ratelimit.RateLimiter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State in one Redis, over one Lettuce connection shared by the limiter and the claims. Every command gives up after
 * {@link #COMMAND_TIMEOUT}, and while the connection is down commands are refused at once instead of queued, so a
 * message never waits on Redis for long (Lettuce's default would wait 60 s). Lettuce reconnects by itself.
 */
final class RedisState implements ClusterState {
    private static final Logger log = LoggerFactory.getLogger(RedisState.class);
    /** Every key moodbot writes starts with this, so one Redis can serve other applications too. */
    static final String KEY_PREFIX = "moodbot:";
    /** A local Redis answers in well under a millisecond; this only bounds a stuck one. */
    static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** While Redis is down, how often a message tries it again rather than going straight to local state. */
    static final Duration RETRY_EVERY = Duration.ofSeconds(1);

    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final RedisOutage outage;
    private final Ticker ticker;

    private RedisState(String where, ClientResources resources, RedisClient client,
            StatefulRedisConnection<String, byte[]> connection, Ticker ticker) {
        this.resources = resources;
        this.client = client;
        this.connection = connection;
        this.ticker = ticker;
        this.outage = new RedisOutage(where, RETRY_EVERY, ticker);
    }

    static RedisState connect(ClusterConfig config, Ticker ticker) {
        String where = config.redisWithoutSecrets();
        // Two small pools: the bot sends a handful of short commands per message.
        ClientResources resources = DefaultClientResources.builder().ioThreadPoolSize(1).computationThreadPoolSize(1)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2,
                        TimeUnit.MILLISECONDS))
                .build();
        RedisClient client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .build());
        try {
            RedisURI uri = RedisURI.create(config.redisUrl().orElseThrow());
            uri.setTimeout(COMMAND_TIMEOUT);
            StatefulRedisConnection<String, byte[]> connection =
                    client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), uri);
            log.info("rate limits and Slack event de-duplication are shared through Redis at {}", where);
            return new RedisState(where, resources, client, connection, ticker);
        } catch (RuntimeException e) {
            client.shutdown();
            resources.shutdown();
            // Lettuce's messages name the host and port, never the password.
            throw new ConfigException("cluster.redis", where, "cannot connect to Redis: " + rootMessage(e));
        }
    }

    @Override
    public RateLimiter rateLimiter(RateLimitConfig config, Ticker limiterTicker) {
        BucketConfiguration shape = BucketConfiguration.builder().addLimit(RateLimiter.bandwidth(config)).build();
        // Buckets of processes on several machines must share one clock: Bucket4j's default, the wall clock. A key
        // disappears once its bucket is full again, since a missing bucket starts full anyway.
        var buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(1)))
                .requestTimeout(COMMAND_TIMEOUT)
                .build();
        return new RedisRateLimiter(buckets, shape, outage, new LocalRateLimiter(config, limiterTicker));
    }

    @Override
    public EventClaims eventClaims(Duration rememberFor) {
        return new RedisEventClaims(connection.sync(), outage, new LocalEventClaims(rememberFor, ticker),
                rememberFor);
    }

    @Override
    public boolean shared() {
        return !outage.isDown();
    }

    @Override
    public boolean degraded() {
        return outage.isDown();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
