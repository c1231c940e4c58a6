package dev.moodbot.app;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;
import java.nio.file.Path;
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
        description = "Print the mood report of one text or voice note.")
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

    @Override
    public Integer call() throws Exception {
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

    private Optional<MoodRequest> request(MoodBot bot) {
        if (voice == null) {
            return Optional.of(MoodRequest.text(CLI_USER, text == null ? "" : text));
        }
        return new VoiceFiles(bot.voiceLimits()).read(voice.toString())
                .map(note -> MoodRequest.voice(CLI_USER, note, Optional.ofNullable(text)));
    }
}
