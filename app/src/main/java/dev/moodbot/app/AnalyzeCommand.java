package dev.moodbot.app;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * One report for one text or voice note. A bad input is the user's, not the program's: it is reported and the exit
 * code stays 0.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Print the mood report of one text or voice note, or of every line of a file.")
final class AnalyzeCommand implements Callable<Integer> {
    private static final UserRef CLI_USER = new UserRef("cli", "analyze");

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text to read (the caption, with --voice).")
    String text;

    @Option(names = "--voice", paramLabel = "FILE", description = "A voice note file to read instead of text.")
    Path voice;

    @Option(names = "--json", description = "Print one JSON object instead of the console reply.")
    boolean json;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Read every line of FILE as one message (- for standard input); with --json, one JSON "
                    + "object per line.")
    String file;

    @Override
    public Integer call() throws Exception {
        if (file != null) {
            return readFile();
        }
        try (MoodBot bot = MoodBot.start(main.loadConfig().core())) {
            Optional<MoodReply> reply = request(bot).map(r -> bot.handle(r).join());
            if (reply.isEmpty()) {
                String why = new VoiceFiles(bot.voiceLimits()).whyNot(voice.toString());
                main.out.println(json ? new ReplyJson().rejection(why) : why);
                return 0;
            }
            main.out.println(json ? new ReplyJson().render(reply.get()).toString()
                    : ConsoleReplies.render(reply.get()));
        }
        return 0;
    }

    private int readFile() throws IOException {
        ReplyJson replyJson = new ReplyJson();
        try (MoodBot bot = MoodBot.start(MessageFileAnalysis.unlimited(main.loadConfig().core()));
                BufferedReader in = file.equals("-")
                        ? new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8))
                        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            long start = System.nanoTime();
            int count = MessageFileAnalysis.run(bot, in, main.out,
                    reply -> json ? replyJson.render(reply).toString() : ConsoleReplies.render(reply) + "\n");
            double seconds = (System.nanoTime() - start) / 1e9;
            main.err.printf(Locale.ROOT, "%d messages in %.1f s (%.0f msgs/s)%n", count, seconds, count / seconds);
        } catch (NoSuchFileException e) {
            main.err.println("No such file: " + file);
            return 1;
        }
        return 0;
    }

    private Optional<MoodRequest> request(MoodBot bot) {
        if (voice == null) {
            return Optional.of(MoodRequest.text(CLI_USER, text == null ? "" : text));
        }
        return new VoiceFiles(bot.voiceLimits()).read(voice.toString())
                .map(note -> MoodRequest.voice(CLI_USER, note, Optional.ofNullable(text)));
    }
}
