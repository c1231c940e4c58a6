package dev.moodbot.core.text;

import dev.moodbot.core.mood.Language;
import dev.moodbot.core.text.NormalizedText.Quoting;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a chat message, with Discord's or Slack's markup still in it, into what a model should read. Markup is
 * parsed out ({@link PlatformMarkup}); shortcodes become the emoji they name. Emoji, typed faces and Korean laughter
 * or crying (ㅋㅋ, ㅠㅠ) are signal, so they stay (long runs of them cut to three), each in the form its model reads
 * ({@link EmojiWords}): for the English encoder, which has no emoji in its vocabulary, as the words of the feeling
 * they show; for the Korean model as the Korean marks it learnt. So 😭, :sob:, T_T, :'( and ㅠㅠ mean one thing in
 * either language. Letters are not squeezed ("sooo"): measured, that changed no reading of the English encoder
 * consistently, and both models lowercase, so ALL CAPS reads as lower case.
 */
public final class TextNormalizer {
    /**
     * Characters of a message that are read at all. Models read a few hundred tokens; a cap on characters keeps a
     * 20,000-character paste from costing more than a long message.
     */
    public static final int MESSAGE_MAX_CHARS = 4_000;
    /** A breakdown by sentence is for a message of a few sentences, not a pasted page. */
    static final int MAX_SENTENCES = 6;
    private static final Pattern BLANKS = Pattern.compile("[\\s&&[^\\n]]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Four or more of one jamo, emoji or punctuation mark in a row ({@code ㅋㅋㅋㅋㅋㅋ}, {@code ㅠㅠㅠㅠ}, {@code !!!!!}).
     * Cut to three, as soynlp's {@code repeat_normalize} does, so that the mark stays (and stays strong) while
     * every length of it reads the same to a model and the token cache. Letters and digits are never squeezed.
     */
    private static final Pattern LONG_RUN = Pattern.compile("([\\u3131-\\u318E!?.~^;♡♥\\p{So}])\\1{3,}");

    private final int maxChars;
    private final EmojiWords emojiWords = EmojiWords.shipped();

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
        PlatformMarkup.Parsed parsed = PlatformMarkup.parse(raw);
        String own = tidy(parsed.own());
        String quoted = tidy(parsed.quoted());
        boolean ownWords = !own.isEmpty();
        String body = ownWords ? own : quoted;
        Quoting quoting = quoted.isEmpty() ? Quoting.NONE : ownWords ? Quoting.LEFT_OUT : Quoting.ONLY_QUOTED;
        boolean truncated = body.codePointCount(0, body.length()) > maxChars;
        if (truncated) {
            body = body.substring(0, body.offsetByCodePoints(0, maxChars));
        }
        NormalizedText whole = read(body, truncated, quoting);
        List<String> sentences = SentenceSplitter.split(body, whole.language());
        if (sentences.size() < 2 || sentences.size() > MAX_SENTENCES) {
            return whole;
        }
        return whole.withSentences(sentences.stream().map(s -> read(s, false, Quoting.NONE)).toList());
    }

    /** Markup-free text with shortcodes as emoji and runs cut; line breaks kept, for telling sentences apart. */
    private static String tidy(String text) {
        String spaced = BLANKS.matcher(EmojiWords.shortcodesToEmoji(text)).replaceAll(" ");
        return squeezeRuns(LINE_BREAKS.matcher(spaced).replaceAll("\n").strip());
    }

    private NormalizedText read(String body, boolean truncated, Quoting quoting) {
        String shown = SPACES.matcher(body).replaceAll(" ");
        // Typed faces (T_T, xD) are no script's words when the language is decided.
        String faces = ExpressiveMark.facesAsEmoji(shown);
        ScriptShare share = ScriptShare.of(faces);
        String read = share.language() == Language.KO ? emojiWords.asKorean(shown) : emojiWords.asWords(faces);
        String text = SPACES.matcher(read).replaceAll(" ").strip();
        return new NormalizedText(text, shown, share.language(), share.hangulShare(), truncated, quoting, List.of());
    }
}
