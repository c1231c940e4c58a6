package dev.moodbot.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Language;
import java.util.List;
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
    void normalize_emojiAndCustomEmoji_readAsFeelingsAndNames() {
        NormalizedText text = normalizer.normalize("best day ever 😄🎉 <:pog_champ:1234567> 🌮");
        assertEquals("best day ever happy yay congrats pog champ taco", text.text());
        assertEquals("best day ever 😄🎉 pog champ 🌮", text.shown());
    }

    @Test
    void normalize_skinTonesFlagsAndZwjSequences_readWithoutTheirModifiers() {
        assertEquals("nice yay congrats flag family", normalizer.normalize("👍🏽🎉 🇰🇷 👨‍👩‍👧").text());
    }

    @Test
    void normalize_slackAndDiscordShortcodes_readAsTheirEmoji() {
        NormalizedText text = normalizer.normalize(":sob::skin-tone-3: :tada: :thumbsup: :not_an_emoji: at 12:30:45");
        assertEquals("😭 🎉 👍 :not_an_emoji: at 12:30:45", text.shown());
        assertEquals("sad crying yay congrats nice :not_an_emoji: at 12:30:45", text.text());
    }

    @Test
    void normalize_emoticons_readAsTheFaceTheyDraw() {
        assertEquals("happy", normalizer.normalize(":)").text());
        assertEquals("sad", normalizer.normalize(":(").text());
        assertEquals("sad crying", normalizer.normalize(":'(").text());
        assertEquals("haha", normalizer.normalize("xD").text());
        assertEquals("love love", normalizer.normalize("<3 <3").text());
        assertEquals("happy", normalizer.normalize("^^").text());
    }

    @Test
    void normalize_cryingAndLaughingInEitherScript_readTheSameInEnglish() {
        String crying = normalizer.normalize("I miss you ㅠㅠ").text();
        assertEquals("I miss you sad crying", crying);
        assertEquals(crying, normalizer.normalize("I miss you T_T").text());
        assertEquals(crying, normalizer.normalize("I miss you :'(").text());
        assertEquals(crying, normalizer.normalize("I miss you :sob:").text());
        assertEquals(normalizer.normalize("that was funny ㅋㅋㅋ").text(), normalizer.normalize("that was funny xD").text());
    }

    @Test
    void normalize_koreanMessage_facesAndEmojiWrittenAsTheKoreanMarks() {
        NormalizedText text = normalizer.normalize("너무 슬퍼요 ㅠㅠ");
        assertEquals("너무 슬퍼요 ㅠㅠ", text.text());
        assertEquals(Language.KO, text.language());
        for (String face : new String[] {"T_T", "😭", ":sob:", ":'("}) {
            NormalizedText same = normalizer.normalize("너무 슬퍼요 " + face);
            assertEquals(text.text(), same.text(), face);
            assertEquals(1.0, same.hangulShare(), face);
        }
        assertEquals("진짜 웃기다 ㅋㅋ", normalizer.normalize("진짜 웃기다 😂").text());
        assertEquals("진짜 웃기다 ㅋㅋ", normalizer.normalize("진짜 웃기다 xD").text());
        assertEquals("짜증나 😡", normalizer.normalize("짜증나 :rage:").text());
    }

    @Test
    void normalize_spoilersEmphasisAndMaskedLinks_keepTheirWords() {
        NormalizedText text = normalizer.normalize("||the ending|| was **so** _good_ ~~meh~~, see [the clip](https://x.io/c) T_T");
        assertEquals("the ending was so good meh, see the clip T_T", text.shown());
    }

    @Test
    void normalize_quoteAndOwnWords_readsOwnWordsAndSaysTheQuoteWasLeftOut() {
        NormalizedText text = normalizer.normalize("> you did great\nthanks, but I feel awful");
        assertEquals("thanks, but I feel awful", text.text());
        assertEquals(NormalizedText.Quoting.LEFT_OUT, text.quoting());
    }

    @Test
    void normalize_onlyAQuote_readsTheQuoteAndSaysSo() {
        NormalizedText text = normalizer.normalize(">>> this is the best news\never");
        assertEquals("this is the best news ever", text.text());
        assertEquals(NormalizedText.Quoting.ONLY_QUOTED, text.quoting());
        assertEquals(NormalizedText.Quoting.NONE, normalizer.normalize("a > b, I'm happy").quoting());
    }

    @Test
    void normalize_discordTimestampsRolesAndCommands_removed() {
        assertTrue(normalizer.normalize("<@&42> <t:1700000000:R> </mood:1234> <!subteam^S1|devs>").isEmpty());
    }

    @Test
    void normalize_severalSentences_eachReadOnItsOwn() {
        NormalizedText text = normalizer.normalize("Got the job!! But I have to move away from everyone 😢");
        assertEquals(2, text.sentences().size());
        assertEquals("Got the job!!", text.sentences().get(0).shown());
        assertEquals("But I have to move away from everyone 😢", text.sentences().get(1).shown());
        assertEquals("But I have to move away from everyone sad", text.sentences().get(1).text());
    }

    @Test
    void normalize_koreanSentences_splitAtTheirMarks() {
        NormalizedText text = normalizer.normalize("합격했어!! 근데 다들 두고 이사 가야 해 ㅠㅠ");
        assertEquals(List.of("합격했어!!", "근데 다들 두고 이사 가야 해 ㅠㅠ"),
                text.sentences().stream().map(NormalizedText::shown).toList());
    }

    @Test
    void normalize_oneSentenceOrAbbreviation_noBreakdown() {
        assertTrue(normalizer.normalize("I'm so happy 😍 this is the best day ever").sentences().isEmpty());
        assertTrue(normalizer.normalize("got the job. but i have to move").sentences().isEmpty());
        assertTrue(normalizer.normalize("Yes!!! 🎉🎉").sentences().isEmpty());
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
        assertEquals("😄😄😄", text.shown());
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
        assertEquals("ㅋㅋㅋ 진짜 웃겨!!! ㅠㅠㅠ 😂😂😂 ^^^", text.shown());
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
