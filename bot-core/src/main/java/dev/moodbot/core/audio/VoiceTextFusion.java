package dev.moodbot.core.audio;

import dev.moodbot.core.audio.VoiceReading.Arousal;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodScores;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Joins what the words say with what the voice says, honestly. The words decide the valence; the voice may only
 * sharpen within it:
 * <ul>
 *   <li>Without an audio emotion model, the energy reading weighs the moods that sound like it (energetic: joy,
 *       surprise, anger, fear; calm: sadness, neutral) by {@link #AROUSAL_FACTOR} and the others by its inverse.
 *       The top mood may move only to a mood of the same side (joy ↔ surprise, anger ↔ fear ↔ sadness), and only
 *       to one the words found at least 1/1.69 as likely as their own; otherwise the words' own mood stands.</li>
 *   <li>With an audio emotion model, its distribution is mixed in at {@code audioWeight}: both are emotion
 *       readings, so a plain weighted mean is what they support.</li>
 * </ul>
 */
final class VoiceTextFusion {
    /** Strong enough to settle a near tie (say joy 45 % vs surprise 40 %), too weak to overturn a clear reading. */
    static final double AROUSAL_FACTOR = 1.3;
    private static final Set<Mood> ENERGETIC = EnumSet.of(Mood.JOY, Mood.SURPRISE, Mood.ANGER, Mood.FEAR);
    private static final Set<Mood> CALM = EnumSet.of(Mood.SADNESS, Mood.NEUTRAL);

    private VoiceTextFusion() {}

    static MoodScores withArousal(MoodScores words, Arousal arousal) {
        if (arousal == Arousal.STEADY) {
            return words;
        }
        Set<Mood> congruent = arousal == Arousal.ENERGETIC ? ENERGETIC : CALM;
        double[] weights = words.toArray();
        for (Mood mood : Mood.values()) {
            weights[mood.ordinal()] *= congruent.contains(mood) ? AROUSAL_FACTOR : 1 / AROUSAL_FACTOR;
        }
        MoodScores sharpened = MoodScores.of(weights);
        return side(sharpened.top()) == side(words.top()) ? sharpened : words;
    }

    static MoodScores withAudioModel(MoodScores words, MoodScores voice, double audioWeight) {
        double[] w = words.toArray();
        double[] v = voice.toArray();
        double[] mixed = new double[w.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (1 - audioWeight) * w[i] + audioWeight * v[i];
        }
        return MoodScores.of(mixed);
    }

    /** The audio model's reading when there is one (it already heard the energy), else the energy reading. */
    static MoodScores fuse(MoodScores words, Arousal arousal, Optional<MoodScores> voice, double audioWeight) {
        return voice.map(v -> withAudioModel(words, v, audioWeight)).orElseGet(() -> withArousal(words, arousal));
    }

    /** -1 for the unpleasant moods, +1 for the pleasant ones, 0 for neutral. */
    private static int side(Mood mood) {
        return Integer.signum(mood.valence() - Mood.NEUTRAL.valence());
    }
}
