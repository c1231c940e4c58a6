package dev.moodbot.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a rendered reply where it belongs: a command's response_url, a thread, a DM, or only to the asker. */
final class SlackPoster {
    private static final Logger log = LoggerFactory.getLogger(SlackPoster.class);

    private final Slack slack;
    private final MethodsClient methods;
    private final WebApiRetry retry;

    SlackPoster(Slack slack, MethodsClient methods, WebApiRetry retry) {
        this.slack = slack;
        this.methods = methods;
        this.retry = retry;
    }

    /** Never throws: a reply that cannot be delivered is logged, since there is nowhere left to tell the user. */
    void post(ReplyTarget target, SlackMessage message) {
        try {
            switch (target) {
                case ReplyTarget.CommandResponse command -> respond(command, message);
                case ReplyTarget.Conversation conversation when message.notice() ->
                        ephemeral(conversation.channel(), conversation.user(), conversation.threadTs(), message);
                case ReplyTarget.Private only -> ephemeral(only.channel(), only.user(), null, message);
                case ReplyTarget.Conversation conversation -> check("chat.postMessage",
                        retry.call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                                .channel(conversation.channel()).threadTs(conversation.threadTs())
                                .text(message.text()).blocks(message.blocks()))));
            }
        } catch (IOException | SlackApiException e) {
            log.warn("could not deliver a reply to {}: {}", describe(target), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("interrupted while delivering a reply to {}", describe(target));
        }
    }

    /** Uploads a file into the user's DM with moodbot (files.uploadV2); never throws, as {@link #post} does. */
    void uploadToDm(String user, String fileName, byte[] bytes, String comment) {
        try {
            var opened = retry.call("conversations.open", () -> methods.conversationsOpen(r -> r.users(List.of(user))));
            check("conversations.open", opened);
            if (!opened.isOk()) {
                return;
            }
            String channel = opened.getChannel().getId();
            check("files.uploadV2", retry.call("files.uploadV2", () -> methods.filesUploadV2(r -> r.channel(channel)
                    .fileData(bytes).filename(fileName).title(fileName).initialComment(comment)
                    .requestFileInfo(false))));
        } catch (IOException | SlackApiException e) {
            log.warn("could not upload {} to {}'s DM: {}", fileName, user, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("interrupted while uploading {}", fileName);
        }
    }

    /** Seen by {@code user} alone, in {@code channel} (in the thread {@code threadTs}, when not null). */
    private void ephemeral(String channel, String user, String threadTs, SlackMessage message)
            throws IOException, SlackApiException, InterruptedException {
        check("chat.postEphemeral", retry.call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r
                .channel(channel).user(user).threadTs(threadTs).text(message.text()).blocks(message.blocksOrNull()))));
    }

    private void respond(ReplyTarget.CommandResponse command, SlackMessage message)
            throws IOException, SlackApiException, InterruptedException {
        boolean inChannel = command.inChannel() && !message.notice();
        String type = inChannel ? "in_channel" : "ephemeral";
        // response_url carries its own authority; the bot token is never sent with it.
        Responder responder = new Responder(slack, command.responseUrl());
        WebhookResponse response = retry.call("response_url", () -> {
            WebhookResponse sent = command.replacing()
                    ? responder.send(ActionResponse.builder().responseType(type).text(message.text())
                            .blocks(message.blocksOrNull()).replaceOriginal(true).build())
                    : responder.send(SlashCommandResponse.builder().responseType(type).text(message.text())
                            .blocks(message.blocksOrNull()).build());
            if (sent.getCode() != null && sent.getCode() == 429) {
                throw new WebApiRetry.RateLimitedBySlack(header(sent, "Retry-After"));
            }
            return sent;
        });
        if (response.getCode() == null || response.getCode() / 100 != 2) {
            log.warn("response_url answered HTTP {}: {}", response.getCode(), response.getBody());
        }
    }

    private static void check(String method, SlackApiTextResponse response) {
        if (!response.isOk()) {
            log.warn("{} failed: {}", method, response.getError());
        }
    }

    private static Optional<String> header(WebhookResponse response, String name) {
        if (response.getHeaders() == null) {
            return Optional.empty();
        }
        return response.getHeaders().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue()).filter(values -> values != null && !values.isEmpty())
                .map(List::getFirst).findFirst();
    }

    private static String describe(ReplyTarget target) {
        return switch (target) {
            case ReplyTarget.CommandResponse command -> "a /mood response_url";
            case ReplyTarget.Conversation conversation -> "channel " + conversation.channel();
            case ReplyTarget.Private only -> "channel " + only.channel();
        };
    }
}
