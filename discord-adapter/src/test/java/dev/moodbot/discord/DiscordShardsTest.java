package dev.moodbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.Secret;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real JDA shard managers against the loopback Discord: two processes, each running one shard of two. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordShardsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static MoodBot moodBot;
    private static FakeDiscord discord;

    @BeforeAll
    static void start() throws Exception {
        moodBot = MoodBot.start(CoreConfig.defaults());
        discord = new FakeDiscord();
    }

    @AfterAll
    static void stop() {
        if (discord != null) {
            discord.close();
        }
        if (moodBot != null) {
            moodBot.close();
        }
    }

    @Test
    void start_twoProcessesOneShardOfTwoEach_eachIdentifiesWithItsIdAndTheTotal() throws Exception {
        // One after the other, as the fake answers an IDENTIFY on the newest session.
        try (DiscordMoodBot first = DiscordMoodBot.start(moodBot, settings(new DiscordShards(2, List.of(0))))) {
            awaitConnected(first);
            try (DiscordMoodBot second = DiscordMoodBot.start(moodBot, settings(new DiscordShards(2, List.of(1))))) {
                awaitConnected(second);
                assertTrue(first.connected());
                Set<List<Integer>> shards = discord.gateway().identifies().stream()
                        .map(identify -> identify.getArray("shard"))
                        .map(pair -> List.of(pair.getInt(0), pair.getInt(1)))
                        .collect(Collectors.toSet());
                assertEquals(Set.of(List.of(0, 2), List.of(1, 2)), shards);
                assertEquals(CommandSync.Outcome.REGISTERED, first.commandsSynced().get(WAIT.toSeconds(),
                        TimeUnit.SECONDS), "shard 0 syncs the commands");
                assertFalse(second.commandsSynced().isDone(), "shard 1 leaves them to shard 0");
                assertEquals(1, discord.calls(c -> c.is("PUT", "applications/")).size());
            }
        }
    }

    private static void awaitConnected(DiscordMoodBot bot) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!bot.connected()) {
            assertTrue(System.nanoTime() < deadline, "the shard connects within " + WAIT);
            Thread.sleep(50);
        }
    }

    @Test
    void syncsOn_guildCommands_onlyTheShardOfThatGuild() {
        long guild = 81_384_788_765_712_384L;
        int guildShard = (int) ((guild >>> 22) % 4);
        CommandSync sync = new CommandSync(MoodCommands.definitions(), OptionalLong.of(guild));
        for (int shard = 0; shard < 4; shard++) {
            assertEquals(shard == guildShard, sync.syncsOn(new JDA.ShardInfo(shard, 4)), "shard " + shard);
        }
        assertTrue(sync.syncsOn(JDA.ShardInfo.SINGLE));
    }

    @Test
    void shards_idOutsideTotalOrTwice_refusedNamingTheKey() {
        assertEquals("discord.shards.ids",
                assertThrows(ConfigException.class, () -> new DiscordShards(2, List.of(2))).key());
        assertEquals("discord.shards.ids",
                assertThrows(ConfigException.class, () -> new DiscordShards(4, List.of(1, 1))).key());
        assertEquals("discord.shards.total",
                assertThrows(ConfigException.class, () -> new DiscordShards(0, List.of())).key());
    }

    @Test
    void shards_noIds_runsAllOfThem() {
        assertEquals(List.of(0, 1, 2), new DiscordShards(3, List.of()).run());
        assertFalse(DiscordShards.single().sharded());
    }

    private static DiscordSettings settings(DiscordShards shards) {
        return new DiscordSettings(Secret.of(FakeDiscord.TOKEN), discord.apiUrl(), discord.gatewayUrl(),
                OptionalLong.empty(), shards);
    }
}
