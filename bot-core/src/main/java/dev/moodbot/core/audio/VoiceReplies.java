package dev.moodbot.core.audio;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.mood.MoodScores;
import dev.moodbot.core.reply.ReplyText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assembles the reply for a heard note: a model's mood report, or the honest energy reading. */
final class VoiceReplies {
    private VoiceReplies() {}

    static MoodReply reply(Hearing.Measured measured, Optional<MoodReport> textMood, String installHint) {
        Language language = textMood.map(MoodReport::language).orElse(Language.EN);
        if (measured.voiceMood().isEmpty()) {
            return new MoodReply.Heard(measured.reading(), textMood, language, installHint);
        }
        MoodScores scores = measured.voiceMood().get();
        Mood top = scores.top();
        List<String> notes = new ArrayList<>(measured.reading().notes());
        textMood.ifPresent(text -> notes.add(ReplyText.in(language).wordsReadAs(text.mood(), text.confidence())));
        MoodReport report = new MoodReport(top, scores.get(top), scores, scores.valence(), false, language, false,
                "audio:" + measured.model().orElse("?"), Duration.ZERO, List.of(), Optional.of(measured.reading()),
                notes);
        return new MoodReply.Answered(report);
    }
}
