package dev.moodbot.core.history;

import java.util.Objects;

/** The pseudonym a user's rows are stored under (see {@link UserPseudonyms}), never the platform id itself. */
public record UserKey(String value) {
    public UserKey {
        Objects.requireNonNull(value, "value");
    }
}
