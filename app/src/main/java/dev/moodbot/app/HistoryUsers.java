package dev.moodbot.app;

import dev.moodbot.core.UserRef;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads {@code --user PLATFORM:ID} for the history commands, refusing a malformed id with picocli's usage error. */
final class HistoryUsers {
    private HistoryUsers() {}

    static UserRef parse(CommandSpec spec, String text) {
        try {
            return UserRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--user: " + e.getMessage());
        }
    }
}
