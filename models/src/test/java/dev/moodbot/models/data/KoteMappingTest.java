package dev.moodbot.models.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Mood;
import java.util.List;
import org.junit.jupiter.api.Test;

class KoteMappingTest {

    @Test
    void gold_pluralityOfMappedLabels_wins() {
        // anger: 불평/불만, 짜증, 어이없음; sadness: 안타까움/실망
        assertEquals(Mood.ANGER, KoteMapping.gold(List.of("불평/불만", "짜증", "어이없음", "안타까움/실망")));
        // joy: 기쁨, 행복, 고마움; surprise: 놀람
        assertEquals(Mood.JOY, KoteMapping.gold(List.of("기쁨", "행복", "고마움", "놀람")));
    }

    @Test
    void gold_noEmotionWithoutAMajorityMood_isNeutral() {
        assertEquals(Mood.NEUTRAL, KoteMapping.gold(List.of("없음")));
        assertEquals(Mood.NEUTRAL, KoteMapping.gold(List.of("없음", "짜증", "불평/불만", "기쁨")));
    }

    @Test
    void gold_noEmotionOutvotedByThreeLabelsOfOneMood_isThatMood() {
        assertEquals(Mood.ANGER, KoteMapping.gold(List.of("없음", "짜증", "불평/불만", "화남/분노")));
    }

    @Test
    void gold_tie_goesToTheMoodNamedByItsOwnLabel() {
        // 1 anger (불평/불만) vs 1 sadness (슬픔): 슬픔 names its mood.
        assertEquals(Mood.SADNESS, KoteMapping.gold(List.of("불평/불만", "슬픔")));
        // 1 anger (화남/분노) vs 1 fear (불안/걱정): 화남/분노 names its mood, 불안/걱정 does not.
        assertEquals(Mood.ANGER, KoteMapping.gold(List.of("화남/분노", "불안/걱정")));
    }

    @Test
    void gold_tieWithoutNamesakes_goesToTheRarerMood() {
        assertEquals(Mood.FEAR, KoteMapping.gold(List.of("불평/불만", "불안/걱정")));
        assertEquals(Mood.SADNESS, KoteMapping.gold(List.of("기대감", "안타까움/실망")));
    }

    @Test
    void gold_onlyMoodlessLabel_isNeutral() {
        assertEquals(Mood.NEUTRAL, KoteMapping.gold(List.of("비장함")));
    }

    @Test
    void moodOf_judgementCalls_asDocumented() {
        assertEquals(Mood.ANGER, KoteMapping.moodOf("어이없음").orElseThrow());
        assertEquals(Mood.SURPRISE, KoteMapping.moodOf("당황/난처").orElseThrow());
        assertEquals(Mood.DISGUST, KoteMapping.moodOf("한심함").orElseThrow());
        assertEquals(Mood.DISGUST, KoteMapping.moodOf("재미없음").orElseThrow());
        assertEquals(Mood.FEAR, KoteMapping.moodOf("부담/안_내킴").orElseThrow());
        assertTrue(KoteMapping.moodOf("비장함").isEmpty());
    }

    @Test
    void moodOf_unknownLabel_throwsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KoteMapping.moodOf("행복함"));
        assertTrue(e.getMessage().contains("'행복함'"), e.getMessage());
    }

    @Test
    void shares_countEachMappedLabelOnce() {
        double[] shares = KoteMapping.shares(List.of("짜증", "화남/분노", "안타까움/실망", "비장함"));
        double[] expected = new double[Mood.values().length];
        expected[Mood.ANGER.ordinal()] = 2.0 / 3;
        expected[Mood.SADNESS.ordinal()] = 1.0 / 3;
        assertArrayEquals(expected, shares, 1e-9);
    }
}
