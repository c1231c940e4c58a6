package dev.moodbot.core.text;

import dev.moodbot.core.mood.Language;

/**
 * How a text's words split between Hangul, Latin and other scripts. Script, not a language model, decides the
 * language: it is exact for Korean versus English, which is the distinction the models need. Words are counted, not
 * letters, because one Hangul syllable holds what takes an English word several letters.
 */
record ScriptShare(int hangul, int latin, int other) {
    /** A Korean message is one whose words are at least this much Hangul. */
    static final double KOREAN_AT = 0.5;

    static ScriptShare of(String text) {
        int hangul = 0;
        int latin = 0;
        int other = 0;
        for (String word : text.split("\\s+")) {
            switch (dominantScript(word)) {
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                case COMMON -> { }
                default -> other++;
            }
        }
        return new ScriptShare(hangul, latin, other);
    }

    /** The script most of a word's letters are in; COMMON for a word without letters (emoji, numbers). */
    private static Character.UnicodeScript dominantScript(String word) {
        int hangul = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                default -> other++;
            }
        }
        if (hangul + latin + other == 0) {
            return Character.UnicodeScript.COMMON;
        }
        if (hangul >= latin && hangul >= other) {
            return Character.UnicodeScript.HANGUL;
        }
        return latin >= other ? Character.UnicodeScript.LATIN : Character.UnicodeScript.UNKNOWN;
    }

    double hangulShare() {
        int words = hangul + latin + other;
        return words == 0 ? 0 : (double) hangul / words;
    }

    Language language() {
        int words = hangul + latin + other;
        if (words == 0) {
            return Language.EN;
        }
        if (hangulShare() >= KOREAN_AT) {
            return Language.KO;
        }
        return latin >= other ? Language.EN : Language.OTHER;
    }
}
