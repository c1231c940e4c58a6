package dev.moodbot.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's and Slack's markup, parsed out of a message: what is left is the writer's own words. Mentions, channel
 * and role links, URLs and code say nothing about mood and go; a link's label, a spoiler's text and a custom
 * emoji's name stay; bold, italics and strike-through lose their marks. Quoted lines are someone else's words, so
 * they are kept apart from the writer's.
 */
final class PlatformMarkup {
    private static final Pattern CODE_BLOCK = Pattern.compile("```.*?(```|$)", Pattern.DOTALL);
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    /** Slack's {@code <https://x|label>} and Discord's {@code [label](https://x)} keep their label. */
    private static final Pattern SLACK_LINK = Pattern.compile("<(?:https?|mailto):[^>|]*\\|([^>]*)>");
    private static final Pattern MASKED_LINK = Pattern.compile("\\[([^\\]\\n]+)]\\(<?https?://[^)\\s]+>?\\)");
    /** Discord custom emoji {@code <:name:id>} or {@code <a:name:id>}: the name carries the feeling. */
    private static final Pattern CUSTOM_EMOJI = Pattern.compile("<a?:(\\w+):\\d+>");
    /**
     * Discord {@code <@123> <@!123> <@&123> <#123> <t:1700000000:R> </mood:123>}, Slack {@code <@U123|name>
     * <#C123|x> <!here> <!subteam^S1>}.
     */
    private static final Pattern MENTION = Pattern.compile("<(?:[@#!]|t:|/)[^>]*>");
    private static final Pattern URL = Pattern.compile("<?(?:https?://|www\\.)\\S+>?", Pattern.CASE_INSENSITIVE);
    /** The console's and a pasted plain-text mention of the bot. */
    private static final Pattern BOT_NAME = Pattern.compile("(?i)(^|\\s)@moodbot\\b");
    private static final Pattern SPOILER = Pattern.compile("\\|\\|(.+?)\\|\\|", Pattern.DOTALL);
    /** Discord's {@code **bold** __underline__ ~~strike~~}, Slack's {@code *bold* _italic_ ~strike~}. */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(\\*\\*|__|~~)(.+?)\\1|(?<![\\w*])([*_~])(?=\\S)([^*_~\\n]+?)(?<=\\S)\\3(?![\\w*])");
    /** Discord's {@code >>> } quotes the rest of the message; {@code > } one line, in both apps. */
    private static final Pattern QUOTE_REST = Pattern.compile("(?m)^>>> ?");
    private static final Pattern QUOTE_LINE = Pattern.compile("^> ?(.*)$");

    private PlatformMarkup() {}

    /** The writer's own words and the quoted ones, each with markup gone but spaces and lines as they were. */
    record Parsed(String own, String quoted) {}

    static Parsed parse(String raw) {
        String text = CODE_BLOCK.matcher(raw).replaceAll(" ");
        text = INLINE_CODE.matcher(text).replaceAll(" ");
        text = SLACK_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = MASKED_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = CUSTOM_EMOJI.matcher(text).replaceAll(m -> " " + m.group(1).replace('_', ' ') + " ");
        text = MENTION.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        text = BOT_NAME.matcher(text).replaceAll("$1");
        text = SPOILER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : m.group(4)));
        return splitQuotes(text);
    }

    private static Parsed splitQuotes(String text) {
        Matcher rest = QUOTE_REST.matcher(text);
        String quotedRest = "";
        if (rest.find()) {
            quotedRest = text.substring(rest.end());
            text = text.substring(0, rest.start());
        }
        List<String> own = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher quote = QUOTE_LINE.matcher(line);
            if (quote.matches()) {
                quoted.add(quote.group(1));
            } else {
                own.add(line);
            }
        }
        quoted.add(quotedRest);
        return new Parsed(String.join("\n", own), String.join("\n", quoted));
    }
}
