package dev.moodbot.slack;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The hosts the bot token may be sent to: the origin (scheme, host and port) of the configured Web API, and
 * Slack's file host over https. A file URL anywhere else gets no token, whatever the event says.
 */
final class SlackOrigins {
    private static final URI SLACK_FILES = URI.create("https://files.slack.com/");

    private final Set<String> trusted;

    SlackOrigins(URI apiUrl) {
        this.trusted = Set.of(origin(apiUrl), origin(SLACK_FILES));
    }

    boolean mayReceiveToken(URI url) {
        return trusted.contains(origin(url));
    }

    /** "https://files.slack.com:443"; an unusable URL gets an origin nothing trusts. */
    static String origin(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
        return scheme + "://" + host + ":" + port;
    }
}
