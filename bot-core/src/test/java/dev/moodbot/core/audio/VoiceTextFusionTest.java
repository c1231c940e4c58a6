package dev.moodbot.core.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.moodbot.core.audio.VoiceReading.Arousal;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodScores;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoiceTextFusionTest {
    @Test
    void withArousal_energeticVoiceNearTie_tipsTowardsTheEnergeticMoodOfTheSameSide() {
        MoodScores words = MoodScores.of(Map.of(Mood.SADNESS, 0.45, Mood.ANGER, 0.40, Mood.NEUTRAL, 0.15));
        assertEquals(Mood.ANGER, VoiceTextFusion.withArousal(words, Arousal.ENERGETIC).top());
        assertEquals(Mood.SADNESS, VoiceTextFusion.withArousal(words, Arousal.CALM).top());
    }

    @Test
    void withArousal_wouldCrossToTheOtherSide_keepsTheWordsReading() {
        // Calm speech must not turn words that read as joy into sadness, however close the two are.
        MoodScores words = MoodScores.of(Map.of(Mood.JOY, 0.42, Mood.SADNESS, 0.40, Mood.NEUTRAL, 0.18));
        assertSame(words, VoiceTextFusion.withArousal(words, Arousal.CALM));
    }

    @Test
    void withArousal_clearReading_staysTheWordsMood() {
        MoodScores words = MoodScores.of(Map.of(Mood.SADNESS, 0.80, Mood.ANGER, 0.15, Mood.NEUTRAL, 0.05));
        assertEquals(Mood.SADNESS, VoiceTextFusion.withArousal(words, Arousal.ENERGETIC).top());
    }

    @Test
    void fuse_withAudioModel_weightedMeanAndNoEnergyRule() {
        MoodScores words = MoodScores.of(Map.of(Mood.JOY, 0.9, Mood.NEUTRAL, 0.1));
        MoodScores voice = MoodScores.of(Map.of(Mood.SURPRISE, 1.0));
        MoodScores fused = VoiceTextFusion.fuse(words, Arousal.CALM, Optional.of(voice), 0.3);
        assertEquals(0.63, fused.get(Mood.JOY), 1e-9);
        assertEquals(0.30, fused.get(Mood.SURPRISE), 1e-9);
        assertEquals(0.07, fused.get(Mood.NEUTRAL), 1e-9);
    }
}
