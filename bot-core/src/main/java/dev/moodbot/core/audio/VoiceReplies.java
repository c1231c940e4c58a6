package dev.moodbot.core.audio;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.mood.MoodScores;
import dev.moodbot.core.reply.ReplyText;
import dev.moodbot.core.speech.Transcript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Assembles the reply for a heard note: the words' mood joined with the voice's, an audio model's mood alone, or
 * the honest energy reading with the reason there is no mood.
 */
final class VoiceReplies {
    private final double audioWeight;

    /** @param audioWeight the share of an audio emotion model's distribution in the joined one */
    VoiceReplies(double audioWeight) {
        this.audioWeight = audioWeight;
    }

    MoodReply reply(Hearing.Measured measured, Optional<MoodReport> wordsMood) {
        if (wordsMood.isPresent()) {
            return new MoodReply.Answered(joined(measured, wordsMood.get()));
        }
        if (measured.voiceMood().isPresent()) {
            return new MoodReply.Answered(voiceOnly(measured));
        }
        return new MoodReply.Heard(measured.reading(), why(measured.words()), Language.EN,
                operatorHint(measured.words()));
    }

    private MoodReport joined(Hearing.Measured measured, MoodReport words) {
        VoiceReading reading = measured.reading();
        MoodScores scores = VoiceTextFusion.fuse(words.scores(), reading.arousal(), measured.voiceMood(), audioWeight);
        Mood top = scores.top();
        double score = Math.max(1, Math.min(5, words.score() + scores.valence() - words.scores().valence()));
        ReplyText text = ReplyText.in(words.language());
        List<String> notes = new ArrayList<>(reading.notes());
        String voiceSignal = measured.model().map(m -> text.voiceModelSignal())
                .orElseGet(() -> text.voiceEnergySignal(reading.arousal()));
        notes.add(text.readFrom(wordsSignal(measured.words(), text), voiceSignal));
        if (measured.words() instanceof WordsHeard.Recognised(Transcript t, String m) && !t.complete()) {
            notes.add(text.transcribedOnly(t.heardSeconds()));
        }
        String model = words.model() + sttModel(measured.words()).map(m -> " + " + m).orElse("")
                + measured.model().map(m -> " + audio:" + m).orElse(" + voice energy");
        // An audio model is a second reading, so the words' doubt stands only when it is the words alone.
        boolean unclear = words.unclear() && measured.voiceMood().isEmpty();
        return new MoodReport(unclear ? Mood.NEUTRAL : top, scores.get(top), scores, score, unclear,
                words.language(), words.truncated(), model, Duration.ZERO, List.of(), Optional.of(reading),
                transcriptText(measured.words()), notes);
    }

    private static MoodReport voiceOnly(Hearing.Measured measured) {
        MoodScores scores = measured.voiceMood().orElseThrow();
        Mood top = scores.top();
        List<String> notes = new ArrayList<>(measured.reading().notes());
        notes.add(why(measured.words()));
        return new MoodReport(top, scores.get(top), scores, scores.valence(), false, Language.EN, false,
                "audio:" + measured.model().orElse("?"), Duration.ZERO, List.of(), Optional.of(measured.reading()),
                Optional.empty(), notes);
    }

    private static String wordsSignal(WordsHeard words, ReplyText text) {
        return switch (words) {
            case WordsHeard.Recognised r -> text.recognisedWordsSignal();
            default -> text.givenWordsSignal();
        };
    }

    private static Optional<String> sttModel(WordsHeard words) {
        return words instanceof WordsHeard.Recognised(Transcript t, String model) ? Optional.of(model)
                : Optional.empty();
    }

    private static Optional<String> transcriptText(WordsHeard words) {
        return switch (words) {
            case WordsHeard.Recognised(Transcript t, String model) -> Optional.of(t.text());
            case WordsHeard.Given(String text) -> Optional.of(text.strip());
            default -> Optional.empty();
        };
    }

    private static String why(WordsHeard words) {
        ReplyText text = ReplyText.in(Language.EN);
        return switch (words) {
            case WordsHeard.Unclear u -> text.wordsUnclear();
            case WordsHeard.Failed f -> text.wordsFailed();
            case WordsHeard.NotListened n -> text.wordsNotListened();
            default -> text.wordsWithoutMood();
        };
    }

    private static String operatorHint(WordsHeard words) {
        String audio = " For emotion from the voice itself, set model.audio to an audio emotion model folder.";
        return switch (words) {
            case WordsHeard.Unclear(Transcript t, String model) -> String.format(Locale.ROOT,
                    "The speech model (%s) was not sure of what it heard (mean word confidence %.2f). If the note is"
                    + " in another language, install a Vosk model for it (alphacephei.com/vosk/models) and set"
                    + " model.stt to its folder.", model, t.meanConfidence()) + audio;
            case WordsHeard.Failed(String model) -> "The speech model " + model + " failed; the log says why."
                    + audio;
            case WordsHeard.NotListened n -> "Speech recognition is off (model.stt: none); set model.stt to"
                    + " builtin:en-us or a Vosk model folder to read what is said." + audio;
            default -> "The words came through but the text path gave no mood (see the log)." + audio;
        };
    }
}
