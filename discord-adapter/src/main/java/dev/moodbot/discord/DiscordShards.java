package dev.moodbot.discord;

import dev.moodbot.core.config.ConfigException;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which of the bot's gateway shards this process runs. Discord requires sharding from 2,500 guilds: every guild
 * belongs to shard {@code (guild_id >> 22) % total}, and each shard is one gateway session. Each process runs its
 * own {@code ids}, and all processes together run every id once.
 *
 * @param total how many shards the bot has in all; {@code 1} is one session without sharding (one plain JDA)
 * @param ids the shards this process runs, each in {@code [0, total)}; empty means all of them
 */
public record DiscordShards(int total, List<Integer> ids) {

    public DiscordShards {
        if (total < 1) {
            throw new ConfigException("discord.shards.total", total, "must be >= 1");
        }
        ids = ids == null ? List.of() : List.copyOf(ids);
        for (int id : ids) {
            if (id < 0 || id >= total) {
                throw new ConfigException("discord.shards.ids", ids, "each id must be in 0.." + (total - 1));
            }
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new ConfigException("discord.shards.ids", ids, "an id is listed twice");
        }
    }

    /** One gateway session, as every bot under 2,500 guilds runs. */
    public static DiscordShards single() {
        return new DiscordShards(1, List.of());
    }

    /** Whether this is more than one shard in all, run through JDA's shard manager. */
    public boolean sharded() {
        return total > 1;
    }

    /** The ids this process runs, {@code ids} or else all. */
    public List<Integer> run() {
        return ids.isEmpty() ? IntStream.range(0, total).boxed().toList() : ids;
    }
}
