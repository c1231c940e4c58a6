package dev.moodbot.discord;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.RejectReason;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.VoiceFetch;
import dev.moodbot.core.audio.VoiceNote;
import dev.moodbot.core.history.HistoryAction;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.reply.ReplyText;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;

/** Turns what a Discord user gave into a core request, downloading a voice note first, and asks core. */
final class MoodAsker {
    private final MoodBot bot;
    private final AttachmentDownloader downloader;

    MoodAsker(MoodBot bot, AttachmentDownloader downloader) {
        this.bot = bot;
        this.downloader = downloader;
    }

    /** A message with nothing to read in it is answered with the help text, without asking core. */
    CompletableFuture<MoodReply> ask(User user, DiscordInput input, boolean inChannel) {
        return switch (input) {
            case DiscordInput.Text text -> text(user, text.text());
            case DiscordInput.Voice voice -> voice(user, voice.attachment(), voice.caption(), inChannel);
            case DiscordInput.Nothing nothing -> CompletableFuture.completedFuture(new MoodReply.Rejected(
                    RejectReason.EMPTY_TEXT, ReplyText.in(Language.EN).help(), Language.EN));
        };
    }

    /** The {@code text} option may also say {@code history on} or {@code forget}, as Slack's /mood does. */
    CompletableFuture<MoodReply> text(User user, String text) {
        return bot.handle(MoodRequest.slash(userRef(user), text));
    }

    /** @param choice a {@code history} option value, the name of a {@link HistoryAction} */
    CompletableFuture<MoodReply> history(User user, String choice) {
        HistoryAction action;
        try {
            action = HistoryAction.valueOf(choice.toUpperCase(java.util.Locale.ROOT));
            if (!MoodCommands.offers(action)) {
                // Only the buttons answer the question; an option value never does.
                throw new IllegalArgumentException(choice);
            }
        } catch (IllegalArgumentException e) {
            // Discord only sends the registered choices; anything else is answered with the help, not a trace.
            return CompletableFuture.completedFuture(new MoodReply.Rejected(RejectReason.EMPTY_TEXT,
                    ReplyText.in(Language.EN).help(), Language.EN));
        }
        return bot.handle(new MoodRequest.History(userRef(user), action));
    }

    /** A pick on an answer's "wrong mood?" menu; core checks the id and the mood. */
    CompletableFuture<MoodReply> correct(User user, String feedbackId, String picked) {
        return bot.handle(new MoodRequest.Correction(userRef(user), feedbackId, picked));
    }

    /**
     * A button under {@code /mood forget}'s question: whoever clicks confirm deletes their own history, cancel keeps
     * it.
     */
    CompletableFuture<MoodReply> answerForget(User user, boolean confirmed) {
        return bot.handle(new MoodRequest.History(userRef(user),
                confirmed ? HistoryAction.FORGET_CONFIRMED : HistoryAction.FORGET_CANCELLED));
    }

    /**
     * Core downloads the attachment only after the rate limiter let the user through, and not at all when its
     * declared size is over the limit.
     *
     * @param inChannel the answer is seen in a server channel, not only by the sender
     */
    CompletableFuture<MoodReply> voice(User user, Message.Attachment attachment, Optional<String> caption,
            boolean inChannel) {
        VoiceFetch fetch = () -> bot.refuseDeclaredSize(attachment.getSize())
                .map(tooLarge -> CompletableFuture.<VoiceFetch.Fetched>completedFuture(
                        new VoiceFetch.Fetched.Refused(tooLarge)))
                .orElseGet(() -> downloader.download(attachment.getUrl())
                        .thenApply(bytes -> new VoiceFetch.Fetched.Note(note(attachment, bytes), caption)));
        return bot.handle(MoodRequest.voice(userRef(user), fetch, inChannel));
    }

    private static VoiceNote note(Message.Attachment attachment, byte[] bytes) {
        double declared = attachment.getDuration();
        return new VoiceNote(bytes, attachment.getFileName(), Optional.ofNullable(attachment.getContentType()),
                declared > 0 ? OptionalDouble.of(declared) : OptionalDouble.empty());
    }

    private static UserRef userRef(User user) {
        return new UserRef("discord", user.getId());
    }
}
