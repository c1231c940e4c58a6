package dev.moodbot.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiGroup;
import net.fellbaum.jemoji.EmojiManager;

/**
 * Emoji as a model can read them. Slack and Discord send many emoji as shortcodes ({@code :sob:}); those become the
 * emoji they name. The English encoder has no emoji in its vocabulary (it read 😭, 😂 and 😡 all as one unknown
 * token), so for it each emoji becomes words: the feeling it shows ({@code emoji-feelings.tsv}: 😭 "sad crying")
 * or, for emoji without one, its Unicode name ("trophy"). Names alone read as neutral noun phrases: on the chat
 * set, names gave 30 of 50 right and feelings 49 of 50. The Korean model learnt Korean chat's own marks, so for it
 * an emoji or typed face that draws one is written as that mark (😭 and T_T as ㅠㅠ). Names and shortcodes come from
 * jemoji, which carries Unicode's data and the platforms' aliases.
 */
final class EmojiWords {
    private static final String FEELINGS = "/moodbot/text/emoji-feelings.tsv";
    private static final Pattern SHORTCODE = Pattern.compile(":[\\w+\\-]+:");
    /** Skin tones, variation selectors and the zero-width joiner: none changes the feeling. */
    private static final Pattern MODIFIERS = Pattern.compile("[\\x{1F3FB}-\\x{1F3FF}\\uFE0E\\uFE0F\\u200D]");

    /** What one emoji shows: words for the English encoder, and the Korean mark it draws, if any. */
    private record Feeling(String words, Optional<ExpressiveMark> mark) {}

    private final Map<String, Feeling> feelings;

    private EmojiWords(Map<String, Feeling> feelings) {
        this.feelings = feelings;
    }

    /**
     * The feelings shipped in moodbot's jar. jemoji loads its tables (about 11 MB, 0.6 s) on first use; touching it
     * here moves that wait from the first user's message to start-up.
     */
    static EmojiWords shipped() {
        EmojiManager.isEmoji("🙂");
        try (InputStream in = EmojiWords.class.getResourceAsStream(FEELINGS)) {
            if (in == null) {
                throw new IllegalStateException(FEELINGS + " is missing from the jar");
            }
            return new EmojiWords(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .collect(Collectors.toUnmodifiableMap(cells -> cells[0], cells -> new Feeling(cells[1],
                            cells.length > 2 ? Optional.of(ExpressiveMark.valueOf(cells[2])) : Optional.empty()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code :tada:} and {@code :sob::skin-tone-3:} as the emoji they stand for; a skin tone on its own adds nothing to
     * a mood, so it goes. Unknown {@code :words:} stay as they are, and so do the typed faces jemoji also knows as
     * Discord aliases ({@code :(} is 😦 there): they are {@link ExpressiveMark}s, read the same in both languages.
     */
    static String shortcodesToEmoji(String text) {
        if (!SHORTCODE.matcher(text).find()) {
            return text;
        }
        return EmojiManager.replaceAliases(text, (alias, emojis) -> !SHORTCODE.matcher(alias).matches() ? alias
                : isSkinTone(emojis.getFirst()) ? "" : emojis.getFirst().getEmoji());
    }

    /**
     * For the English encoder: every emoji as words between spaces. {@code faces} has been through
     * {@link ExpressiveMark#facesAsEmoji}, so typed faces are emoji too.
     */
    String asWords(String faces) {
        return replaceEmoji(faces, emoji -> isSkinTone(emoji) ? "" : feeling(emoji)
                .map(Feeling::words).orElseGet(() -> name(emoji)));
    }

    /** For the Korean model: faces and emoji that draw a Korean mark as that mark (ㅠㅠ), other emoji as they are. */
    String asKorean(String text) {
        return replaceEmoji(ExpressiveMark.facesAsKorean(text), emoji -> isSkinTone(emoji) ? "" : feeling(emoji)
                .flatMap(Feeling::mark)
                .map(ExpressiveMark::korean).filter(form -> !form.isEmpty()).orElseGet(emoji::getEmoji));
    }

    private static String replaceEmoji(String text, Function<Emoji, String> replacement) {
        if (!mayHoldEmoji(text)) {
            return text;
        }
        String replaced = EmojiManager.replaceAllEmojis(text, emoji -> " " + replacement.apply(emoji) + " ");
        return MODIFIERS.matcher(replaced).replaceAll("");
    }

    /**
     * Every emoji has a character at U+2000 or above, or is © or ®: a cheap test that spares most plain messages
     * jemoji's scan, which costs more than the rest of normalising.
     */
    private static boolean mayHoldEmoji(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2000' || c == '\u00A9' || c == '\u00AE') {
                return true;
            }
        }
        return false;
    }

    private Optional<Feeling> feeling(Emoji emoji) {
        return Optional.ofNullable(feelings.get(MODIFIERS.matcher(emoji.getEmoji()).replaceAll("")));
    }

    /**
     * "thumbs up: medium skin tone" is named "thumbs up": what follows the colon is a skin tone, hair style or
     * country, none of which changes the feeling.
     */
    private static String name(Emoji emoji) {
        String description = emoji.getDescription();
        int colon = description.indexOf(':');
        return colon < 0 ? description : description.substring(0, colon);
    }

    private static boolean isSkinTone(Emoji emoji) {
        return emoji.getGroup() == EmojiGroup.COMPONENT;
    }
}
