package dev.moodbot.discord;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The gateway sessions of this process: one plain JDA, or the shards it was given through JDA's shard manager. */
sealed interface GatewaySessions {
    Logger log = LoggerFactory.getLogger(GatewaySessions.class);

    /** The sessions started so far, one JDA each. */
    List<JDA> sessions();

    /** Whether every session of this process is up. */
    boolean connected();

    /** Asks every session to stop; {@link #close(Duration)} waits for them. */
    void shutdown();

    /** Stops taking events, lets queued requests finish for up to {@code grace} per session, then cuts. */
    default void close(Duration grace) {
        List<JDA> started = sessions();
        shutdown();
        try {
            for (JDA jda : started) {
                if (!jda.awaitShutdown(grace)) {
                    log.warn("Discord did not shut down within {}; forcing it", grace);
                    jda.shutdownNow();
                    jda.awaitShutdown(grace);
                }
            }
        } catch (InterruptedException e) {
            started.forEach(JDA::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }

    record Single(JDA jda) implements GatewaySessions {
        @Override
        public List<JDA> sessions() {
            return List.of(jda);
        }

        @Override
        public boolean connected() {
            return jda.getStatus() == JDA.Status.CONNECTED;
        }

        @Override
        public void shutdown() {
            jda.shutdown();
        }
    }

    record Sharded(ShardManager shards, int running) implements GatewaySessions {
        @Override
        public List<JDA> sessions() {
            return shards.getShards();
        }

        @Override
        public boolean connected() {
            List<JDA> started = shards.getShards();
            return started.size() == running && started.stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
        }

        @Override
        public void shutdown() {
            shards.shutdown();
        }
    }
}
