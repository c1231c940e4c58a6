package dev.moodbot.app;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.history.FeedbackTag;
import dev.moodbot.core.history.HistoryAction;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.reply.ReplyText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The third adapter, for trying moodbot without Discord or Slack: one line in, the reply a platform would show out.
 * Like the others it only turns input into requests and replies into output.
 */
final class ConsoleAdapter {
    static final String HELP = """
            Type a message, or:
              /mood <text>      the mood of <text>, like Discord's and Slack's /mood
              /mood history on  keep your moods (time, mood, score; never the text); off stops
              /mood history     a chart of your last 30 days
              /mood forget      delete your mood history (asks y/n first)
              /wrong <mood>     correct the last answer's mood (joy, sadness, anger, fear, surprise, disgust,
                                neutral); with history on, its text is kept with the correction
              @moodbot <text>   a mention, as in a channel
              /voice <path>     the mood of a voice note file (ogg, m4a, webm, mp3, wav, flac)
              /help             this help
              /quit             leave""";

    private final MoodBot bot;
    private final VoiceFiles voiceFiles;
    private final BufferedReader in;
    private final PrintWriter out;
    private final UserRef user;
    private final Duration replyTimeout;
    /** The last answer's feedback id, for {@code /wrong}. */
    private Optional<String> lastFeedback = Optional.empty();

    ConsoleAdapter(MoodBot bot, BufferedReader in, PrintWriter out, UserRef user, Duration replyTimeout) {
        this.bot = bot;
        this.voiceFiles = new VoiceFiles(bot.voiceLimits());
        this.in = in;
        this.out = out;
        this.user = user;
        this.replyTimeout = replyTimeout;
    }

    /** Answers lines until {@code /quit} or the end of input. */
    void run() {
        prompt();
        String line;
        while ((line = readLine()) != null) {
            String input = line.strip();
            if (input.equals("/quit") || input.equals("/exit")) {
                return;
            }
            if (!input.isEmpty()) {
                out.println(answer(input));
                out.println();
            }
            prompt();
        }
    }

    String answer(String input) {
        String command = input.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String rest = input.substring(command.length()).strip();
        return switch (command) {
            case "/help" -> HELP;
            case "/mood" -> ask(MoodRequest.slash(user, rest));
            case "@moodbot" -> ask(MoodRequest.text(user, rest));
            case "/wrong" -> lastFeedback.map(id -> ask(new MoodRequest.Correction(user, id, rest)))
                    .orElseGet(() -> ReplyText.in(Language.EN).feedbackNothingYet());
            case "/voice" -> voiceFiles.read(rest).map(note -> ask(MoodRequest.voice(user, note,
                    java.util.Optional.empty()))).orElseGet(() -> voiceFiles.whyNot(rest));
            default -> command.startsWith("/")
                    ? "Unknown command " + command + ". Type /help."
                    : ask(MoodRequest.text(user, input));
        };
    }

    private String ask(MoodRequest request) {
        try {
            MoodReply reply = bot.handle(request).get(replyTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply instanceof MoodReply.Answered answered) {
                lastFeedback = answered.feedback().map(FeedbackTag::id);
            }
            return reply instanceof MoodReply.ConfirmForget asked ? confirmForget(asked) : ConsoleReplies.render(reply);
        } catch (TimeoutException e) {
            return "⌛ No answer within " + replyTimeout.toSeconds() + " s. Please try again.";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Interrupted.";
        } catch (ExecutionException e) {
            // MoodBot answers failures itself; reaching this is a bug, so say so without a stack trace.
            return "😵 Something went wrong: " + e.getCause().getClass().getSimpleName();
        }
    }

    /** The console asks y/n on the next line where the platforms show buttons; anything but yes keeps everything. */
    private String confirmForget(MoodReply.ConfirmForget asked) {
        out.print(ConsoleReplies.render(asked) + " ");
        out.flush();
        String answer = readLine();
        return ask(new MoodRequest.History(user, answer != null && answer.strip().toLowerCase(Locale.ROOT)
                .matches("y|yes|네|예") ? HistoryAction.FORGET_CONFIRMED : HistoryAction.FORGET_CANCELLED));
    }

    private void prompt() {
        out.print("> ");
        out.flush();
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
