package dev.moodbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.audio.VoiceReading;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.mood.SentenceMood;
import dev.moodbot.core.music.Track;
import dev.moodbot.core.reply.ReplyText;
import java.util.Locale;

/** The machine-readable form of a reply, for {@code analyze --json}. */
final class ReplyJson {
    private final ObjectMapper mapper = new ObjectMapper();

    ObjectNode render(MoodReply reply) {
        ObjectNode json = mapper.createObjectNode();
        switch (reply) {
            case MoodReply.Answered answered -> report(json, answered.report());
            case MoodReply.Heard heard -> {
                json.put("status", "heard");
                json.putNull("mood");
                json.putNull("transcript");
                json.put("message", heard.why());
                voice(json, heard.reading());
                json.put("language", heard.language().code());
                json.put("operatorHint", heard.operatorHint());
            }
            case MoodReply.RateLimited limited -> json.put("status", "rate_limited")
                    .put("retryAfterSeconds", limited.retryAfter().toMillis() / 1000.0);
            case MoodReply.Busy busy -> json.put("status", "busy")
                    .put("retryAfterSeconds", busy.retryAfter().toMillis() / 1000.0);
            case MoodReply.Rejected rejected -> json.put("status", "rejected")
                    .put("reason", rejected.reason().name().toLowerCase(Locale.ROOT))
                    .put("message", rejected.message());
            case MoodReply.Noted noted -> json.put("status", "noted").put("message", noted.message());
            case MoodReply.ConfirmForget asked -> json.put("status", "confirm").put("message", asked.question());
            case MoodReply.Chart chart -> json.put("status", "chart").put("message", chart.caption())
                    .put("pngBytes", chart.png().length);
        }
        return json;
    }

    /** A voice file refused before it reached core (missing, unreadable, over the size limit). */
    ObjectNode rejection(String message) {
        return mapper.createObjectNode().put("status", "rejected").put("reason", "file_unreadable")
                .put("message", message);
    }

    private static void report(ObjectNode json, MoodReport report) {
        json.put("status", "answered");
        json.put("mood", report.mood().key());
        ReplyText words = ReplyText.in(report.language());
        json.put("moodName", words.moodName(report.mood()));
        json.put("headline", words.headline(report));
        json.put("confidence", report.confidence());
        json.put("unclear", report.unclear());
        ObjectNode scores = json.putObject("scores");
        for (Mood mood : Mood.values()) {
            scores.put(mood.key(), report.scores().get(mood));
        }
        json.put("score", report.score());
        ArrayNode tracks = json.putArray("tracks");
        for (Track track : report.tracks()) {
            tracks.addObject().put("title", track.title()).put("artist", track.artist()).put("url", track.url());
        }
        json.put("model", report.model());
        json.put("truncated", report.truncated());
        json.put("language", report.language().code());
        json.put("latencyMs", report.latency().toMillis());
        report.voice().ifPresent(voice -> {
            json.put("transcript", report.transcript().orElse(null));
            voice(json, voice);
        });
        ArrayNode notes = json.putArray("notes");
        report.notes().forEach(notes::add);
        if (!report.sentences().isEmpty()) {
            ArrayNode sentences = json.putArray("sentences");
            for (SentenceMood sentence : report.sentences()) {
                sentences.addObject().put("text", sentence.text()).put("mood", sentence.mood().key())
                        .put("confidence", sentence.confidence());
            }
        }
    }

    private static void voice(ObjectNode json, VoiceReading voice) {
        json.put("durationSeconds", voice.durationSeconds());
        json.put("analysedSeconds", voice.analysedSeconds());
        ObjectNode reading = json.putObject("voice");
        reading.put("arousal", voice.arousal().name().toLowerCase(Locale.ROOT));
        reading.put("loudnessDbfs", voice.loudnessDbfs());
        reading.put("pitchHz", voice.pitchHz());
        reading.put("pitchVariationSemitones", voice.pitchVariationSemitones());
        reading.put("voicedRatio", voice.voicedRatio());
        reading.put("syllablesPerSecond", voice.syllablesPerSecond());
        ArrayNode notes = reading.putArray("notes");
        voice.notes().forEach(notes::add);
    }
}
