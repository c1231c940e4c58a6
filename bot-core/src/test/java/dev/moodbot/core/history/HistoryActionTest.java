package dev.moodbot.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.moodbot.core.MoodRequest;
import dev.moodbot.core.UserRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryActionTest {
    @Test
    void parse_historyWords_giveActions() {
        assertEquals(Optional.of(HistoryAction.ON), HistoryAction.parse("  History   ON "));
        assertEquals(Optional.of(HistoryAction.OFF), HistoryAction.parse("history off"));
        assertEquals(Optional.of(HistoryAction.SHOW), HistoryAction.parse("history"));
        assertEquals(Optional.of(HistoryAction.FORGET), HistoryAction.parse("forget"));
    }

    @Test
    void parse_sentenceWithHistoryWords_isTextToRead() {
        assertEquals(Optional.empty(), HistoryAction.parse("history is my favourite subject"));
        assertEquals(Optional.empty(), HistoryAction.parse("I want to forget today"));
    }

    @Test
    void slash_historyOnAndText_mapToTheirRequests() {
        assertEquals(new MoodRequest.History(UserRef.CONSOLE, HistoryAction.ON),
                MoodRequest.slash(UserRef.CONSOLE, "history on"));
        assertInstanceOf(MoodRequest.Text.class, MoodRequest.slash(UserRef.CONSOLE, "I feel great"));
    }
}
