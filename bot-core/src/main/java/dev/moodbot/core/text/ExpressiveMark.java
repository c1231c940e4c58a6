package dev.moodbot.core.text;

import java.util.Arrays;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A written sign of feeling that is not a word: Korean jamo laughter and crying, Western and Korean emoticons, runs
 * of punctuation. Models that read characters learn from them directly; naming them makes ㅋㅋ and ㅋㅋㅋㅋㅋ, or
 * ^^ and ^_^, one feature instead of many.
 */
public enum ExpressiveMark {
    /** ㅋㅋ, ㅎㅎ, ㅋㅎㅋ, xD: laughter. */
    LAUGHTER("[ㅋㅎ]{2,}|[ㅋㅎ](?=\\s|$)|(?<![A-Za-z])[xX]D+(?![A-Za-z])", "😆", "ㅋㅋ", "ㅋㅎxX"),
    /** ㅠㅠ, ㅜㅜ, ㅠ.ㅠ, T_T, :'(: crying. */
    CRYING("[ㅠㅜ]+(?:[._]?[ㅠㅜ]+)*|(?<![A-Za-z])T[._]?T(?![A-Za-z])|[:;]'-?\\(", "😭", "ㅠㅠ", "ㅠㅜT:;"),
    /** ^^, ^_^, ^-^, :) :-) :D: a smile. */
    SMILE("\\^[_\\-.]?\\^|[:;]-?[)D](?![A-Za-z0-9])|\\(:", "😊", "^^", "^:;("),
    /** :( :-( : a frown. */
    FROWN("[:;]-?\\((?![A-Za-z0-9])|\\):", "☹️", "", ":;)"),
    /** ㅡㅡ, -_-, -.-: a flat, annoyed face. */
    ANNOYED("ㅡ[._]?ㅡ|-[_.]-", "😑", "ㅡㅡ", "ㅡ-"),
    /** ;; and more: awkward sweat. */
    SWEAT(";{2,}", "😅", ";;", ";"),
    /** ㄷㄷ: trembling, shock or fear. */
    TREMBLING("ㄷ{2,}|ㅎㄷㄷ", "😨", "ㄷㄷ", "ㄷㅎ"),
    /** ㅉㅉ: tut-tut, contempt. */
    TUTTING("ㅉ{2,}", "😒", "ㅉㅉ", "ㅉ"),
    /** Swearing written as initials: ㅅㅂ, ㅆㅂ, ㅂㅅ, ㅈㄹ, ㅁㅊ. */
    SWEARING("ㅅㅂ|ㅆㅂ|ㅂㅅ|ㅈㄹ|ㅁㅊ|ㅈㄴ", "🤬", "", "ㅅㅆㅂㅈㅁ"),
    /** <3 and ♡ ♥: affection. */
    HEART("<3|[♡♥❤]", "❤️", "♡", "<♡♥❤"),
    /** !! or more. */
    EXCLAIMING("!{2,}|[!?]*\\?!|!\\?", "", "", ""),
    /** ?? or more. */
    ASKING("\\?{2,}", "", "", ""),
    /** .. or …: trailing off. */
    TRAILING("\\.{2,}|…+", "", "", "");

    private static final Pattern JAMO = Pattern.compile("[\\u3131-\\u318E]");

    private final Pattern pattern;
    private final String emoji;
    private final String korean;
    /** The characters a face of this kind can begin with (empty for marks that are no face). */
    private final String starts;

    ExpressiveMark(String regex, String emoji, String korean, String starts) {
        this.pattern = Pattern.compile(regex);
        this.emoji = emoji;
        this.korean = korean;
        this.starts = starts;
    }

    /** The marks that draw a face or a feeling, and one pattern matching any of them, group i + 1 for face i. */
    private static final ExpressiveMark[] FACES = Arrays.stream(values()).filter(mark -> !mark.emoji.isEmpty())
            .toArray(ExpressiveMark[]::new);
    /**
     * Every face begins with one of its kind's start characters. Checked first, it spares the regex engine trying a
     * dozen alternatives (some with look-behinds) at every position of a message: most characters fail at once.
     * Measured on the bench's messages, this one scan was 39 % of normalising. {@code ExpressiveMarkTest} reads one
     * example of every form, so a start missing beside a regex fails a test.
     */
    private static final Pattern ANY_FACE = Pattern.compile("(?=[" + Arrays.stream(FACES)
            .flatMapToInt(mark -> mark.starts.codePoints()).distinct()
            .mapToObj(c -> Character.isLetterOrDigit(c) ? Character.toString(c) : "\\" + Character.toString(c))
            .collect(Collectors.joining()) + "])(?:" + Arrays.stream(FACES)
            .map(mark -> "(" + mark.pattern.pattern() + ")").collect(Collectors.joining("|")) + ")");

    /**
     * The text with each face or laugh written as the emoji it stands for (ㅠㅠ, T_T and :'( as 😭), so that a model
     * that reads emoji as words reads them as it reads the emoji; punctuation marks stay as they are. One pass over
     * the text, however many marks there are.
     */
    static String facesAsEmoji(String text) {
        return ANY_FACE.matcher(text).replaceAll(m -> " " + face(m).emoji + " ");
    }

    /**
     * The text with each Western face written as Korean chat writes it (T_T and :'( as ㅠㅠ, xD as ㅋㅋ), so that the
     * Korean model, which learnt the Korean forms, reads them alike; Korean forms, and faces Korean chat has no form
     * of, stay as written.
     */
    static String facesAsKorean(String text) {
        return ANY_FACE.matcher(text).replaceAll(m -> {
            ExpressiveMark mark = face(m);
            return Matcher.quoteReplacement(mark.korean.isEmpty() || JAMO.matcher(m.group()).find()
                    ? m.group() : " " + mark.korean + " ");
        });
    }

    private static ExpressiveMark face(MatchResult match) {
        for (int i = 0; i < FACES.length; i++) {
            if (match.group(i + 1) != null) {
                return FACES[i];
            }
        }
        throw new IllegalStateException("no face matched " + match.group());
    }

    /** The Korean chat form of this mark (ㅠㅠ for crying), or empty when Korean chat has none of its own. */
    String korean() {
        return korean;
    }

    /** How often this mark occurs in {@code text}. */
    public int count(String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
