package dev.moodbot.slack;

import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;

/** Slack ids and text as core reads them. */
final class SlackRequests {
    private SlackRequests() {}

    /** User ids are unique within a workspace only, so the workspace is part of who asked. */
    static UserRef user(String team, String user) {
        return new UserRef("slack", (team == null ? "" : team) + ":" + user);
    }

    /**
     * Slack escapes {@code &}, {@code <} and {@code >} in message text and keeps its own markup ({@code <@U1>})
     * unescaped; core strips that markup, so only the escapes are undone here.
     */
    static MoodRequest text(String team, String user, String text) {
        return MoodRequest.text(user(team, user), unescape(text));
    }

    /** A {@code /mood} argument: text to read, or a history command (core decides which). */
    static MoodRequest command(String team, String user, String text) {
        return MoodRequest.slash(user(team, user), unescape(text));
    }

    static String unescape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The same message, whichever event brought it. */
    static String messageKey(String team, String channel, String ts) {
        return team + ":" + channel + ":" + ts;
    }
}
