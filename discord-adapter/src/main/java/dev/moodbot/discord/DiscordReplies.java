package dev.moodbot.discord;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.history.FeedbackTag;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.music.Track;
import dev.moodbot.core.reply.ReplyText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Lays a reply out as Discord shows it: an embed coloured by mood, the tracks as link buttons and, for clients
 * without components, as links in the embed too. The words come from {@link ReplyText}.
 */
final class DiscordReplies {
    private static final int TOP_MOODS = 4;
    private static final int HEARD_COLOUR = 0x99AAB5;
    private static final int TRANSCRIPT_CHARS = 300;

    /** The buttons under {@code /mood forget}'s question; only the first deletes. */
    static final String FORGET_CONFIRM = "moodbot-forget:yes";
    static final String FORGET_CANCEL = "moodbot-forget:no";

    private DiscordReplies() {}

    static DiscordAnswer render(MoodReply reply) {
        ReplyText words = ReplyText.of(reply);
        return switch (reply) {
            case MoodReply.Answered answered -> DiscordAnswer.open(report(answered, words));
            case MoodReply.Heard heard -> DiscordAnswer.open(heard(heard, words));
            case MoodReply.RateLimited limited -> DiscordAnswer.privately(words.rateLimited(limited.retryAfter()));
            case MoodReply.Busy busy -> DiscordAnswer.privately(words.busy(busy.retryAfter()));
            case MoodReply.Rejected rejected -> DiscordAnswer.open(text(rejected.message()));
            case MoodReply.Noted noted -> DiscordAnswer.privately(noted.message());
            case MoodReply.ConfirmForget asked -> new DiscordAnswer(new MessageCreateBuilder()
                    .setContent(asked.question())
                    .setComponents(ActionRow.of(Button.danger(FORGET_CONFIRM, asked.confirmLabel()),
                            Button.secondary(FORGET_CANCEL, asked.cancelLabel())))
                    .build(), true);
            case MoodReply.Chart chart -> new DiscordAnswer(new MessageCreateBuilder().setContent(chart.caption())
                    .addFiles(net.dv8tion.jda.api.utils.FileUpload.fromData(chart.png(), "mood-history.png"))
                    .build(), true);
        };
    }

    static MessageCreateData text(String text) {
        return new MessageCreateBuilder().setContent(text).build();
    }

    /** The track links, then the "wrong mood?" menu when a pick can be stored. */
    private static MessageCreateData report(MoodReply.Answered answered, ReplyText words) {
        MessageCreateData tracked = withTracks(embed(answered.report(), words), answered.report().tracks());
        return answered.feedback().map(tag -> MessageCreateBuilder.from(tracked)
                .addComponents(ActionRow.of(wrongMoodMenu(tag, words))).build()).orElse(tracked);
    }

    /** The seven moods; the menu's id is the tag, which carries neither the text nor the user. */
    private static StringSelectMenu wrongMoodMenu(FeedbackTag tag, ReplyText words) {
        return StringSelectMenu.create(tag.id()).setPlaceholder(clip(words.feedbackPlaceholder(), 150))
                .addOptions(java.util.Arrays.stream(Mood.values()).map(mood -> SelectOption.of(words.moodName(mood),
                        mood.key()).withEmoji(Emoji.fromUnicode(mood.emoji()))).toList())
                .build();
    }

    /** The measured reading and why there is no mood; never a voice emotion. */
    private static MessageCreateData heard(MoodReply.Heard heard, ReplyText words) {
        String reading = clip(heard.why() + "\n" + words.voiceLine(heard.reading()) + "\n\n" + heard.operatorHint(),
                MessageEmbed.DESCRIPTION_MAX_LENGTH);
        return withTracks(new EmbedBuilder().setColor(HEARD_COLOUR).setDescription(reading), List.of());
    }

    private static MessageCreateData withTracks(EmbedBuilder embed, List<Track> tracks) {
        MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embed.build());
        List<Button> links = tracks.stream()
                .map(track -> Button.link(track.url(), clip(track.artist() + " – " + track.title(),
                        Button.LABEL_MAX_LENGTH)))
                .toList();
        if (!links.isEmpty()) {
            message.setComponents(ActionRow.partitionOf(links));
        }
        return message.build();
    }

    private static EmbedBuilder embed(MoodReport report, ReplyText words) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(colour(report.mood()))
                .setTitle(clip(words.headline(report), MessageEmbed.TITLE_MAX_LENGTH))
                .addField(words.moodLabel(), report.mood().emoji() + " " + words.moodName(report.mood()), true)
                .addField(words.confidenceLabel(), ReplyText.percent(report.confidence()), true)
                .addField(words.scoreLabel(), words.scoreBar(report), true)
                .addField(words.topMoodsLabel(), report.scores().ranked().stream().limit(TOP_MOODS)
                        .map(mood -> words.moodName(mood) + " " + ReplyText.percent(report.scores().get(mood)))
                        .collect(Collectors.joining(" · ")), false);
        StringBuilder notes = new StringBuilder();
        report.transcript().ifPresent(heard -> notes.append(words.quotedTranscript(heard, TRANSCRIPT_CHARS))
                .append('\n'));
        report.voice().ifPresent(voice -> notes.append(words.voiceLine(voice)).append('\n'));
        if (report.truncated()) {
            notes.append(words.truncatedNote()).append('\n');
        }
        report.notes().forEach(note -> notes.append(note).append('\n'));
        if (!notes.isEmpty()) {
            embed.setDescription(clip(notes.toString().strip(), MessageEmbed.DESCRIPTION_MAX_LENGTH));
        }
        if (!report.tracks().isEmpty()) {
            embed.addField(words.tracksLabel(), clip(report.tracks().stream().map(DiscordReplies::link)
                    .collect(Collectors.joining("\n")), MessageEmbed.VALUE_MAX_LENGTH), false);
        }
        return embed.setFooter(String.format(Locale.ROOT, "%s: %s · %s · %d ms", words.modelLabel(),
                report.model(), report.language().code(), report.latency().toMillis()));
    }

    private static String link(Track track) {
        return "• [" + track.artist() + " – " + track.title() + "](" + track.url() + ")";
    }

    /** Discord colours by mood: warm for joy, cool for sadness, red for anger. */
    private static int colour(Mood mood) {
        return switch (mood) {
            case JOY -> 0xF1C40F;
            case SURPRISE -> 0xE67E22;
            case NEUTRAL -> 0x95A5A6;
            case FEAR -> 0x8E44AD;
            case SADNESS -> 0x3498DB;
            case DISGUST -> 0x27AE60;
            case ANGER -> 0xE74C3C;
        };
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
