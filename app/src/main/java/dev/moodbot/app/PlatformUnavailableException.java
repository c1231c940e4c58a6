package dev.moodbot.app;

/**
 * A platform that could not be started: its token was refused, or its host could not be reached. The user gets
 * {@link #getMessage()} as one line naming the platform, and the exit code {@link #EXIT_CODE}; no stack trace, since
 * the fix is on their side (a token, the network), not in moodbot.
 */
final class PlatformUnavailableException extends RuntimeException {
    static final int EXIT_CODE = 1;
    private static final long serialVersionUID = 1L;

    PlatformUnavailableException(String platform, String why) {
        super(platform + ": " + why, null, false, false);
    }
}
