package dev.moodbot.discord;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.RejectReason;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.reply.ReplyText;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorHandler;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a reply where it belongs once core has answered: into a deferred interaction, or as a reply to a
 * message. A failure on the way becomes a friendly notice with a correlation id that the log also carries. Discord's
 * own rate limits (429 with Retry-After) are JDA's to wait out; nothing here retries.
 */
final class AnswerSender {
    private static final Logger log = LoggerFactory.getLogger(AnswerSender.class);

    private final ErrorHandler refused =
            new ErrorHandler(failure -> log.warn("Discord refused a reply: {}", failure.toString()))
                    .handle(ErrorResponse.UNKNOWN_INTERACTION, failure ->
                            log.warn("an interaction expired before it was answered: {}", failure.getMessage()));

    /**
     * @param alreadyPrivate the interaction was deferred ephemerally, so a notice can take its place
     */
    void toHook(InteractionHook hook, boolean alreadyPrivate, CompletableFuture<MoodReply> reply) {
        rendered(reply).thenAccept(answer -> {
            if (answer.onlyForAsker() && !alreadyPrivate) {
                hook.sendMessage(answer.message()).setEphemeral(true)
                        .flatMap(sent -> hook.deleteOriginal())
                        .queue(null, refused);
            } else {
                hook.editOriginal(MessageEditData.fromCreateData(answer.message())).queue(null, refused);
            }
        }).exceptionally(failure -> {
            // Never leave "moodbot is thinking…" standing: a plain notice always fits.
            MessageEditData notice = MessageEditData.fromCreateData(DiscordReplies.render(failed(failure)).message());
            hook.editOriginal(notice).queue(null, refused);
            return null;
        });
    }

    /** After a button's deferred edit: the message it sits on becomes the answer, without its buttons. */
    void replace(InteractionHook hook, CompletableFuture<MoodReply> reply) {
        rendered(reply).thenAccept(answer -> hook.editOriginal(MessageEditBuilder.fromCreateData(answer.message())
                .setComponents(java.util.List.of()).build()).queue(null, refused))
                .exceptionally(AnswerSender::unsent);
    }

    /** In a guild a notice goes to the asker's DMs; if those are closed, it is a reply after all. */
    void toMessage(Message message, CompletableFuture<MoodReply> reply) {
        rendered(reply).thenAccept(answer -> {
            if (answer.onlyForAsker() && message.isFromGuild()) {
                message.getAuthor().openPrivateChannel().flatMap(dm -> dm.sendMessage(answer.message()))
                        .queue(null, new ErrorHandler(refused).handle(ErrorResponse.CANNOT_SEND_TO_USER,
                                closed -> message.reply(answer.message()).queue(null, refused)));
            } else {
                message.reply(answer.message()).mentionRepliedUser(false).queue(null, refused);
            }
        }).exceptionally(AnswerSender::unsent);
    }

    private CompletableFuture<DiscordAnswer> rendered(CompletableFuture<MoodReply> reply) {
        return reply.exceptionally(AnswerSender::failed)
                .thenApply(DiscordReplies::render)
                .exceptionally(failure -> DiscordReplies.render(failed(failure)));
    }

    /** JDA refused to even queue the reply (it checks limits and permissions first); say so in the log. */
    private static Void unsent(Throwable failure) {
        log.error("a Discord reply could not be sent", failure);
        return null;
    }

    private static MoodReply failed(Throwable failure) {
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        log.error("[{}] could not answer a Discord request", correlationId, failure);
        return new MoodReply.Rejected(RejectReason.INTERNAL_ERROR,
                ReplyText.in(Language.EN).internalError(correlationId), Language.EN);
    }
}
