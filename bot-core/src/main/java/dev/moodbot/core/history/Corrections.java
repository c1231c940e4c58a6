package dev.moodbot.core.history;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.reply.ReplyText;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Wrong mood?" picks turned into stored corrections, in the history database under the same pseudonyms. The text
 * goes with a correction only when its writer has history on, both when it was answered and when they pick.
 */
public final class Corrections {
    /** A pick carries no text to tell a language by, so it is answered in English, as history commands are. */
    private static final ReplyText WORDS = ReplyText.in(Language.EN);
    private static final Logger log = LoggerFactory.getLogger(Corrections.class);

    private final Optional<MoodHistory> store;
    private final UserPseudonyms pseudonyms;
    private final InstantSource clock;
    private final RecentReadings recent;

    Corrections(Optional<MoodHistory> store, UserPseudonyms pseudonyms, InstantSource clock) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.recent = new RecentReadings(() -> clock.millis() * 1_000_000L);
    }

    /**
     * The tag for an answer's control, or empty when there is no store to keep a pick in.
     *
     * @param consentedText the text read, given only when the asker has history on
     */
    public Optional<FeedbackTag> offer(UserRef asker, Mood given, ReadingSource source,
            Optional<String> consentedText) {
        if (store.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackTag(recent.remember(asker, consentedText), given, source));
    }

    /** Stores {@code picker}'s pick of {@code pickedKey} on the answer {@code tagId} names; only they see the reply. */
    public MoodReply correct(UserRef picker, String tagId, String pickedKey) {
        Optional<FeedbackTag> tag = FeedbackTag.parse(tagId);
        Optional<Mood> picked = Mood.fromKey(pickedKey == null ? "" : pickedKey);
        if (store.isEmpty()) {
            return note(WORDS.historyUnavailable());
        }
        if (tag.isEmpty() || picked.isEmpty()) {
            log.info("a correction from {} named no answer or mood: {} {}", picker, tagId, pickedKey);
            return note(WORDS.feedbackUnknown());
        }
        Optional<RecentReadings.Recent> reading = recent.find(tag.get().readingId());
        if (reading.isPresent() && !reading.get().asker().equals(picker)) {
            return note(WORDS.feedbackNotYours());
        }
        try {
            UserKey key = pseudonyms.keyOf(picker);
            Optional<String> text = reading.flatMap(RecentReadings.Recent::text)
                    .filter(t -> store.get().consented(key));
            store.get().correct(key, new Correction(clock.instant(), picker.platform(), tag.get().given(),
                    picked.get(), tag.get().source(), text));
            return note(WORDS.feedbackThanks(WORDS.moodName(picked.get()), text.isPresent()));
        } catch (HistoryStoreException e) {
            log.warn("storing a correction from {} failed: {}", picker, e.toString());
            return note(WORDS.historyFailed());
        }
    }

    /** Every correction stored with its text, oldest first: training and evaluation data. */
    public List<Correction> withText() {
        return store.map(MoodHistory::correctionsWithText).orElse(List.of());
    }

    private static MoodReply note(String message) {
        return new MoodReply.Noted(message, Language.EN);
    }
}
