package dev.moodbot.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.mood.Mood;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Wrong mood?" picks on the embedded store: text only with consent, only the asker, and what a restart loses. */
class CorrectionsTest extends KeeperOnDisk {
    private static final UserRef BOB = new UserRef("discord", "456");

    private List<Correction> storedOf(UserRef user) {
        try (MoodHistory store = HistoryStore.open(StorageConfig.defaults().jdbcUrl(dataFolder), Optional.empty())) {
            return store.corrections(UserPseudonyms.fromSaltFile(dataFolder.resolve(HistoryStore.SALT_FILE))
                    .keyOf(user));
        }
    }

    private String offered(UserRef user, Optional<String> consentedText) {
        return keeper.corrections().offer(user, Mood.JOY, ReadingSource.TEXT, consentedText).orElseThrow().id();
    }

    @Test
    void correct_askerWithHistoryOn_storesPickWithText() {
        keeper.act(ANN, HistoryAction.ON);
        String tag = offered(ANN, Optional.of("my cat knocked over my coffee again"));
        MoodReply.Noted thanks = assertInstanceOf(MoodReply.Noted.class,
                keeper.corrections().correct(ANN, tag, "anger"));
        assertTrue(thanks.message().contains("anger") && thanks.message().contains("with your message"),
                thanks.message());
        assertEquals(List.of(new Correction(clock.instant(), "discord", Mood.JOY, Mood.ANGER, ReadingSource.TEXT,
                Optional.of("my cat knocked over my coffee again"))), storedOf(ANN));
        assertEquals(1, keeper.corrections().withText().size());
    }

    @Test
    void correct_askerWithoutHistory_storesPickWithoutText() {
        String tag = offered(ANN, Optional.empty());
        keeper.corrections().correct(ANN, tag, "sadness");
        assertEquals(List.of(Optional.empty()), storedOf(ANN).stream().map(Correction::text).toList());
        assertEquals(List.of(), keeper.corrections().withText());
    }

    @Test
    void correct_historyTurnedOffBeforeThePick_storesNoText() {
        keeper.act(ANN, HistoryAction.ON);
        String tag = offered(ANN, Optional.of("what a day"));
        keeper.act(ANN, HistoryAction.OFF);
        keeper.corrections().correct(ANN, tag, "surprise");
        assertEquals(List.of(Optional.empty()), storedOf(ANN).stream().map(Correction::text).toList());
    }

    @Test
    void correct_someoneElsesAnswer_refusedAndNothingStored() {
        String tag = offered(ANN, Optional.empty());
        MoodReply.Noted refused = assertInstanceOf(MoodReply.Noted.class,
                keeper.corrections().correct(BOB, tag, "fear"));
        assertTrue(refused.message().contains("Only the person who asked"), refused.message());
        assertEquals(List.of(), storedOf(BOB));
    }

    @Test
    void correct_afterRestart_storedWithoutText() {
        keeper.act(ANN, HistoryAction.ON);
        String tag = offered(ANN, Optional.of("I passed!"));
        reopen();
        keeper.corrections().correct(ANN, tag, "surprise");
        List<Correction> stored = storedOf(ANN);
        assertEquals(List.of(Mood.JOY), stored.stream().map(Correction::given).toList());
        assertEquals(List.of(Optional.empty()), stored.stream().map(Correction::text).toList());
    }

    @Test
    void correct_afterTheReadingExpired_storedWithoutText() {
        keeper.act(ANN, HistoryAction.ON);
        String tag = offered(ANN, Optional.of("I passed!"));
        clock.advance(RecentReadings.KEPT_FOR.plus(Duration.ofMinutes(1)));
        keeper.corrections().correct(ANN, tag, "surprise");
        assertEquals(List.of(Optional.empty()), storedOf(ANN).stream().map(Correction::text).toList());
    }

    @Test
    void correct_tamperedTagOrUnknownMood_friendlyNoteAndNothingStored() {
        String tag = offered(ANN, Optional.empty());
        for (String[] bad : new String[][] {{tag, "bored"}, {tag.replace(":joy:", ":glee:"), "anger"},
                {"moodbot-wrong:../../etc", "anger"}}) {
            MoodReply.Noted noted = assertInstanceOf(MoodReply.Noted.class,
                    keeper.corrections().correct(ANN, bad[0], bad[1]));
            assertTrue(noted.message().contains("couldn't tell"), noted.message());
        }
        assertEquals(List.of(), storedOf(ANN));
    }

    @Test
    void forgetConfirmed_afterCorrections_deletesThemToo() {
        keeper.act(ANN, HistoryAction.ON);
        keeper.corrections().correct(ANN, offered(ANN, Optional.of("ugh")), "disgust");
        keeper.act(ANN, HistoryAction.FORGET_CONFIRMED);
        assertEquals(List.of(), storedOf(ANN));
        assertEquals(List.of(), keeper.corrections().withText());
    }

    @Test
    void offer_disabledKeeper_offersNoControl() {
        assertEquals(Optional.empty(),
                HistoryKeeper.disabled().corrections().offer(ANN, Mood.JOY, ReadingSource.TEXT, Optional.empty()));
    }

    @Test
    void tag_idRoundTrip_carriesNeitherTextNorUser() {
        String id = offered(ANN, Optional.of("secret words"));
        assertTrue(id.length() <= 100, id);
        assertTrue(!id.contains("secret") && !id.contains("123"), id);
        FeedbackTag tag = FeedbackTag.parse(id).orElseThrow();
        assertEquals(id, tag.id());
        assertEquals(Mood.JOY, tag.given());
    }
}
