package dev.moodbot.core.audio;

import dev.moodbot.core.RejectReason;
import dev.moodbot.core.mood.MoodScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decode → checks → measures → audio model: the blocking part of reading a voice note. */
final class VoiceListener {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceListener.class);
    /** The meter's working rate when no model asks for another: plenty for speech pitch and loudness. */
    static final int METER_RATE = 16_000;
    /** No 20 ms stretch louder than this means nothing was said. */
    private static final double SILENT_DBFS = -55;
    private static final double MIN_SECONDS = 0.25;

    private final VoiceNoteDecoder decoder;
    private final VoiceMeter meter = new VoiceMeter();
    private final Optional<AudioEmotionModel> model;

    VoiceListener(VoiceNoteDecoder decoder, Optional<AudioEmotionModel> model) {
        this.decoder = decoder;
        this.model = model;
    }

    Hearing listen(VoiceNote note) {
        int rate = model.map(AudioEmotionModel::sampleRate).orElse(METER_RATE);
        DecodeOutcome outcome = decoder.decode(note, rate);
        if (outcome instanceof DecodeOutcome.Refused refused) {
            LOG.info("voice note '{}' ({}, {} bytes) refused: {} ({})", note.filename(),
                    note.mimeType().orElse("no MIME type"), note.bytes().length,
                    refused.reason(), refused.detail());
            return new Hearing.Refused(refused.reason());
        }
        AudioClip clip = ((DecodeOutcome.Decoded) outcome).clip();
        boolean cutOff = clip.endedEarly() || note.declaredDurationSeconds().isPresent()
                && note.declaredDurationSeconds().getAsDouble() - clip.durationSeconds() > 1.0;
        if (cutOff && clip.analysedSeconds() < MIN_SECONDS) {
            LOG.info("voice note '{}' broke off after {} s", note.filename(), clip.analysedSeconds());
            return new Hearing.Refused(RejectReason.AUDIO_CORRUPT);
        }
        VoiceReading reading = meter.measure(clip, notes(clip, cutOff));
        if (reading.loudnessDbfs() <= SILENT_DBFS) {
            LOG.info("voice note '{}' is silent ({} dBFS)", note.filename(), reading.loudnessDbfs());
            return new Hearing.Refused(RejectReason.AUDIO_SILENT);
        }
        Optional<MoodScores> voiceMood = model.map(m -> m.score(clip));
        return new Hearing.Measured(reading, voiceMood, model.map(AudioEmotionModel::id));
    }

    private static List<String> notes(AudioClip clip, boolean cutOff) {
        List<String> notes = new ArrayList<>();
        if (clip.capped()) {
            notes.add("The note is " + seconds(clip.durationSeconds()) + " long; I analysed the first "
                    + seconds(clip.analysedSeconds()) + ".");
        }
        if (cutOff) {
            notes.add("The file looks cut off, so I only heard the first " + seconds(clip.analysedSeconds()) + ".");
        }
        return notes;
    }

    private static String seconds(double s) {
        return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", (long) s / 60, Math.round(s) % 60)
                : String.format(Locale.ROOT, "%.1f s", s);
    }
}
