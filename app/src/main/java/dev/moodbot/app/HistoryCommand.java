package dev.moodbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.history.HistoryKeeper;
import dev.moodbot.core.history.Reading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The operator's view of one user's history (users' right of access): export it, or draw the 30-day chart. */
@Command(name = "history", description = "A user's mood history: export it or draw the 30-day chart.",
        subcommands = {CommandLine.HelpCommand.class})
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(main.out);
        return 0;
    }

    @Command(name = "export", description = "Print every stored reading of a user, oldest first.")
    int export(@Option(names = "--user", required = true, paramLabel = "ID",
                    description = "PLATFORM:ID, e.g. discord:123, slack:T1:U2, or console") String user,
            @Option(names = "--json", description = "a JSON array of {time, mood, confidence, score, source}")
                    boolean json) {
        UserRef who = HistoryUsers.parse(spec, user);
        List<Reading> readings;
        try (HistoryKeeper keeper = StoredHistory.open(main.loadConfig(), main.env)) {
            readings = keeper.export(who);
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            readings.forEach(r -> array.addObject().put("time", r.time().toString()).put("mood", r.mood().key())
                    .put("confidence", r.confidence()).put("score", r.score()).put("source", r.source().key()));
            main.out.println(array.toString());
        } else {
            readings.forEach(r -> main.out.println(String.format(Locale.ROOT, "%s  %-8s  %.2f  %.2f  %s",
                    r.time(), r.mood().key(), r.confidence(), r.score(), r.source().key())));
            main.out.println(readings.size() + (readings.size() == 1 ? " reading" : " readings"));
        }
        return 0;
    }

    @Command(name = "chart", description = "Draw a user's last 30 days as a PNG and print how long it took.")
    int chart(@Option(names = "--user", required = true, paramLabel = "ID",
                    description = "PLATFORM:ID, e.g. discord:123, slack:T1:U2, or console") String user,
            @Option(names = "--out", required = true, paramLabel = "FILE.png") Path out) throws IOException {
        UserRef who = HistoryUsers.parse(spec, user);
        try (HistoryKeeper keeper = StoredHistory.open(main.loadConfig(), main.env)) {
            long start = System.nanoTime();
            byte[] png = keeper.chart(who);
            long renderMs = (System.nanoTime() - start) / 1_000_000;
            Files.write(out, png);
            main.out.printf(Locale.ROOT, "wrote %s (%d bytes); read and rendered in %d ms%n", out, png.length,
                    renderMs);
        }
        return 0;
    }
}
