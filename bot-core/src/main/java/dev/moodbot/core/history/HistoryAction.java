package dev.moodbot.core.history;

import java.util.Locale;
import java.util.Optional;

/** What a user can ask of their history; every adapter maps its own syntax onto these. */
public enum HistoryAction {
    /** The 30-day chart. */
    SHOW,
    /** Start storing this user's readings. */
    ON,
    /** Stop storing; what is stored stays until forget or the retention. */
    OFF,
    /** Asks whether to delete everything stored about this user (platforms confirm with a button). */
    FORGET,
    /** Delete everything stored about this user: what the confirm button sends. */
    FORGET_CONFIRMED,
    /** Keep everything after all: what the cancel button (or the console's "no") sends. */
    FORGET_CANCELLED;

    /**
     * The action a {@code /mood} argument asks for ({@code history}, {@code history on}, {@code history off},
     * {@code forget}), or empty when the argument is text to read.
     */
    public static Optional<HistoryAction> parse(String moodArgument) {
        return switch (moodArgument.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "history" -> Optional.of(SHOW);
            case "history on" -> Optional.of(ON);
            case "history off" -> Optional.of(OFF);
            case "forget" -> Optional.of(FORGET);
            default -> Optional.empty();
        };
    }
}
