package dev.moodbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.music.Track;
import dev.moodbot.core.reply.ReplyText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Lays a reply out in Block Kit: the mood with its emoji and confidence, the 1–5 score bar, the other likely
 * moods in a context block, and the tracks as link buttons. Wording comes from {@link ReplyText}.
 */
final class SlackReplies {
    /** Track buttons share this prefix; their clicks only open a link. */
    private static final String TRACK_ACTION_PREFIX = "moodbot-track-";
    /** The "wrong mood?" menu's action; its block id is the answer's feedback tag. */
    static final String WRONG_MOOD = "moodbot-wrong-mood";
    /** The buttons under {@code /mood forget}'s question; only the first deletes. */
    static final String FORGET_PREFIX = "moodbot-forget-";
    static final String FORGET_CONFIRM = FORGET_PREFIX + "yes";
    static final String FORGET_CANCEL = FORGET_PREFIX + "no";
    private static final int TOP_MOODS = 4;
    /** Slack's limit for a button's label. */
    private static final int BUTTON_LABEL_MAX = 75;
    private static final int TRANSCRIPT_CHARS = 300;

    private SlackReplies() {}

    static SlackMessage render(MoodReply reply) {
        ReplyText words = ReplyText.of(reply);
        return switch (reply) {
            case MoodReply.Answered answered -> new SlackMessage(fallback(answered.report(), words),
                    report(answered, words), false);
            case MoodReply.Heard heard -> heard(heard, words);
            case MoodReply.RateLimited limited -> SlackMessage.notice(words.rateLimited(limited.retryAfter()));
            case MoodReply.Busy busy -> SlackMessage.notice(words.busy(busy.retryAfter()));
            case MoodReply.Rejected rejected -> SlackMessage.notice(rejected.message());
            case MoodReply.Noted noted -> SlackMessage.notice(noted.message());
            case MoodReply.ConfirmForget asked -> new SlackMessage(asked.question(), List.of(
                    section(s -> s.text(plainText(asked.question()))),
                    actions(List.of(button(b -> b.actionId(FORGET_CONFIRM).style("danger")
                                    .text(plainText(asked.confirmLabel()))),
                            button(b -> b.actionId(FORGET_CANCEL).text(plainText(asked.cancelLabel())))))), true);
            case MoodReply.Chart chart -> SlackMessage.notice(chart.caption() + " I sent the chart to you in a DM.");
        };
    }

    private static List<LayoutBlock> report(MoodReply.Answered answered, ReplyText words) {
        MoodReport report = answered.report();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*" + words.headline(report) + "*\n" + words.scoreBar(report)))));
        blocks.add(context(List.of(markdownText(words.topMoodsLabel() + ": " + words.topMoods(report, TOP_MOODS)))));
        List<ContextBlockElement> notes = new ArrayList<>();
        report.transcript().ifPresent(heard -> notes.add(plainText(words.quotedTranscript(heard, TRANSCRIPT_CHARS))));
        report.voice().ifPresent(voice -> notes.add(plainText(words.voiceLine(voice))));
        if (report.truncated()) {
            notes.add(plainText(words.truncatedNote()));
        }
        report.notes().forEach(note -> notes.add(plainText(note)));
        if (!notes.isEmpty()) {
            blocks.add(context(notes));
        }
        if (!report.tracks().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("*" + words.tracksLabel() + "*"))));
            blocks.add(actions(trackButtons(report.tracks())));
        }
        answered.feedback().ifPresent(tag -> blocks.add(actions(a -> a.blockId(tag.id())
                .elements(List.of(wrongMoodMenu(words))))));
        blocks.add(context(List.of(plainText(words.footer(report)))));
        return blocks;
    }

    /** The seven moods, each option's value the mood's key. */
    private static BlockElement wrongMoodMenu(ReplyText words) {
        List<OptionObject> moods = Arrays.stream(Mood.values())
                .map(mood -> option(plainText(mood.emoji() + " " + words.moodName(mood)), mood.key())).toList();
        return staticSelect(s -> s.actionId(WRONG_MOOD).placeholder(plainText(words.feedbackPlaceholder()))
                .options(moods));
    }

    private static SlackMessage heard(MoodReply.Heard heard, ReplyText words) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(plainText(heard.why()))));
        blocks.add(section(s -> s.text(plainText(words.voiceLine(heard.reading())))));
        blocks.add(context(List.of(plainText(heard.operatorHint()))));
        return new SlackMessage(heard.why() + "\n" + words.voiceLine(heard.reading()), blocks, false);
    }

    private static List<BlockElement> trackButtons(List<Track> tracks) {
        return IntStream.range(0, tracks.size()).<BlockElement>mapToObj(i -> {
            Track track = tracks.get(i);
            String label = shorten(track.artist() + " – " + track.title());
            return button(b -> b.actionId(TRACK_ACTION_PREFIX + i).text(plainText(label)).url(track.url()));
        }).toList();
    }

    /** What a notification shows: the mood and the score, and the tracks by name. */
    private static String fallback(MoodReport report, ReplyText words) {
        StringBuilder text = new StringBuilder(words.headline(report)).append(" · ").append(words.scoreBar(report));
        report.tracks().forEach(track -> text.append("\n• ").append(track.artist()).append(" – ")
                .append(track.title()).append(' ').append(track.url()));
        return text.toString();
    }

    private static String shorten(String label) {
        return label.length() <= BUTTON_LABEL_MAX ? label : label.substring(0, BUTTON_LABEL_MAX - 1) + "…";
    }
}
