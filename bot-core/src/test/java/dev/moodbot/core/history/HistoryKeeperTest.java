package dev.moodbot.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.mood.MoodScores;
import dev.moodbot.core.reply.ReplyText;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Consent first, on the embedded store: nothing of a user is kept until they turn history on. */
class HistoryKeeperTest extends KeeperOnDisk {
    private static final UserRef BOB = new UserRef("slack", "T1:U2");

    static MoodReport report(Mood mood, double score) {
        double[] probabilities = new double[Mood.values().length];
        probabilities[mood.ordinal()] = 1.0;
        return new MoodReport(mood, 0.9, MoodScores.of(probabilities), score, false, Language.EN, false, "test",
                Duration.ZERO, List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    @Test
    void keep_withoutConsent_storesNothing() {
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        assertEquals(List.of(), keeper.export(ANN));
    }

    @Test
    void keep_afterHistoryOn_storesOnlyThatUsersReadings() {
        assertInstanceOf(MoodReply.Noted.class, keeper.act(ANN, HistoryAction.ON));
        keeper.keep(ANN, report(Mood.JOY, 4.5), ReadingSource.VOICE);
        keeper.keep(BOB, report(Mood.ANGER, 1), ReadingSource.TEXT);
        assertEquals(List.of(new Reading(clock.instant(), "discord", Mood.JOY, 0.9, 4.5, ReadingSource.VOICE)),
                keeper.export(ANN));
        assertEquals(List.of(), keeper.export(BOB));
    }

    @Test
    void act_off_stopsStoringAndKeepsWhatWasStored() {
        keeper.act(ANN, HistoryAction.ON);
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        keeper.act(ANN, HistoryAction.OFF);
        keeper.keep(ANN, report(Mood.SADNESS, 2), ReadingSource.TEXT);
        assertEquals(List.of(Mood.JOY), keeper.export(ANN).stream().map(Reading::mood).toList());
    }

    @Test
    void act_forget_asksFirstAndDeletesNothing() {
        keeper.act(ANN, HistoryAction.ON);
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        MoodReply.ConfirmForget asked = assertInstanceOf(MoodReply.ConfirmForget.class,
                keeper.act(ANN, HistoryAction.FORGET));
        assertTrue(asked.question().contains("cannot be undone"), asked.question());
        assertEquals("Delete everything", asked.confirmLabel());
        assertEquals(1, keeper.export(ANN).size());
    }

    @Test
    void act_forgetConfirmed_deletesEverythingAndStopsStoring() {
        keeper.act(ANN, HistoryAction.ON);
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        MoodReply reply = keeper.act(ANN, HistoryAction.FORGET_CONFIRMED);
        assertTrue(((MoodReply.Noted) reply).message().contains("deleted 1 reading"), reply.toString());
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        assertEquals(List.of(), keeper.export(ANN));
    }

    @Test
    void act_forgetCancelled_saysSoAndKeepsEverything() {
        keeper.act(ANN, HistoryAction.ON);
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        MoodReply.Noted noted = assertInstanceOf(MoodReply.Noted.class,
                keeper.act(ANN, HistoryAction.FORGET_CANCELLED));
        assertEquals(ReplyText.in(Language.EN).forgetCancelled(), noted.message());
        keeper.keep(ANN, report(Mood.SADNESS, 2), ReadingSource.TEXT);
        assertEquals(List.of(Mood.JOY, Mood.SADNESS), keeper.export(ANN).stream().map(Reading::mood).toList());
    }

    @Test
    void act_showWithReadings_answersWithPngChart() {
        keeper.act(ANN, HistoryAction.ON);
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        MoodReply.Chart chart = assertInstanceOf(MoodReply.Chart.class, keeper.act(ANN, HistoryAction.SHOW));
        assertEquals("\u0089PNG", new String(chart.png(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(chart.caption().contains("1 reading"), chart.caption());
    }

    @Test
    void act_showWithoutReadings_explainsHowToTurnOn() {
        MoodReply.Noted noted = assertInstanceOf(MoodReply.Noted.class, keeper.act(ANN, HistoryAction.SHOW));
        assertTrue(noted.message().contains("/mood history on"), noted.message());
    }

    @Test
    void purgeExpired_pastRetention_deletesOnlyOldReadings() {
        keeper.act(ANN, HistoryAction.ON);
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        clock.advance(Duration.ofDays(60));
        keeper.keep(ANN, report(Mood.FEAR, 2), ReadingSource.TEXT);
        assertEquals(0, keeper.purgeExpired());
        clock.advance(Duration.ofDays(31));
        assertEquals(1, keeper.purgeExpired());
        assertEquals(List.of(Mood.FEAR), keeper.export(ANN).stream().map(Reading::mood).toList());
    }

    @Test
    void keeper_saltFile_keepsPlatformIdsOutOfTheDatabase() throws Exception {
        keeper.act(ANN, HistoryAction.ON);
        keeper.keep(ANN, report(Mood.JOY, 5), ReadingSource.TEXT);
        keeper.close();
        byte[] database = Files.readAllBytes(dataFolder.resolve(StorageConfig.EMBEDDED_FILE));
        assertTrue(!new String(database, java.nio.charset.StandardCharsets.ISO_8859_1).contains("discord:123"));
        keeper = HistoryStore.keeper(StorageConfig.defaults(), dataFolder, Optional.empty(), clock);
        assertEquals(1, keeper.export(ANN).size(), "the same salt finds the same user again");
    }

    @Test
    void act_disabledKeeper_saysHistoryIsUnavailable() {
        MoodReply reply = HistoryKeeper.disabled().act(ANN, HistoryAction.ON);
        assertTrue(((MoodReply.Noted) reply).message().contains("not available"), reply.toString());
    }
}
