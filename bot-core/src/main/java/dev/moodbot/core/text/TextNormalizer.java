package dev.moodbot.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a chat message into what a model should read. Mentions, channel links, URLs and code say nothing about
 * mood, so they go; emoji, emoticons and Korean laughter or crying (ㅋㅋ, ㅠㅠ) are signal, so they stay (long runs
 * of them cut to three; {@link ExpressiveMark} names them for models that count them).
 */
public final class TextNormalizer {
    private static final Pattern CODE_BLOCK = Pattern.compile("```.*?(```|$)", Pattern.DOTALL);
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    /** Slack's {@code <https://x|label>} keeps its label; the URL itself goes with the other URLs. */
    private static final Pattern SLACK_LINK = Pattern.compile("<(?:https?|mailto):[^>|]*\\|([^>]*)>");
    /** Discord custom emoji {@code <:name:id>} or {@code <a:name:id>}: the name carries the feeling. */
    private static final Pattern CUSTOM_EMOJI = Pattern.compile("<a?:(\\w+):\\d+>");
    /** Discord {@code <@123> <@!123> <@&123> <#123>}, Slack {@code <@U123|name> <#C123|x> <!here>}. */
    private static final Pattern MENTION = Pattern.compile("<[@#!][^>\\s]*>");
    private static final Pattern URL = Pattern.compile("<?(?:https?://|www\\.)\\S+>?", Pattern.CASE_INSENSITIVE);
    /** The console's and a pasted plain-text mention of the bot. */
    private static final Pattern BOT_NAME = Pattern.compile("(?i)(^|\\s)@moodbot\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Four or more of one jamo, emoji or punctuation mark in a row ({@code ㅋㅋㅋㅋㅋㅋ}, {@code ㅠㅠㅠㅠ}, {@code !!!!!}).
     * Cut to three, as soynlp's {@code repeat_normalize} does, so that the mark stays (and stays strong) while
     * every length of it reads the same to a model and the token cache. Letters and digits are never squeezed.
     */
    private static final Pattern LONG_RUN = Pattern.compile("([\\u3131-\\u318E!?.~^;♡♥\\p{So}])\\1{3,}");

    private final int maxChars;

    /**
     * @param maxChars characters kept; a model reads at most a few hundred tokens, so more would only cost time
     */
    public TextNormalizer(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Cuts runs of four or more of one jamo, emoji or punctuation mark to three; letters and digits stay. */
    public static String squeezeRuns(String text) {
        return LONG_RUN.matcher(text).replaceAll("$1$1$1");
    }

    public NormalizedText normalize(String raw) {
        String text = CODE_BLOCK.matcher(raw).replaceAll(" ");
        text = INLINE_CODE.matcher(text).replaceAll(" ");
        text = SLACK_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = CUSTOM_EMOJI.matcher(text).replaceAll(":$1:");
        text = MENTION.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        text = BOT_NAME.matcher(text).replaceAll("$1");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        text = squeezeRuns(text);
        boolean truncated = text.codePointCount(0, text.length()) > maxChars;
        if (truncated) {
            text = text.substring(0, text.offsetByCodePoints(0, maxChars));
        }
        ScriptShare share = ScriptShare.of(text);
        return new NormalizedText(text, share.language(), share.hangulShare(), truncated);
    }
}
