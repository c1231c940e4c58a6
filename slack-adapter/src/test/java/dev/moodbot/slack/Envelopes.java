package dev.moodbot.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.UUID;

/** Socket Mode envelopes as Slack sends them, for the fake to push to moodbot. */
final class Envelopes {
    private Envelopes() {}

    static JsonObject slashCommand(String user, String text, String responseUrl) {
        JsonObject payload = new JsonObject();
        payload.addProperty("token", "legacy-verification-token");
        payload.addProperty("team_id", FakeWebApi.TEAM);
        payload.addProperty("team_domain", "fake");
        payload.addProperty("channel_id", "C0GENERAL");
        payload.addProperty("channel_name", "general");
        payload.addProperty("user_id", user);
        payload.addProperty("user_name", user.toLowerCase());
        payload.addProperty("command", "/mood");
        payload.addProperty("text", text);
        payload.addProperty("api_app_id", "A0FAKE");
        payload.addProperty("response_url", responseUrl);
        payload.addProperty("trigger_id", "1.2.3");
        JsonObject envelope = envelope("slash_commands", payload);
        envelope.addProperty("accepts_response_payload", true);
        return envelope;
    }

    static JsonObject mention(String eventId, String user, String channel, String ts, String text) {
        return event(eventId, message("app_mention", user, channel, ts, text), 0);
    }

    static JsonObject directMessage(String eventId, String user, String channel, String ts, String text) {
        JsonObject event = message("message", user, channel, ts, text);
        event.addProperty("channel_type", "im");
        return event(eventId, event, 0);
    }

    /** A clip shared in a DM: a {@code message} with subtype {@code file_share}. */
    static JsonObject fileShare(String eventId, String user, String channel, String ts, JsonObject file) {
        JsonObject event = directMessage(eventId, user, channel, ts, "").getAsJsonObject("payload")
                .getAsJsonObject("event");
        event.addProperty("subtype", "file_share");
        event.addProperty("upload", false);
        JsonArray files = new JsonArray();
        files.add(file);
        event.add("files", files);
        return event(eventId, event, 0);
    }

    /** A Slack audio clip as the mobile apps record it, with a finished transcription when one is given. */
    static JsonObject audioClip(String id, String url, long size, String transcript) {
        JsonObject file = new JsonObject();
        file.addProperty("id", id);
        file.addProperty("name", "audio_message.m4a");
        file.addProperty("title", "audio_message.m4a");
        file.addProperty("mimetype", "audio/mp4");
        file.addProperty("filetype", "m4a");
        file.addProperty("subtype", "slack_audio");
        file.addProperty("media_display_type", "audio");
        file.addProperty("size", size);
        file.addProperty("duration_ms", 2800);
        file.addProperty("url_private", url);
        file.addProperty("url_private_download", url);
        if (transcript != null) {
            JsonObject preview = new JsonObject();
            preview.addProperty("content", transcript);
            preview.addProperty("has_more", false);
            JsonObject transcription = new JsonObject();
            transcription.addProperty("status", "complete");
            transcription.addProperty("locale", "en-US");
            transcription.add("preview", preview);
            file.add("transcription", transcription);
        }
        return file;
    }

    /** An edit of an earlier DM: moodbot has no handler for it, and must still acknowledge it. */
    static JsonObject messageChanged(String eventId, String channel, String ts) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("subtype", "message_changed");
        event.addProperty("channel", channel);
        event.addProperty("channel_type", "im");
        event.addProperty("ts", ts);
        event.addProperty("event_ts", ts);
        JsonObject message = message("message", "U0EDIT", channel, ts, "edited");
        event.add("message", message);
        return event(eventId, event, 0);
    }

    /** A click on one of the track buttons of a reply. */
    static JsonObject trackClick(String user) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        JsonObject who = new JsonObject();
        who.addProperty("id", user);
        who.addProperty("team_id", FakeWebApi.TEAM);
        payload.add("user", who);
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeWebApi.TEAM);
        payload.add("team", team);
        payload.addProperty("api_app_id", "A0FAKE");
        payload.addProperty("trigger_id", "1.2.3");
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", "moodbot-track-0");
        action.addProperty("block_id", "b0");
        action.addProperty("url", "https://www.youtube.com/results?search_query=x");
        action.addProperty("action_ts", "1700000000.1");
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        JsonObject envelope = envelope("interactive", payload);
        envelope.addProperty("accepts_response_payload", false);
        return envelope;
    }

    /** A pick on a reply's static select: {@code blockId} is the block the menu sits in. */
    static JsonObject menuPick(String user, String actionId, String blockId, String value, String responseUrl) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "static_select");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        JsonObject selected = new JsonObject();
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        selected.add("text", text);
        selected.addProperty("value", value);
        action.add("selected_option", selected);
        action.addProperty("action_ts", "1700000000.2");
        return blockAction(user, action, responseUrl);
    }

    /** A click on a plain button of a reply. */
    static JsonObject buttonClick(String user, String actionId, String responseUrl) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "b1");
        action.addProperty("action_ts", "1700000000.3");
        return blockAction(user, action, responseUrl);
    }

    private static JsonObject blockAction(String user, JsonObject action, String responseUrl) {
        JsonObject envelope = trackClick(user);
        JsonObject payload = envelope.getAsJsonObject("payload");
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        payload.addProperty("response_url", responseUrl);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", "C0GENERAL");
        payload.add("channel", channel);
        return envelope;
    }

    /** The same event again, in a new envelope, as Slack redelivers it. */
    static JsonObject redelivery(JsonObject envelope, int attempt) {
        JsonObject again = envelope.deepCopy();
        again.addProperty("envelope_id", UUID.randomUUID().toString());
        again.addProperty("retry_attempt", attempt);
        again.addProperty("retry_reason", "timeout");
        return again;
    }

    private static JsonObject message(String type, String user, String channel, String ts, String text) {
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        event.addProperty("user", user);
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        event.addProperty("team", FakeWebApi.TEAM);
        event.addProperty("channel", channel);
        event.addProperty("event_ts", ts);
        return event;
    }

    private static JsonObject event(String eventId, JsonObject event, int retryAttempt) {
        JsonObject payload = new JsonObject();
        payload.addProperty("token", "legacy-verification-token");
        payload.addProperty("team_id", FakeWebApi.TEAM);
        payload.addProperty("api_app_id", "A0FAKE");
        payload.add("event", event);
        payload.addProperty("type", "event_callback");
        payload.addProperty("event_id", eventId);
        payload.addProperty("event_time", 1_700_000_000);
        JsonObject authorization = new JsonObject();
        authorization.addProperty("team_id", FakeWebApi.TEAM);
        authorization.addProperty("user_id", FakeWebApi.BOT_USER);
        authorization.addProperty("is_bot", true);
        JsonArray authorizations = new JsonArray();
        authorizations.add(authorization);
        payload.add("authorizations", authorizations);
        JsonObject envelope = envelope("events_api", payload);
        envelope.addProperty("accepts_response_payload", false);
        envelope.addProperty("retry_attempt", retryAttempt);
        envelope.addProperty("retry_reason", "");
        return envelope;
    }

    private static JsonObject envelope(String type, JsonObject payload) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", UUID.randomUUID().toString());
        envelope.addProperty("type", type);
        envelope.add("payload", payload);
        return envelope;
    }
}
