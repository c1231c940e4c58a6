package dev.moodbot.app;

import dev.moodbot.core.UserRef;
import dev.moodbot.core.history.HistoryKeeper;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Deletes everything stored about one user (right to erasure), as {@code /mood forget} does for themselves. */
@Command(name = "forget", description = "Delete a user's mood history and consent.")
final class ForgetCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "ID",
            description = "PLATFORM:ID, e.g. discord:123, slack:T1:U2, or console")
    String user;

    @Override
    public Integer call() {
        UserRef who = HistoryUsers.parse(spec, user);
        try (HistoryKeeper keeper = StoredHistory.open(main.loadConfig(), main.env)) {
            int deleted = keeper.forget(who);
            main.out.println("Deleted " + deleted + (deleted == 1 ? " reading" : " readings") + " of " + who
                    + "; history is off for them.");
        }
        return 0;
    }
}
