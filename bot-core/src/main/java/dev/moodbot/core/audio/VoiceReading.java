package dev.moodbot.core.audio;

import java.util.List;
import java.util.Objects;

/**
 * What was measured on a voice note itself, independent of any emotion model: an honest energy reading.
 *
 * @param durationSeconds the whole note's duration
 * @param analysedSeconds how much of it was analysed (less than the duration when over the cap)
 * @param loudnessDbfs RMS loudness of the voiced part, dB full scale
 * @param pitchHz median fundamental frequency of voiced frames, 0 when none was found
 * @param pitchVariationSemitones spread of the pitch, in semitones
 * @param voicedRatio share of frames that carry voice
 * @param syllablesPerSecond speaking rate over the active part, estimated from loudness peaks
 * @param arousal the energy reading these measures add up to
 * @param notes lines for the user about how the note was read, e.g. that only its start was analysed or that the
 *     file looked cut off
 */
public record VoiceReading(
        double durationSeconds,
        double analysedSeconds,
        double loudnessDbfs,
        double pitchHz,
        double pitchVariationSemitones,
        double voicedRatio,
        double syllablesPerSecond,
        Arousal arousal,
        List<String> notes) {

    public VoiceReading {
        Objects.requireNonNull(arousal, "arousal");
        notes = List.copyOf(notes);
    }

    /** Calm to energetic: what loudness, pitch movement and pace say, not an emotion. */
    public enum Arousal {
        CALM,
        STEADY,
        ENERGETIC
    }
}
