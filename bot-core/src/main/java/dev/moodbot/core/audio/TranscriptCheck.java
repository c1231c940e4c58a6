package dev.moodbot.core.audio;

import dev.moodbot.core.speech.Transcript;

/**
 * Decides whether a recogniser's words are clear enough to read a mood into. A recogniser answers with words of its
 * own language also for speech in another language, for music or for mumbling, and per-word confidence alone does
 * not tell: a Korean note came back as "normal school football team do all your" at mean word confidence 0.93. Two
 * checks together do:
 * <ul>
 *   <li>{@link Transcript#fit()}, the utterance-level check: how much better the words explain the sound than a
 *       filler without words (log-likelihood gain per second);</li>
 *   <li>the word-level check: most words recognised with high confidence.</li>
 * </ul>
 *
 * <p>Measured with the embedded English model (vosk-model-small-en-us-0.15) on the shared voice notes and moodbot's
 * own voice set (espeak-ng voices in every platform format): English notes had a fit of 6.5–20 per second, Korean
 * ones 0.6–4.1 except one sentence (11.7–11.8). English notes had mean word confidence 0.84–1.00 with at least half
 * their words sure, but one (0.74, 29 %). That one Korean sentence ("정말 화가 나요. 왜 그랬어요?") had 0.78 and 33 %
 * in one run, 0.82 and half in another: Vosk's confidences vary a little between runs, and it passes then. The
 * thresholds sit in the gaps; real voices are noisier than espeak's, so a doubtful note gets the honest "couldn't
 * make out the words" rather than a mood read into a wrong transcript. A Korean Vosk model (model.stt) is the real
 * answer for Korean speakers.
 */
final class TranscriptCheck {
    static final double MIN_FIT = 5.0;
    static final double MIN_MEAN_CONFIDENCE = 0.80;
    static final double MIN_SURE_SHARE = 0.5;
    private static final double SURE = 0.99;

    private TranscriptCheck() {}

    static boolean clear(Transcript transcript) {
        if (transcript.isEmpty()) {
            return false;
        }
        long sure = transcript.words().stream().filter(w -> w.confidence() >= SURE).count();
        return transcript.fit() >= MIN_FIT && transcript.meanConfidence() >= MIN_MEAN_CONFIDENCE
                && sure >= MIN_SURE_SHARE * transcript.words().size();
    }
}
