package dev.moodbot.slack;

import java.util.Objects;

/** Where the answer to one Slack request goes. */
sealed interface ReplyTarget {

    /** The Slack user who asked: files meant for them alone (the history chart) go to their DM. */
    String user();

    /**
     * A slash command's or a click's {@code response_url}, in the channel or only for the asker.
     *
     * @param replacing the answer takes the place of the message clicked on (a question and its buttons)
     */
    record CommandResponse(String responseUrl, boolean inChannel, String user, boolean replacing)
            implements ReplyTarget {
        public CommandResponse {
            Objects.requireNonNull(responseUrl, "responseUrl");
            Objects.requireNonNull(user, "user");
        }

        CommandResponse(String responseUrl, boolean inChannel, String user) {
            this(responseUrl, inChannel, user, false);
        }
    }

    /**
     * A message in a channel or DM; {@code threadTs} is the thread to answer in, or {@code null} for the channel
     * itself. Notices go to {@code user} alone.
     */
    record Conversation(String channel, String threadTs, String user) implements ReplyTarget {
        public Conversation {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(user, "user");
        }
    }

    /** Only for {@code user}, in {@code channel}: a command that came without a response_url. */
    record Private(String channel, String user) implements ReplyTarget {
        public Private {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(user, "user");
        }
    }
}
