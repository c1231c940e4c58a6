package dev.moodbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;

/**
 * {@code /mood [public|private] <text>}, or {@code /mood history [on|off]} and {@code /mood forget}: acknowledged at once, answered later through its response_url. */
final class MoodCommandHandler implements SlashCommandHandler {
    private final MoodDelivery delivery;
    private final boolean publicByDefault;

    MoodCommandHandler(MoodDelivery delivery, boolean publicByDefault) {
        this.delivery = delivery;
        this.publicByDefault = publicByDefault;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        delivery.guard("a slash command", () -> answer(request.getPayload()));
        return ctx.ack();
    }

    private void answer(SlashCommandPayload payload) {
        String text = payload.getText() == null ? "" : payload.getText().strip();
        String first = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        boolean inChannel = first.equals("public") || (publicByDefault && !first.equals("private"));
        if (first.equals("public") || first.equals("private")) {
            text = text.substring(first.length()).strip();
        }
        delivery.answer(SlackRequests.command(payload.getTeamId(), payload.getUserId(), text),
                target(payload, inChannel));
    }

    /** Slack always sends a response_url; should one be missing, the Web API still reaches the channel. */
    private static ReplyTarget target(SlashCommandPayload payload, boolean inChannel) {
        if (payload.getResponseUrl() != null) {
            return new ReplyTarget.CommandResponse(payload.getResponseUrl(), inChannel, payload.getUserId());
        }
        return inChannel ? new ReplyTarget.Conversation(payload.getChannelId(), null, payload.getUserId())
                : new ReplyTarget.Private(payload.getChannelId(), payload.getUserId());
    }
}
