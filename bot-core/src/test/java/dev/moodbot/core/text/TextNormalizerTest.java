package dev.moodbot.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Language;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer(100);

    @Test
    void normalize_discordMentionsAndUrls_removed() {
        NormalizedText text = normalizer.normalize("<@123456> <@!42> look https://example.com/x?y=1 I'm so happy <#99>");
        assertEquals("look I'm so happy", text.text());
    }

    @Test
    void normalize_slackMarkup_keepsLinkLabelDropsMentions() {
        NormalizedText text = normalizer.normalize("<@U024BE7LH|bob> <!here> read <https://x.io/a|this post>, sad");
        assertEquals("read this post, sad", text.text());
    }

    @Test
    void normalize_codeBlocks_removed() {
        NormalizedText text = normalizer.normalize("ugh ```java\nthrow new Error();\n``` my build `mvn` broke again");
        assertEquals("ugh my build broke again", text.text());
    }

    @Test
    void normalize_emojiAndCustomEmoji_kept() {
        NormalizedText text = normalizer.normalize("best day ever 😄🎉 <:pog:1234567>");
        assertEquals("best day ever 😄🎉 :pog:", text.text());
    }

    @Test
    void normalize_consoleMention_removed() {
        assertEquals("I feel great", normalizer.normalize("@moodbot I feel great").text());
    }

    @Test
    void normalize_onlyMarkup_isEmpty() {
        assertTrue(normalizer.normalize("  <@123> https://a.b/c  ").isEmpty());
        assertTrue(normalizer.normalize("").isEmpty());
    }

    @Test
    void normalize_longText_cutAndFlagged() {
        NormalizedText text = normalizer.normalize("a".repeat(20_000));
        assertEquals(100, text.text().length());
        assertTrue(text.truncated());
        assertFalse(normalizer.normalize("short").truncated());
    }

    @Test
    void normalize_cutNeverSplitsASurrogatePair() {
        NormalizedText text = new TextNormalizer(3).normalize("😄😄😄😄");
        assertEquals("😄😄😄", text.text());
    }

    @Test
    void normalize_koreanLaughterAndCrying_kept() {
        NormalizedText text = normalizer.normalize("너무 슬퍼요 ㅠㅠ ㅋㅋㅋ");
        assertEquals("너무 슬퍼요 ㅠㅠ ㅋㅋㅋ", text.text());
        assertEquals(Language.KO, text.language());
    }

    @Test
    void normalize_scripts_detectLanguage() {
        assertEquals(Language.EN, normalizer.normalize("I am so happy today").language());
        assertEquals(Language.KO, normalizer.normalize("오늘 정말 행복해요").language());
        assertEquals(Language.OTHER, normalizer.normalize("Я очень счастлив").language());
        assertEquals(Language.EN, normalizer.normalize("🎉🎉").language());
        NormalizedText mixed = normalizer.normalize("오늘 meeting 너무 길었어");
        assertTrue(mixed.hangulShare() > 0.5 && mixed.hangulShare() < 1, "share " + mixed.hangulShare());
    }

    @Test
    void normalize_longJamoAndPunctuationRuns_cutToThree() {
        NormalizedText text = normalizer.normalize("ㅋㅋㅋㅋㅋㅋㅋ 진짜 웃겨!!!!!! ㅠㅠㅠㅠㅠ 😂😂😂😂😂 ^^^^");
        assertEquals("ㅋㅋㅋ 진짜 웃겨!!! ㅠㅠㅠ 😂😂😂 ^^^", text.text());
    }

    @Test
    void normalize_lettersDigitsAndSyllables_neverSqueezed() {
        NormalizedText text = normalizer.normalize("soooooo 1000000 하하하하하");
        assertEquals("soooooo 1000000 하하하하하", text.text());
    }

    @Test
    void count_koreanAndWesternMarks_eachNamed() {
        String text = "ㅋㅋㅋ 너무 웃겨 ㅎㅎ 근데 슬퍼 ㅠㅠ ㅜ.ㅜ T_T 아 ㅡㅡ 진짜;; ^^ :) ㄷㄷ ㅉㅉ ♡ 뭐야?? 대박!! 음...";
        assertEquals(2, ExpressiveMark.LAUGHTER.count(text));
        assertEquals(3, ExpressiveMark.CRYING.count(text));
        assertEquals(1, ExpressiveMark.ANNOYED.count(text));
        assertEquals(1, ExpressiveMark.SWEAT.count(text));
        assertEquals(2, ExpressiveMark.SMILE.count(text));
        assertEquals(1, ExpressiveMark.TREMBLING.count(text));
        assertEquals(1, ExpressiveMark.TUTTING.count(text));
        assertEquals(1, ExpressiveMark.HEART.count(text));
        assertEquals(1, ExpressiveMark.ASKING.count(text));
        assertEquals(1, ExpressiveMark.EXCLAIMING.count(text));
        assertEquals(1, ExpressiveMark.TRAILING.count(text));
        assertEquals(0, ExpressiveMark.FROWN.count(text));
    }

    @Test
    void count_plainWords_noMarks() {
        for (ExpressiveMark mark : ExpressiveMark.values()) {
            assertEquals(0, mark.count("오늘 정말 행복해요. That was a Test, OK?"), mark.name());
        }
    }
}
