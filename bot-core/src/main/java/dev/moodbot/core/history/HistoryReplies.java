package dev.moodbot.core.history;

/** The words of history replies, in one place so they can join the reply bundles. */
final class HistoryReplies {
    static final String ON = "📒 Mood history is on: from now on I keep the time, mood and score of each message "
            + "you ask me about (never its text). /mood history shows the last 30 days; /mood history off stops; "
            + "/mood forget deletes everything.";
    static final String OFF = "📕 Mood history is off: nothing more is stored. What was stored stays until "
            + "/mood forget or the retention period deletes it.";
    static final String UNAVAILABLE = "Mood history is not available on this bot.";
    static final String EMPTY = "No mood history yet. Turn it on with /mood history on.";
    static final String FAILED = "😵 The mood history store is not answering right now. Please try again later.";

    private HistoryReplies() {}

    static String forgotten(int readings) {
        return "🗑️ Done: deleted " + readings + (readings == 1 ? " reading" : " readings")
                + " and turned history off.";
    }

    static String chartCaption(int readings, int days) {
        return "Your moods over the last " + days + " days (" + readings
                + (readings == 1 ? " reading)." : " readings).");
    }
}
