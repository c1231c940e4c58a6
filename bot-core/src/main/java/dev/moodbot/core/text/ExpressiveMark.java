package dev.moodbot.core.text;

import java.util.regex.Pattern;

/**
 * A written sign of feeling that is not a word: Korean jamo laughter and crying, Western and Korean emoticons, runs
 * of punctuation. Models that read characters learn from them directly; naming them makes ㅋㅋ and ㅋㅋㅋㅋㅋ, or
 * ^^ and ^_^, one feature instead of many.
 */
public enum ExpressiveMark {
    /** ㅋㅋ, ㅎㅎ, ㅋㅎㅋ, xD: laughter. */
    LAUGHTER("[ㅋㅎ]{2,}|[ㅋㅎ](?=\\s|$)|(?<![A-Za-z])[xX]D+(?![A-Za-z])", "😆"),
    /** ㅠㅠ, ㅜㅜ, ㅠ.ㅠ, T_T, :'(: crying. */
    CRYING("[ㅠㅜ]+(?:[._]?[ㅠㅜ]+)*|(?<![A-Za-z])T[._]?T(?![A-Za-z])|[:;]'-?\\(", "😭"),
    /** ^^, ^_^, ^-^, :) :-) :D: a smile. */
    SMILE("\\^[_\\-.]?\\^|[:;]-?[)D](?![A-Za-z0-9])|\\(:", "😊"),
    /** :( :-( : a frown. */
    FROWN("[:;]-?\\((?![A-Za-z0-9])|\\):", "☹️"),
    /** ㅡㅡ, -_-, -.-: a flat, annoyed face. */
    ANNOYED("ㅡ[._]?ㅡ|-[_.]-", "😑"),
    /** ;; and more: awkward sweat. */
    SWEAT(";{2,}", "😅"),
    /** ㄷㄷ: trembling, shock or fear. */
    TREMBLING("ㄷ{2,}|ㅎㄷㄷ", "😨"),
    /** ㅉㅉ: tut-tut, contempt. */
    TUTTING("ㅉ{2,}", "😒"),
    /** Swearing written as initials: ㅅㅂ, ㅆㅂ, ㅂㅅ, ㅈㄹ, ㅁㅊ. */
    SWEARING("ㅅㅂ|ㅆㅂ|ㅂㅅ|ㅈㄹ|ㅁㅊ|ㅈㄴ", "🤬"),
    /** <3 and ♡ ♥: affection. */
    HEART("<3|[♡♥❤]", "❤️"),
    /** !! or more. */
    EXCLAIMING("!{2,}|[!?]*\\?!|!\\?", ""),
    /** ?? or more. */
    ASKING("\\?{2,}", ""),
    /** .. or …: trailing off. */
    TRAILING("\\.{2,}|…+", "");

    private final Pattern pattern;
    private final String emoji;

    ExpressiveMark(String regex, String emoji) {
        this.pattern = Pattern.compile(regex);
        this.emoji = emoji;
    }

    /**
     * The text with each face or laugh of this kind written as the emoji it stands for (ㅠㅠ, T_T and :'( as 😭),
     * so that a model that reads emoji by name reads them as it reads the emoji; punctuation marks stay as they are.
     */
    String asEmoji(String text) {
        return emoji.isEmpty() ? text : pattern.matcher(text).replaceAll(" " + emoji + " ");
    }

    /** How often this mark occurs in {@code text}. */
    public int count(String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
