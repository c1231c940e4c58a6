package dev.moodbot.app;

import dev.moodbot.core.MoodBot;
import dev.moodbot.core.cluster.ClusterState;
import dev.moodbot.discord.DiscordMoodBot;
import dev.moodbot.discord.DiscordSettings;
import dev.moodbot.slack.SlackMoodApp;
import dev.moodbot.slack.SlackSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;

/**
 * Starts one platform and turns each way that can fail into a {@link PlatformUnavailableException} that says which
 * platform and what to check. A host that does not resolve is found before the platform library tries it, so that
 * a DNS failure reads as one, not as a refused token (Bolt reports any failed auth.test as "the token is invalid").
 */
final class PlatformStart {
    private static final Pattern BOLT_TOKEN_ERROR = Pattern.compile("\\(error: ([^()]+)\\)");

    private PlatformStart() {}

    static DiscordMoodBot discord(MoodBot bot, DiscordSettings settings) {
        requireResolvable("Discord", settings.apiUrl());
        try {
            return DiscordMoodBot.start(bot, settings);
        } catch (InvalidTokenException e) {
            throw new PlatformUnavailableException("Discord", "Discord refused the token in " + DiscordEnv.TOKEN
                    + "; copy it again from the Developer Portal (Bot, Reset Token)");
        } catch (RuntimeException e) {
            throw new PlatformUnavailableException("Discord", "cannot reach " + settings.apiUrl() + " ("
                    + reason(e) + "); check the network or " + DiscordEnv.API_URL);
        }
    }

    static SlackMoodApp slack(MoodBot bot, SlackSettings settings, ClusterState cluster) {
        requireResolvable("Slack", settings.apiUrl());
        try {
            return SlackMoodApp.start(bot, settings, cluster);
        } catch (IllegalStateException e) {
            if (!neverAnswered(e)) {
                throw new PlatformUnavailableException("Slack", "Slack refused the tokens (" + reason(e)
                        + "); check " + SlackEnv.BOT_TOKEN + " (xoxb-...) and " + SlackEnv.APP_TOKEN + " (xapp-...)");
            }
            throw new PlatformUnavailableException("Slack", "cannot reach " + settings.apiUrl() + " ("
                    + reason(e) + "); check the network or " + SlackEnv.API_URL);
        }
    }

    static void requireResolvable(String platform, URI url) {
        try {
            InetAddress.getByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new PlatformUnavailableException(platform, "cannot resolve " + url.getHost()
                    + " (DNS failure: is this machine online?)");
        }
    }

    /**
     * Whether the call got no answer at all: an I/O failure, or Bolt's "The token is invalid (error: ...)" holding
     * a transport message where Slack would put an error code such as {@code invalid_auth}.
     */
    private static boolean neverAnswered(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : BOLT_TOKEN_ERROR.matcher(t.getMessage());
            if (t instanceof IOException || m != null && m.find() && !m.group(1).matches("[a-z_]+")) {
                return true;
            }
        }
        return false;
    }

    /** The first I/O failure's message (JDA hangs a ContextException below it), else the outermost message. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        Matcher m = e.getMessage() == null ? null : BOLT_TOKEN_ERROR.matcher(e.getMessage());
        return m != null && m.find() ? m.group(1) : String.valueOf(e.getMessage());
    }
}
