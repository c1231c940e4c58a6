package dev.moodbot.core.reply;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.audio.VoiceReading;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.moodbot.core.mood.SentenceMood;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words every adapter shows, in the language of the message (Korean for Korean text, else English), so that
 * Discord, Slack and the console say the same things. Adapters own layout; this class owns which words are said,
 * and the wording itself lives in the resource bundle {@code moodbot/replies/Replies*.properties}, one file per
 * language in ICU MessageFormat (plurals and numbers follow the language): a third language is a new file.
 */
public final class ReplyText {
    private static final String BUNDLE = "moodbot.replies.Replies";
    private static final int BAR_WIDTH = 5;
    /** A sentence in the mixed-feelings line is cut to this many characters, to keep the line short. */
    private static final int SENTENCE_CHARS = 32;

    private final ULocale locale;
    private final ResourceBundle words;

    private ReplyText(ULocale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: a key missing in a language falls back to English only.
        this.words = ResourceBundle.getBundle(BUNDLE, locale.toLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReplyText in(Language language) {
        return new ReplyText(language == Language.KO ? ULocale.KOREAN : ULocale.ENGLISH);
    }

    public static ReplyText of(MoodReply reply) {
        return in(reply.language());
    }

    /** The message {@code key} with its named arguments ({@code name, value, name, value, ...}). */
    private String say(String key, Object... namesAndValues) {
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    public String moodName(Mood mood) {
        return say("mood." + mood.key());
    }

    /** "😄 joy (87%)", or the unclear wording when the model was not sure. */
    public String headline(MoodReport report) {
        if (report.unclear()) {
            return say("headline.unclear", "closest", moodName(report.scores().top()));
        }
        return say("headline", "emoji", report.mood().emoji(), "mood", moodName(report.mood()),
                "confidence", report.confidence());
    }

    /** "score ■■■■□ 4/5". */
    public String scoreBar(MoodReport report) {
        int filled = report.roundedScore();
        return say("score.bar", "bar", "■".repeat(filled) + "□".repeat(BAR_WIDTH - filled), "filled", filled);
    }

    /** "joy 87% · surprise 6% · neutral 3%": the {@code count} likeliest moods. */
    public String topMoods(MoodReport report, int count) {
        return report.scores().ranked().stream().limit(count)
                .map(mood -> moodName(mood) + " " + percent(report.scores().get(mood)))
                .collect(Collectors.joining(" · "));
    }

    /** "minilm-emotion · en · 42 ms": which model answered, in which language, how fast. */
    public String footer(MoodReport report) {
        return String.format(Locale.ROOT, "%s · %s · %d ms", report.model(), report.language().code(),
                report.latency().toMillis());
    }

    public String scoreLabel() {
        return say("label.score");
    }

    public String moodLabel() {
        return say("label.mood");
    }

    public String confidenceLabel() {
        return say("label.confidence");
    }

    public String topMoodsLabel() {
        return say("label.topMoods");
    }

    public String tracksLabel() {
        return say("label.tracks");
    }

    /** The note on a voice reply that says how the transcript's words read. */
    public String wordsReadAs(Mood mood, double confidence) {
        return say("words.readAs", "mood", moodName(mood), "moodWithRo", withRo(moodName(mood)),
                "confidence", confidence);
    }

    /** The note on a reply that read the writer's words and left the quoted lines out. */
    public String quoteLeftOut() {
        return say("note.quoteLeftOut");
    }

    /** The note on a reply to a message that was only a quote. */
    public String onlyQuoted() {
        return say("note.onlyQuoted");
    }

    /** One short line for mixed feelings: "Mixed: “Got the job!!” 😄 joy · “But I have to move…” 😢 sadness". */
    public String sentenceMoods(List<SentenceMood> sentences) {
        return say("sentences", "sentences", sentences.stream()
                .map(s -> say("sentences.item", "text", clip(s.text(), SENTENCE_CHARS), "emoji", s.mood().emoji(),
                        "mood", moodName(s.mood())))
                .collect(Collectors.joining(" · ")));
    }

    /** For a message that was only mentions, links, code or other markup: nothing of the writer's to read. */
    public String nothingToRead() {
        return say("nothingToRead");
    }

    /** The note on a voice answer that names what it was read from, e.g. "Read from your words + your voice". */
    public String readFrom(String words, String voice) {
        return say("voice.readFrom", "words", words, "voice", voice);
    }

    public String recognisedWordsSignal() {
        return say("voice.signal.recognisedWords");
    }

    public String givenWordsSignal() {
        return say("voice.signal.givenWords");
    }

    public String voiceEnergySignal(VoiceReading.Arousal arousal) {
        return say("voice.signal.energy", "arousal", arousalName(arousal));
    }

    public String voiceModelSignal() {
        return say("voice.signal.model");
    }

    /** Why a voice note has no mood: its words could not be made out (another language, music, mumbling). */
    public String wordsUnclear() {
        return say("voice.why.unclear");
    }

    public String wordsFailed() {
        return say("voice.why.failed");
    }

    public String wordsNotListened() {
        return say("voice.why.notListened");
    }

    public String wordsWithoutMood() {
        return say("voice.why.noMood");
    }

    public String historyOn() {
        return say("history.on");
    }

    public String historyOff() {
        return say("history.off");
    }

    public String historyUnavailable() {
        return say("history.unavailable");
    }

    public String historyEmpty() {
        return say("history.empty");
    }

    public String historyFailed() {
        return say("history.failed");
    }

    public String historyForgotten(int readings) {
        return say("history.forgotten", "readings", readings);
    }

    /** The "wrong mood?" control's placeholder. */
    public String feedbackPlaceholder() {
        return say("feedback.placeholder");
    }

    /** @param mood the picked mood's name, in this language */
    public String feedbackThanks(String mood, boolean withText) {
        return say("feedback.thanks", "mood", mood, "text", withText ? "kept" : "none");
    }

    /** Under an answer on the console, which has no menu. */
    public String feedbackConsoleHint() {
        return say("feedback.consoleHint");
    }

    public String feedbackNotYours() {
        return say("feedback.notYours");
    }

    public String feedbackUnknown() {
        return say("feedback.unknown");
    }

    public String feedbackNothingYet() {
        return say("feedback.nothingYet");
    }

    public String forgetQuestion() {
        return say("forget.question");
    }

    public String forgetConfirmLabel() {
        return say("forget.confirm");
    }

    public String forgetCancelLabel() {
        return say("forget.cancel");
    }

    public String forgetCancelled() {
        return say("forget.cancelled");
    }

    public String historyChartCaption(int readings, int days) {
        return say("history.chartCaption", "readings", readings, "days", days);
    }

    /** Why a voice note was refused: {@code reason} is a key under {@code voice.rejected.}, e.g. {@code audio_empty}. */
    public String voiceRejected(String reason, String sizeLimit) {
        return say("voice.rejected." + reason, "limit", sizeLimit);
    }

    public String transcribedOnly(double seconds) {
        return say("voice.transcribedOnly", "seconds", Math.round(seconds));
    }

    /** The transcript as a quote, cut to {@code maxChars} at a word boundary. */
    public String quotedTranscript(String transcript, int maxChars) {
        String text = transcript.strip();
        if (text.length() > maxChars) {
            int cut = text.lastIndexOf(' ', maxChars);
            text = text.substring(0, cut > maxChars / 2 ? cut : maxChars) + "…";
        }
        return say("voice.heard", "text", text);
    }

    public String truncatedNote() {
        return say("truncated");
    }

    public String rateLimited(Duration retryAfter) {
        return say("rateLimited", "seconds", seconds(retryAfter));
    }

    public String busy(Duration retryAfter) {
        return say("busy", "seconds", seconds(retryAfter));
    }

    public String usage() {
        return say("usage");
    }

    public String internalError(String correlationId) {
        return say("internalError", "id", correlationId);
    }

    public String modelLabel() {
        return say("label.model");
    }

    /** For a message with nothing to read in it: no text, no voice note. */
    public String help() {
        return say("help");
    }

    /** The description of the /mood command where platforms show one. */
    public String moodCommandDescription() {
        return say("command.mood.description");
    }

    public String textOptionDescription() {
        return say("option.text.description");
    }

    public String voiceOptionDescription() {
        return say("option.voice.description");
    }

    public String privateOptionDescription() {
        return say("option.private.description");
    }

    /** The name of the "read this message" entry in a message's menu. */
    public String messageCommandName() {
        return say("command.message.name");
    }

    /** "🎙️ 2.8 s · energy: steady · …": what was measured on a voice note, with its notes on following lines. */
    public String voiceLine(VoiceReading voice) {
        StringBuilder line = new StringBuilder(say("voice.line", "duration", voice.durationSeconds(),
                "arousal", arousalName(voice.arousal()),
                "loudness", voice.loudnessDbfs(), "pitch", voice.pitchHz(),
                "variation", voice.pitchVariationSemitones(), "rate", voice.syllablesPerSecond()));
        voice.notes().forEach(note -> line.append('\n').append(note));
        return line.toString();
    }

    private String arousalName(VoiceReading.Arousal arousal) {
        return say("arousal." + arousal.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The word with the particle 으로/로: 로 after a vowel or ㄹ (분노로), 으로 after any other final consonant
     * (기쁨으로). Korean grammar that no MessageFormat expresses, so the bundle gets the word with it attached.
     */
    static String withRo(String word) {
        char last = word.charAt(word.length() - 1);
        if (last < 0xAC00 || last > 0xD7A3) {
            return word + "(으)로";
        }
        int tail = (last - 0xAC00) % 28;
        return word + (tail == 0 || tail == 8 ? "로" : "으로");
    }

    private static String clip(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + "…";
    }

    public static String percent(double p) {
        return String.format(Locale.ROOT, "%.0f%%", p * 100);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
