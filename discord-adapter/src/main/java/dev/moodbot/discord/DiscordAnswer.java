package dev.moodbot.discord;

import java.util.Objects;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * A rendered reply and who should see it: everyone where the question was asked, or only the asker (an ephemeral
 * follow-up or a DM), as for "slow down" and "busy" notices that are nobody else's business.
 */
record DiscordAnswer(MessageCreateData message, boolean onlyForAsker) {
    DiscordAnswer {
        Objects.requireNonNull(message, "message");
    }

    static DiscordAnswer open(MessageCreateData message) {
        return new DiscordAnswer(message, false);
    }

    static DiscordAnswer privately(String notice) {
        return new DiscordAnswer(DiscordReplies.text(notice), true);
    }
}
