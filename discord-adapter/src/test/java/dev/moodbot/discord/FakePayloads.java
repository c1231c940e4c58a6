package dev.moodbot.discord;

import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The JSON a Discord server sends, reduced to what a bot client reads: users, a guild with one text channel, DM
 * channels, messages and interactions.
 */
final class FakePayloads {
    static final String TIMESTAMP = "2026-12-01T12:00:00.000000+00:00";
    /** View channel, send messages, embed links, read message history: what moodbot asks for in its invite. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16);

    final String botId;
    final String applicationId;
    final String guildId;
    final String channelId;
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private final AtomicLong counter = new AtomicLong();

    FakePayloads() {
        botId = next();
        applicationId = botId;
        guildId = next();
        channelId = next();
    }

    /** A snowflake made now: JDA reads an interaction's age from its id and refuses to answer a stale one. */
    String next() {
        long now = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toString((now << 22) | (counter.incrementAndGet() & 0x3FFFFF));
    }

    DataObject user(String id, String name, boolean bot) {
        return DataObject.empty().put("id", id).put("username", name).put("global_name", name)
                .put("discriminator", "0").put("avatar", null).put("bot", bot).put("system", false)
                .put("public_flags", 0);
    }

    DataObject botUser() {
        return user(botId, "moodbot", true).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    DataObject member(DataObject user) {
        DataObject member = DataObject.empty().put("roles", DataArray.empty()).put("joined_at", TIMESTAMP)
                .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false);
        return user == null ? member : member.put("user", user);
    }

    DataObject ready(String gatewayUrl) {
        return DataObject.empty().put("v", 10).put("user", botUser())
                .put("guilds", DataArray.empty().add(DataObject.empty().put("id", guildId).put("unavailable", true)))
                .put("session_id", "fake-session-" + next()).put("resume_gateway_url", gatewayUrl)
                .put("private_channels", DataArray.empty()).put("relationships", DataArray.empty())
                .put("presences", DataArray.empty()).put("guild_join_requests", DataArray.empty())
                .put("application", DataObject.empty().put("id", applicationId).put("flags", 0))
                .put("shard", DataArray.empty().add(0).add(1));
    }

    DataObject guild() {
        DataObject everyone = DataObject.empty().put("id", guildId).put("name", "@everyone")
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS)).put("position", 0).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0);
        return DataObject.empty().put("id", guildId).put("name", "Fake Guild").put("owner_id", next())
                .put("icon", null).put("splash", null).put("banner", null).put("description", null)
                .put("preferred_locale", "en-US").put("member_count", 1).put("large", false)
                .put("unavailable", false).put("joined_at", TIMESTAMP).put("features", DataArray.empty())
                .put("roles", DataArray.empty().add(everyone))
                .put("channels", DataArray.empty().add(guildChannel()))
                .put("threads", DataArray.empty()).put("guild_scheduled_events", DataArray.empty())
                .put("emojis", DataArray.empty()).put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty()).put("presences", DataArray.empty())
                .put("stage_instances", DataArray.empty()).put("soundboard_sounds", DataArray.empty())
                .put("members", DataArray.empty().add(member(botUser())))
                .put("premium_tier", 0).put("verification_level", 0).put("mfa_level", 0)
                .put("nsfw_level", 0).put("explicit_content_filter", 0).put("default_message_notifications", 0)
                .put("system_channel_flags", 0).put("afk_timeout", 300);
    }

    DataObject guildChannel() {
        return DataObject.empty().put("id", channelId).put("type", 0).put("guild_id", guildId).put("name", "general")
                .put("position", 0).put("permission_overwrites", DataArray.empty()).put("nsfw", false)
                .put("topic", null).put("last_message_id", null).put("rate_limit_per_user", 0).put("flags", 0);
    }

    DataObject dmChannel(String channelId, DataObject recipient) {
        return DataObject.empty().put("id", channelId).put("type", 1).put("last_message_id", null).put("flags", 0)
                .put("recipients", DataArray.empty().add(recipient));
    }

    /** A message as MESSAGE_CREATE and REST answers carry it; {@code guildId} null for a DM. */
    DataObject message(String id, String channelId, String guildId, DataObject author, String content) {
        DataObject message = DataObject.empty().put("id", id).put("type", 0).put("channel_id", channelId)
                .put("author", author).put("content", content).put("timestamp", TIMESTAMP)
                .put("edited_timestamp", null).put("tts", false).put("mention_everyone", false)
                .put("mentions", DataArray.empty()).put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty()).put("embeds", DataArray.empty())
                .put("components", DataArray.empty()).put("pinned", false).put("flags", 0);
        if (guildId != null) {
            message.put("guild_id", guildId).put("member", member(null));
        }
        return message;
    }

    /** An APPLICATION_COMMAND interaction in the guild's text channel. */
    DataObject interaction(String id, String token, DataObject user, DataObject data) {
        DataObject channel = guildChannel();
        return DataObject.empty().put("id", id).put("application_id", applicationId).put("type", 2)
                .put("token", token).put("version", 1).put("data", data)
                .put("guild_id", guildId).put("guild", DataObject.empty().put("id", guildId)
                        .put("locale", "en-US").put("features", DataArray.empty()))
                .put("channel_id", channelId).put("channel", channel)
                .put("member", member(user).put("permissions", Long.toString(EVERYONE_PERMISSIONS)))
                .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS))
                .put("locale", "en-US").put("guild_locale", "en-US").put("entitlements", DataArray.empty())
                .put("authorizing_integration_owners", DataObject.empty().put("0", guildId))
                .put("context", 0).put("attachment_size_limit", 10485760);
    }
}
