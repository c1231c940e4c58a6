package dev.moodbot.core.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.SentenceMood;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTextTest {
    private final ReplyText ko = ReplyText.in(Language.KO);
    private final ReplyText en = ReplyText.in(Language.EN);

    @Test
    void moodName_korean_everyMoodHasItsOwnHangulName() {
        for (Mood mood : Mood.values()) {
            String name = ko.moodName(mood);
            assertTrue(name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL),
                    name);
            assertNotEquals(en.moodName(mood), name);
        }
        assertEquals("기쁨", ko.moodName(Mood.JOY));
        assertEquals("슬픔", ko.moodName(Mood.SADNESS));
        assertEquals("분노", ko.moodName(Mood.ANGER));
    }

    @Test
    void wordsReadAs_particleFollowsTheLastSyllable() {
        assertEquals("말의 내용은 기쁨으로 읽혀요 (80%).", ko.wordsReadAs(Mood.JOY, 0.8));
        assertEquals("말의 내용은 분노로 읽혀요 (55%).", ko.wordsReadAs(Mood.ANGER, 0.55));
        assertEquals("The words read as joy (80%).", en.wordsReadAs(Mood.JOY, 0.8));
    }

    @Test
    void replies_korean_writtenInKorean() {
        for (String text : new String[] {ko.rateLimited(Duration.ofSeconds(3)), ko.busy(Duration.ofSeconds(2)),
                ko.usage(), ko.internalError("abc"), ko.truncatedNote(), ko.tracksLabel(), ko.topMoodsLabel(),
                ko.nothingToRead(), ko.quoteLeftOut(), ko.onlyQuoted()}) {
            assertTrue(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL),
                    text);
        }
        assertEquals(ReplyText.in(Language.OTHER).usage(), en.usage());
    }

    @Test
    void voiceLine_korean_koreanUnitsAndEnergy() {
        var reading = new dev.moodbot.core.audio.VoiceReading(2.8, 2.8, -24, 180, 2.5, 0.6, 3.1,
                dev.moodbot.core.audio.VoiceReading.Arousal.CALM, java.util.List.of());
        String line = ko.voiceLine(reading);
        assertTrue(line.startsWith("🎙️ 2.8초 · 에너지: 차분함"), line);
        assertTrue(en.voiceLine(reading).contains("energy: calm"), en.voiceLine(reading));
    }

    @Test
    void sentenceMoods_longSentence_oneShortLineWithEachMood() {
        String line = en.sentenceMoods(List.of(new SentenceMood("Got the job!!", Mood.JOY, 0.9),
                new SentenceMood("But I have to move away from everyone I know and love 😢", Mood.SADNESS, 0.7)));
        assertEquals("Mixed: “Got the job!!” 😄 joy · “But I have to move away from ev…” 😢 sadness", line);
        assertTrue(ko.sentenceMoods(List.of(new SentenceMood("합격!", Mood.JOY, 0.9))).startsWith("문장마다 달라요: "));
    }

    @Test
    void rateLimited_english_pluralFollowsTheCount() {
        assertTrue(en.rateLimited(Duration.ofSeconds(1)).endsWith("ask again in 1 second."),
                en.rateLimited(Duration.ofSeconds(1)));
        assertTrue(en.busy(Duration.ofMillis(4_200)).endsWith("try again in 5 seconds."),
                en.busy(Duration.ofMillis(4_200)));
        assertTrue(ko.rateLimited(Duration.ofSeconds(3)).contains("3초 뒤에"), ko.rateLimited(Duration.ofSeconds(3)));
    }

    @Test
    void bundles_everyEnglishKeyTranslatedAndEveryPatternValid() throws java.io.IOException {
        java.util.Properties english = load("/moodbot/replies/Replies.properties");
        java.util.Properties korean = load("/moodbot/replies/Replies_ko.properties");

        assertEquals(english.stringPropertyNames(), korean.stringPropertyNames());
        for (java.util.Properties bundle : java.util.List.of(english, korean)) {
            for (String key : bundle.stringPropertyNames()) {
                // Throws on a malformed pattern (an unbalanced brace, a bad plural).
                new com.ibm.icu.text.MessageFormat(bundle.getProperty(key));
            }
        }
    }

    private static java.util.Properties load(String resource) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(ReplyTextTest.class.getResourceAsStream(resource),
                java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
