package dev.moodbot.discord;

import dev.moodbot.core.history.FeedbackTag;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * moodbot on Discord: {@code /mood}, "Mood of this message", mentions in channels and direct messages. Each
 * interaction is deferred first, because Discord drops one not acknowledged within 3 seconds; then the event is
 * handed to core and the reply rendered into it.
 */
final class DiscordMoodListener extends ListenerAdapter {
    private final MoodAsker asker;
    private final AnswerSender sender;

    DiscordMoodListener(MoodAsker asker, AnswerSender sender) {
        this.asker = asker;
        this.sender = sender;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(MoodCommands.MOOD)) {
            return;
        }
        String history = event.getOption(MoodCommands.HISTORY, null, OptionMapping::getAsString);
        boolean onlyMe = history != null || event.getOption(MoodCommands.PRIVATE, false, OptionMapping::getAsBoolean);
        event.deferReply(onlyMe).queue();
        if (history != null) {
            sender.toHook(event.getHook(), true, asker.history(event.getUser(), history));
            return;
        }
        String text = event.getOption(MoodCommands.TEXT, "", OptionMapping::getAsString);
        Message.Attachment voice = event.getOption(MoodCommands.VOICE, null, OptionMapping::getAsAttachment);
        sender.toHook(event.getHook(), onlyMe, voice == null
                ? asker.text(event.getUser(), text)
                : asker.voice(event.getUser(), voice, Optional.of(text).filter(t -> !t.isBlank()),
                        event.isFromGuild() && !onlyMe));
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        if (!event.getName().equals(MoodCommands.MESSAGE_MOOD)) {
            return;
        }
        event.deferReply().queue();
        DiscordInput input = DiscordInput.of(event.getTarget(), event.getJDA().getSelfUser().getId());
        sender.toHook(event.getHook(), false, asker.ask(event.getUser(), input, event.isFromGuild()));
    }

    /** A "wrong mood?" pick: acknowledged at once, answered only to the picker. */
    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        if (!event.getComponentId().startsWith(FeedbackTag.PREFIX) || event.getValues().isEmpty()) {
            return;
        }
        event.deferReply(true).queue();
        sender.toHook(event.getHook(), true,
                asker.correct(event.getUser(), event.getComponentId(), event.getValues().getFirst()));
    }

    /** The buttons under {@code /mood forget}'s question: the question is replaced by what was done. */
    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (!id.equals(DiscordReplies.FORGET_CONFIRM) && !id.equals(DiscordReplies.FORGET_CANCEL)) {
            return;
        }
        event.deferEdit().queue();
        sender.replace(event.getHook(), asker.answerForget(event.getUser(), id.equals(DiscordReplies.FORGET_CONFIRM)));
    }

    /** Bots are ignored, moodbot's own replies among them; in guilds only messages that mention moodbot count. */
    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        boolean direct = event.isFromType(ChannelType.PRIVATE);
        boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
        if (event.getAuthor().isBot() || !(direct || mentioned)) {
            return;
        }
        String self = event.getJDA().getSelfUser().getId();
        DiscordInput input = direct ? DiscordInput.of(message, self) : DiscordInput.ofMention(message, self);
        sender.toMessage(message, asker.ask(event.getAuthor(), input, !direct));
    }
}
