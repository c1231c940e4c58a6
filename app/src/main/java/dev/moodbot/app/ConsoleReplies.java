package dev.moodbot.app;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.music.Track;
import dev.moodbot.core.reply.ReplyText;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a reply as the console shows it: the same content a platform shows, as plain text. */
final class ConsoleReplies {
    private static final int TOP_MOODS = 4;
    private static final int TRANSCRIPT_CHARS = 300;

    private ConsoleReplies() {}

    static String render(MoodReply reply) {
        ReplyText words = ReplyText.of(reply);
        return switch (reply) {
            case MoodReply.Answered answered -> report(answered.report(), words)
                    + answered.feedback().map(tag -> "\n" + words.feedbackConsoleHint()).orElse("");
            case MoodReply.Heard heard -> heard(heard, words);
            case MoodReply.RateLimited limited -> words.rateLimited(limited.retryAfter());
            case MoodReply.Busy busy -> words.busy(busy.retryAfter());
            case MoodReply.Rejected rejected -> rejected.message();
            case MoodReply.Noted noted -> noted.message();
            case MoodReply.ConfirmForget asked -> asked.question() + " [y/N]";
            case MoodReply.Chart chart -> chart(chart);
        };
    }

    private static String report(MoodReport report, ReplyText words) {
        StringBuilder out = new StringBuilder();
        out.append(words.headline(report)).append('\n');
        out.append(words.scoreBar(report)).append('\n');
        out.append(report.scores().ranked().stream().limit(TOP_MOODS)
                .map(mood -> words.moodName(mood) + " " + ReplyText.percent(report.scores().get(mood)))
                .collect(Collectors.joining(" · "))).append('\n');
        report.transcript().ifPresent(heard -> out.append(words.quotedTranscript(heard, TRANSCRIPT_CHARS))
                .append('\n'));
        report.voice().ifPresent(voice -> out.append(words.voiceLine(voice)).append('\n'));
        if (report.truncated()) {
            out.append(words.truncatedNote()).append('\n');
        }
        report.notes().forEach(note -> out.append(note).append('\n'));
        if (!report.tracks().isEmpty()) {
            out.append(words.tracksLabel()).append(":\n");
            for (Track track : report.tracks()) {
                out.append("  • ").append(track.artist()).append(" – ").append(track.title())
                        .append("  ").append(track.url()).append('\n');
            }
        }
        out.append(String.format(Locale.ROOT, "(%s · %s · %d ms)", report.model(), report.language().code(),
                report.latency().toMillis()));
        return out.toString();
    }

    /** A terminal cannot show the PNG, so it goes to a temporary file whose path is printed. */
    private static String chart(MoodReply.Chart chart) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("moodbot-history-", ".png");
            java.nio.file.Files.write(file, chart.png());
            return chart.caption() + "\nChart: " + file;
        } catch (java.io.IOException e) {
            return chart.caption() + "\n(could not write the chart: " + e.getMessage() + ")";
        }
    }

    private static String heard(MoodReply.Heard heard, ReplyText words) {
        return heard.why() + "\n" + words.voiceLine(heard.reading()) + "\n" + heard.operatorHint();
    }
}
