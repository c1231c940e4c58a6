package dev.moodbot.core.reply;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.audio.VoiceReading;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.mood.SentenceMood;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words every adapter shows, in the language of the message (Korean for Korean text, else English), so that
 * Discord, Slack and the console say the same things. Adapters own layout; this class owns wording.
 */
public final class ReplyText {
    private static final int BAR_WIDTH = 5;
    /** A sentence in the mixed-feelings line is cut to this many characters, to keep the line short. */
    private static final int SENTENCE_CHARS = 32;

    private final Language language;

    private ReplyText(Language language) {
        this.language = language;
    }

    public static ReplyText in(Language language) {
        return new ReplyText(language == Language.KO ? Language.KO : Language.EN);
    }

    public static ReplyText of(MoodReply reply) {
        return in(reply.language());
    }

    private boolean korean() {
        return language == Language.KO;
    }

    public String moodName(Mood mood) {
        if (korean()) {
            return switch (mood) {
                case JOY -> "기쁨";
                case SADNESS -> "슬픔";
                case ANGER -> "분노";
                case FEAR -> "두려움";
                case SURPRISE -> "놀람";
                case DISGUST -> "혐오";
                case NEUTRAL -> "평온";
            };
        }
        return mood.key();
    }

    /** "😄 joy (87%)", or the unclear wording when the model was not sure. */
    public String headline(MoodReport report) {
        if (report.unclear()) {
            return korean()
                    ? "🤔 감정이 뚜렷하지 않아요 (가장 가까운 것: " + moodName(report.scores().top()) + ")"
                    : "🤔 mixed or unclear (closest: " + moodName(report.scores().top()) + ")";
        }
        return report.mood().emoji() + " " + moodName(report.mood()) + " (" + percent(report.confidence()) + ")";
    }

    /** "score ■■■■□ 4/5". */
    public String scoreBar(MoodReport report) {
        int filled = report.roundedScore();
        String bar = "■".repeat(filled) + "□".repeat(BAR_WIDTH - filled);
        return (korean() ? "점수 " : "score ") + bar + " " + filled + "/5";
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
        return korean() ? "점수" : "Score";
    }

    public String moodLabel() {
        return korean() ? "기분" : "Mood";
    }

    public String confidenceLabel() {
        return korean() ? "확신도" : "Confidence";
    }

    public String topMoodsLabel() {
        return korean() ? "다른 감정" : "Top moods";
    }

    public String tracksLabel() {
        return korean() ? "어울리는 음악" : "Music for this mood";
    }

    /** The note on a voice reply that says how the transcript's words read. */
    public String wordsReadAs(Mood mood, double confidence) {
        return korean()
                ? "말의 내용은 " + withRo(moodName(mood)) + " 읽혀요 (" + percent(confidence) + ")."
                : "The words read as " + moodName(mood) + " (" + percent(confidence) + ").";
    }

    /** The note on a reply that read the writer's words and left the quoted lines out. */
    public String quoteLeftOut() {
        return korean() ? "인용한 줄은 다른 사람의 말이라 읽지 않았어요." : "Quoted lines were left out: they are someone else's words.";
    }

    /** The note on a reply to a message that was only a quote. */
    public String onlyQuoted() {
        return korean() ? "인용한 말의 기분이에요. 보낸 분의 기분이 아닐 수도 있어요."
                : "This is the mood of the quoted words, which may not be yours.";
    }

    /** One short line for mixed feelings: "Mixed: “Got the job!!” 😄 joy · “But I have to move…” 😢 sadness". */
    public String sentenceMoods(List<SentenceMood> sentences) {
        return (korean() ? "문장마다 달라요: " : "Mixed: ") + sentences.stream()
                .map(s -> "“" + clip(s.text(), SENTENCE_CHARS) + "” " + s.mood().emoji() + " " + moodName(s.mood()))
                .collect(Collectors.joining(" · "));
    }

    /** For a message that was only mentions, links, code or other markup: nothing of the writer's to read. */
    public String nothingToRead() {
        return korean()
                ? "🔗 링크나 멘션, 코드뿐이라 기분을 읽을 말이 없어요. 예: /mood 오늘 정말 행복해요"
                : "🔗 I only see links, mentions or code there, so there is nothing to read a mood from."
                        + " Try /mood with some words, e.g. /mood I just got the job!";
    }

    /** The note on a voice answer that names what it was read from, e.g. "Read from your words + your voice". */
    public String readFrom(String words, String voice) {
        return korean() ? "읽은 것: " + words + " + " + voice : "Read from: " + words + " + " + voice + ".";
    }

    public String recognisedWordsSignal() {
        return korean() ? "알아들은 말" : "the words I heard";
    }

    public String givenWordsSignal() {
        return korean() ? "함께 온 글" : "the text that came with it";
    }

