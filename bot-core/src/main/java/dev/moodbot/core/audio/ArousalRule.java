package dev.moodbot.core.audio;

import dev.moodbot.core.audio.VoiceReading.Arousal;

/**
 * A deliberately simple, explainable rule: loud, lively-pitched, fast speech reads as energetic; quiet, flat, slow
 * speech as calm. Thresholds are in the ranges speech-prosody studies report for read speech; they
 * describe energy, not emotion.
 */
final class ArousalRule {
    private ArousalRule() {}

    static Arousal arousal(double loudnessDbfs, double pitchSpreadSemitones, double syllablesPerSecond) {
        int points = 0;
        points += loudnessDbfs >= -18 ? 1 : loudnessDbfs <= -28 ? -1 : 0;
        points += pitchSpreadSemitones >= 4 ? 1 : pitchSpreadSemitones <= 1 ? -1 : 0;
        points += syllablesPerSecond >= 5 ? 1 : syllablesPerSecond <= 3.5 ? -1 : 0;
        if (points >= 2) {
            return Arousal.ENERGETIC;
        }
        return points <= -1 ? Arousal.CALM : Arousal.STEADY;
    }
}
