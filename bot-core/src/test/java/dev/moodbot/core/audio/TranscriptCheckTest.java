package dev.moodbot.core.audio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.speech.Transcript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptCheckTest {
    @Test
    void clear_sureWordsAndHighFit_clear() {
        assertTrue(TranscriptCheck.clear(transcript(15, 1.0, 1.0, 1.0, 0.5)));
    }

    @Test
    void clear_confidentWordsButLowFit_unclear() {
        // "normal school football team do all your": confident words, but they explain Korean speech no better
        // than a filler does
        assertFalse(TranscriptCheck.clear(transcript(0.9, 0.92, 0.92, 0.92, 1.0, 0.72, 1.0, 1.0)));
    }

    @Test
    void clear_highFitButFewSureWords_unclear() {
        assertFalse(TranscriptCheck.clear(transcript(11, 1.0, 0.6, 0.7, 0.8, 0.9, 0.9)));
    }

    @Test
    void clear_noWords_unclear() {
        assertFalse(TranscriptCheck.clear(transcript(20)));
    }

    private static Transcript transcript(double fit, double... confidences) {
        List<Transcript.Word> words = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            words.add(new Transcript.Word("w" + i, i * 0.3, i * 0.3 + 0.25, confidences[i]));
        }
        return new Transcript(words, 3, true, fit);
    }
}
