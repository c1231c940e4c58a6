package dev.moodbot.core.audio;

import dev.moodbot.core.mood.Mood;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the labels speech-emotion datasets use (RAVDESS, CREMA-D, TESS, SAVEE, the seed model) onto moodbot's moods.
 * Kept on the audio side until the text models' label mapping is shared.
 */
final class AudioLabels {
    private AudioLabels() {}

    static Optional<Mood> mood(String label) {
        return Optional.ofNullable(switch (label.strip().toUpperCase(Locale.ROOT)) {
            case "ANGRY", "ANGER", "ANG" -> Mood.ANGER;
            case "SAD", "SADNESS" -> Mood.SADNESS;
            case "DISGUST", "DISGUSTED", "DIS" -> Mood.DISGUST;
            case "HAPPY", "HAPPINESS", "JOY", "HAP" -> Mood.JOY;
            case "FEAR", "FEARFUL", "FEA" -> Mood.FEAR;
            case "SURPRISE", "SURPRISED", "PS", "SUR" -> Mood.SURPRISE;
            case "NEUTRAL", "CALM", "NEU" -> Mood.NEUTRAL;
            default -> null;
        });
    }
}
