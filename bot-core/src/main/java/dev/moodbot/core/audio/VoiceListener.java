package dev.moodbot.core.audio;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.RejectReason;
import dev.moodbot.core.mood.MoodScores;
import dev.moodbot.core.speech.Transcriber;
import dev.moodbot.core.speech.Transcript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decode → checks → measures → audio model → speech recognition: the blocking part of reading a voice note. */
final class VoiceListener {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceListener.class);
    /** The meter's and the recogniser's rate: plenty for speech pitch and loudness, and what Kaldi models take. */
    static final int METER_RATE = 16_000;
    /** No 20 ms stretch louder than this means nothing was said. */
    private static final double SILENT_DBFS = -55;
    private static final double MIN_SECONDS = 0.25;

    private final VoiceNoteDecoder decoder;
    private final VoiceMeter meter = new VoiceMeter();
    private final Optional<AudioEmotionModel> model;
    private final Optional<Transcriber> transcriber;
    private final Duration transcribeTimeout;
    private final Ticker ticker;

    VoiceListener(VoiceNoteDecoder decoder, Optional<AudioEmotionModel> model, Optional<Transcriber> transcriber,
            Duration transcribeTimeout, Ticker ticker) {
        this.decoder = decoder;
        this.model = model;
        this.transcriber = transcriber;
        this.transcribeTimeout = transcribeTimeout;
        this.ticker = ticker;
    }

    /** @param given text that came with the note; when there is some, the recogniser is not run */
    Hearing listen(VoiceNote note, Optional<String> given) {
        DecodeOutcome outcome = decoder.decode(note, METER_RATE);
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
        Optional<MoodScores> voiceMood = model.map(m -> m.score(atRate(note, clip, m.sampleRate())));
        WordsHeard words = given.isPresent() ? new WordsHeard.Given(given.get()) : recognise(note, clip);
        return new Hearing.Measured(reading, voiceMood, model.map(AudioEmotionModel::id), words);
    }

    /** The clip at an audio model's own rate: decoded again, since a decode is cheaper than a good resampler. */
    private AudioClip atRate(VoiceNote note, AudioClip at16k, int rate) {
        if (rate == METER_RATE) {
            return at16k;
        }
        DecodeOutcome again = decoder.decode(note, rate);
        return again instanceof DecodeOutcome.Decoded decoded ? decoded.clip() : at16k;
    }

    private WordsHeard recognise(VoiceNote note, AudioClip clip) {
        if (transcriber.isEmpty()) {
            return new WordsHeard.NotListened();
        }
        Transcriber stt = transcriber.get();
        long deadline = ticker.read() + transcribeTimeout.toNanos();
        long start = ticker.read();
        Transcript transcript;
        try {
            transcript = stt.transcribe(clip.samples(), () -> ticker.read() - deadline > 0);
        } catch (RuntimeException e) {
            LOG.error("speech recognition of voice note '{}' failed", note.filename(), e);
            return new WordsHeard.Failed(stt.modelId());
        }
        boolean clear = TranscriptCheck.clear(transcript);
        // The words themselves stay out of INFO logs: they are the user's speech.
        LOG.info("voice note '{}': {} words in {} ms, fit {}/s, mean confidence {}, {}{}", note.filename(),
                transcript.words().size(), (ticker.read() - start) / 1_000_000,
                String.format(Locale.ROOT, "%.1f", transcript.fit()),
                String.format(Locale.ROOT, "%.2f", transcript.meanConfidence()), clear ? "clear" : "unclear",
                transcript.complete() ? "" : ", stopped at the time limit");
        LOG.debug("voice note '{}' transcript: {}", note.filename(), transcript.words());
        return clear ? new WordsHeard.Recognised(transcript, stt.modelId())
                : new WordsHeard.Unclear(transcript, stt.modelId());
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
