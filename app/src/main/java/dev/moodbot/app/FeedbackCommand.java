package dev.moodbot.app;

import dev.moodbot.core.history.Correction;
import dev.moodbot.core.history.HistoryKeeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Users' "wrong mood?" corrections as labelled data for {@code train-head} and {@code eval --data}. */
@Command(name = "feedback", description = "Users' 'wrong mood?' corrections, as training and evaluation data.",
        subcommands = {CommandLine.HelpCommand.class})
final class FeedbackCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(main.out);
        return 0;
    }

    @Command(name = "export", description = "Write text<TAB>mood rows (the mood users picked; only corrections "
            + "stored with their text, i.e. of users with history on), as train-head and eval --data read them.")
    int export(@Option(names = "--out", required = true, paramLabel = "FILE") Path out) throws IOException {
        List<Correction> corrections;
        try (HistoryKeeper keeper = StoredHistory.open(main.loadConfig(), main.env)) {
            corrections = keeper.corrections().withText();
        }
        List<String> rows = corrections.stream().map(FeedbackCommand::row).flatMap(Optional::stream).toList();
        // Users' own words: readable by the operator only.
        Files.deleteIfExists(out);
        Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(out, rows, StandardCharsets.UTF_8);
        main.out.println("wrote " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " to " + out);
        return 0;
    }

    /**
     * One line of {@code text<TAB>mood}: the reader splits at the last tab and ends a row at a newline, and skips a
     * line that starts with {@code #}, so whitespace runs become one space and a leading {@code #} gets a space.
     */
    static Optional<String> row(Correction correction) {
        String text = correction.text().orElse("").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((text.startsWith("#") ? " " : "") + text + "\t" + correction.picked().key());
    }
}
