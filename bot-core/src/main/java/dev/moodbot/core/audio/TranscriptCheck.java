package dev.moodbot.core.audio;

import dev.moodbot.core.speech.Transcript;

/**
 * Decides whether a recogniser's words are clear enough to read a mood into. A recogniser always answers with words
 * of its own language, also for speech in another language, for music or for mumbling, and its per-word confidence
 * is the only sign it gives: alone, a high mean does not tell a foreign language from English (a Korean note came
 * back as "normal school football team do all your" at mean confidence 0.93). What does: clear speech has most of
 * its words at full confidence, while a guess has a few confident words among many doubtful ones.
 *
 * <p>Measured with the embedded English model on the shared voice notes and moodbot's own voice set (espeak-ng
 * voices, every platform format): English notes had a mean of 0.84–1.00 with 0.64–1.00 of their words fully
 * confident, except two of twelve mood sentences (0.73/0.29, 0.85/0.50); Korean notes had at most 0.60 of their
 * words fully confident. The thresholds sit between the two; real voices are noisier than espeak, so a doubtful
 * note gets the honest "couldn't make out the words" rather than a mood read into a wrong transcript.
 */
final class TranscriptCheck {
    static final double MIN_MEAN_CONFIDENCE = 0.80;
    static final double MIN_SURE_SHARE = 0.62;
    private static final double SURE = 0.99;

    private TranscriptCheck() {}

    static boolean clear(Transcript transcript) {
        if (transcript.isEmpty()) {
            return false;
        }
        long sure = transcript.words().stream().filter(w -> w.confidence() >= SURE).count();
        return transcript.meanConfidence() >= MIN_MEAN_CONFIDENCE
                && sure >= MIN_SURE_SHARE * transcript.words().size();
    }
}
