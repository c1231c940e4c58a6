package dev.moodbot.discord;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;

/** What a Discord message offers to read: a voice note, some text, or nothing. */
sealed interface DiscordInput {

    /** A voice message or an audio file, with the message's text as its caption. */
    record Voice(Message.Attachment attachment, Optional<String> caption) implements DiscordInput {}

    /** Text with its Discord markup still in it; core strips mentions, links and code. */
    record Text(String text) implements DiscordInput {}

    record Nothing() implements DiscordInput {}

    /**
     * Reads a message; {@code selfId} is the bot's user id, whose mentions do not count as text of the message's
     * own (a bare "@moodbot" in a reply asks about the message replied to).
     */
    static DiscordInput of(Message message, String selfId) {
        String own = Pattern.compile("<@!?" + Pattern.quote(selfId) + ">").matcher(message.getContentRaw())
                .replaceAll(" ").strip();
        Optional<Message.Attachment> audio = message.getAttachments().stream()
                .filter(a -> message.isVoiceMessage() || isAudio(a)).findFirst();
        if (audio.isPresent()) {
            return new Voice(audio.get(), Optional.of(own).filter(text -> !text.isEmpty()));
        }
        return own.isEmpty() ? new Nothing() : new Text(message.getContentRaw());
    }

    /**
     * A message that mentions the bot: its own text or voice note, or, when it has none and replies to another
     * message, that message's.
     */
    static DiscordInput ofMention(Message message, String selfId) {
        DiscordInput own = of(message, selfId);
        Message referenced = message.getReferencedMessage();
        return own instanceof Nothing && referenced != null ? of(referenced, selfId) : own;
    }

    /** Discord declares a content type for uploads; a voice message is always {@code audio/ogg}. */
    static boolean isAudio(Message.Attachment attachment) {
        String type = attachment.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("audio/");
    }
}