    public String voiceEnergySignal(VoiceReading.Arousal arousal) {
        return korean() ? "목소리의 에너지 (" + arousalName(arousal) + ")"
                : "how your voice sounded (" + arousalName(arousal) + ")";
    }

    public String voiceModelSignal() {
        return korean() ? "목소리 감정 모델" : "the voice emotion model";
    }

    public String transcribedOnly(double seconds) {
        return korean() ? String.format(Locale.ROOT, "시간이 모자라 앞의 %.0f초만 받아 적었어요.", seconds)
                : String.format(Locale.ROOT, "I only had time to transcribe the first %.0f s.", seconds);
    }

    /** The transcript as a quote, cut to {@code maxChars} at a word boundary. */
    public String quotedTranscript(String transcript, int maxChars) {
        String text = transcript.strip();
        if (text.length() > maxChars) {
            int cut = text.lastIndexOf(' ', maxChars);
            text = text.substring(0, cut > maxChars / 2 ? cut : maxChars) + "…";
        }
        return (korean() ? "🗣️ 들은 말: “" : "🗣️ I heard: “") + text + "”";
    }

    public String truncatedNote() {
        return korean() ? "메시지가 길어서 앞부분만 읽었어요." : "The message was long, so only its beginning was read.";
    }

    public String rateLimited(Duration retryAfter) {
        long s = seconds(retryAfter);
        return korean()
                ? "⏳ 조금 천천히요! " + s + "초 뒤에 다시 시도해 주세요."
                : "⏳ Easy there! You can ask again in " + s + " s.";
    }

    public String busy(Duration retryAfter) {
        long s = seconds(retryAfter);
        return korean()
                ? "🚦 지금 요청이 많아요. " + s + "초 뒤에 다시 시도해 주세요."
                : "🚦 I'm busy right now. Please try again in " + s + " s.";
    }

    public String usage() {
        return korean()
                ? "사용법: /mood <문장> — 예: /mood 오늘 정말 행복해요"
                : "Usage: /mood <text> — for example: /mood I just got the job, I'm so happy!";
    }

    public String internalError(String correlationId) {
        return korean()
                ? "😵 문제가 생겨서 읽지 못했어요. 다시 시도해 주세요. (오류 번호 " + correlationId + ")"
                : "😵 Something went wrong on my side. Please try again. (error id " + correlationId + ")";
    }

    public String modelLabel() {
        return korean() ? "모델" : "Model";
    }

    /** For a message with nothing to read in it: no text, no voice note. */
    public String help() {
        return korean()
                ? "👋 문장이나 음성 메시지를 보내 주시면 기분을 읽어 드릴게요. 서버에서는 저를 멘션하거나 /mood를 써 주세요."
                : "👋 Send me some text or a voice message and I'll read its mood."
                        + " In a server, mention me or use /mood.";
    }

    /** The description of the /mood command where platforms show one. */
    public String moodCommandDescription() {
        return korean() ? "문장이나 음성 메시지의 기분을 읽어요" : "Read the mood of some text or a voice note";
    }

    public String textOptionDescription() {
        return korean() ? "기분을 읽을 문장" : "The text to read";
    }

    public String voiceOptionDescription() {
        return korean() ? "음성 메시지나 오디오 파일" : "A voice note or audio file";
    }

    public String privateOptionDescription() {
        return korean() ? "나만 볼 수 있게 답해요" : "Answer so that only you can see it";
    }

    /** The name of the "read this message" entry in a message's menu. */
    public String messageCommandName() {
        return korean() ? "이 메시지의 기분" : "Mood of this message";
    }

    /** "🎙️ 2.8 s · energy: steady · …": what was measured on a voice note, with its notes on following lines. */
    public String voiceLine(VoiceReading voice) {
        String format = korean()
                ? "🎙️ %.1f초 · 에너지: %s · 음량 %.0f dBFS · 음높이 %.0f Hz (±%.1f 반음) · 초당 %.1f 음절"
                : "🎙️ %.1f s · energy: %s · loudness %.0f dBFS · pitch %.0f Hz (±%.1f semitones) · %.1f syllables/s";
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, format, voice.durationSeconds(),
                arousalName(voice.arousal()), voice.loudnessDbfs(), voice.pitchHz(), voice.pitchVariationSemitones(),
                voice.syllablesPerSecond()));
        voice.notes().forEach(note -> line.append('\n').append(note));
        return line.toString();
    }

    /**
     * The word with the particle 으로/로: 로 after a vowel or ㄹ (분노로), 으로 after any other final consonant
     * (기쁨으로).
     */
    private String arousalName(VoiceReading.Arousal arousal) {
        if (korean()) {
            return switch (arousal) {
                case CALM -> "차분함";
                case STEADY -> "보통";
                case ENERGETIC -> "활발함";
            };
        }
        return arousal.name().toLowerCase(Locale.ROOT);
    }

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
