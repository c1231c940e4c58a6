package dev.moodbot.discord;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.utils.MiscUtil;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers moodbot's commands when the session is ready, but only when they differ from those Discord already
 * has: registration is rate-limited hard, and a bot restarts far more often than its commands change.
 */
final class CommandSync extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(CommandSync.class);

    private final List<CommandData> wanted;
    private final OptionalLong guildId;
    private final CompletableFuture<Outcome> firstSync = new CompletableFuture<>();

    /** What the first sync of this session did. */
    enum Outcome {
        UNCHANGED,
        REGISTERED,
        FAILED
    }

    CommandSync(List<CommandData> wanted, OptionalLong guildId) {
        this.wanted = List.copyOf(wanted);
        this.guildId = guildId;
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        if (!syncsOn(jda.getShardInfo())) {
            return;
        }
        if (guildId.isEmpty()) {
            sync("globally", jda.retrieveCommands(true), jda.updateCommands());
            return;
        }
        Guild guild = jda.getGuildById(guildId.getAsLong());
        if (guild == null) {
            log.error("discord.commandGuildId {} is not a guild this bot is in; commands not registered",
                    guildId.getAsLong());
            firstSync.complete(Outcome.FAILED);
            return;
        }
        sync("in guild " + guild.getId(), guild.retrieveCommands(true), guild.updateCommands());
    }

    /**
     * Commands belong to the application, not to a shard: only one shard syncs them, the one whose guild it is, or
     * shard 0 for global commands. Without sharding that is the one session.
     */
    boolean syncsOn(JDA.ShardInfo shard) {
        long guildShard = guildId.isPresent() ? MiscUtil.getShardForGuild(guildId.getAsLong(), shard.getShardTotal()) : 0;
        return shard.getShardId() == guildShard;
    }

    private void sync(String scope, RestAction<List<Command>> retrieve, CommandListUpdateAction update) {
        retrieve.queue(registered -> {
            if (asData(registered).equals(wantedData())) {
                log.info("Discord commands already registered {}; not registering again", scope);
                firstSync.complete(Outcome.UNCHANGED);
                return;
            }
            update.addCommands(wanted).queue(done -> {
                log.info("registered {} Discord commands {}", done.size(), scope);
                firstSync.complete(Outcome.REGISTERED);
            }, failure -> failed("registering", scope, failure));
        }, failure -> failed("listing", scope, failure));
    }

    /** Completes once the first ready session has checked (and, when needed, registered) the commands. */
    CompletableFuture<Outcome> firstSync() {
        return firstSync;
    }

    private void failed(String what, String scope, Throwable failure) {
        log.error("{} Discord commands {} failed: {}", what, scope, failure.toString());
        firstSync.complete(Outcome.FAILED);
    }

    private Set<DataObject> wantedData() {
        return wanted.stream().map(CommandData::toData).collect(Collectors.toSet());
    }

    private static Set<DataObject> asData(List<Command> registered) {
        return registered.stream().map(c -> CommandData.fromCommand(c).toData()).collect(Collectors.toSet());
    }
}
