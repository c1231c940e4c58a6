package dev.moodbot.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chat-like messages for the benchmark, the same for a given seed: short reactions, one-liners and the odd longer
 * story, with emoji, slang, a mention or a link now and then. Almost all are distinct, so a result cache cannot make
 * the model look faster than it is; a few stock replies ("lol", "same") recur, as they do in a real channel.
 */
public final class ChatMessages {
    private static final String[] OPENERS = {"", "", "", "ugh", "lol", "omg", "honestly", "ok so", "wow", "hmm",
        "not gonna lie", "guys", "update:", "fr", "welp", "yay", "oof", "hey team,", "so", "wait"};
    private static final String[] SUBJECTS = {"the meeting", "my cat", "this build", "the new season", "our deploy",
        "the final exam", "my landlord", "the weather", "that last patch", "the concert", "my code review",
        "the bus", "this playlist", "the raid last night", "my sister", "the interview", "the pizza place",
        "our standup", "the release", "this bug", "my manager", "the trailer", "the game", "my phone",
        "the new intern", "the coffee machine", "the server", "my flight", "the tournament", "this thread"};
    private static final String[] PREDICATES = {"was brutal", "made my whole day", "is so annoying",
        "scared me a bit", "went way better than expected", "is broken again", "got cancelled", "was amazing",
        "makes me want to cry", "is honestly disgusting", "totally surprised me", "was kind of boring",
        "is finally fixed", "ruined my morning", "was hilarious", "keeps crashing", "is giving me anxiety",
        "was a huge relief", "smells terrible", "blew my mind", "feels pointless", "got me so excited",
        "is taking forever", "was just okay", "left me speechless", "broke my heart", "is sold out",
        "worked on the first try", "is driving me nuts", "was so sweet of them"};
    private static final String[] TAILS = {"", "", "", "", "😂", "😭", "🙃", "❤️", "🔥", "!!", "...", "tbh", "ngl",
        "haha", "lmao", "rn", "ffs", "smh", "again", "today", "for real", "😡", "🥳", "😱", "🤢"};
    private static final String[] JOINERS = {"and", "but", "so", "and then", "because", "while", "plus"};
    private static final String[] DETAILS = {"I waited for two hours", "nobody told me anything",
        "everyone was laughing", "I could not sleep at all", "we shipped it anyway", "I almost missed it",
        "the whole channel went quiet", "it only cost ten bucks", "my hands are still shaking",
        "I have to redo everything", "they gave us free snacks", "I just stared at the screen",
        "it rained the entire time", "I finally understood why", "the chat exploded",
        "my dog barked at it", "I had to call support twice", "it felt like a dream"};
    /** Stock replies that recur in any channel; about one message in thirty is one of these. */
    private static final String[] STOCK = {"lol", "same", "thanks!", "gg", "nice", "ok", "wow", "rip", "lmao",
        "yes!!"};

    private ChatMessages() {}

    public static List<String> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(random.nextInt(30) == 0 ? pick(random, STOCK) : message(random));
        }
        return messages;
    }

    private static String message(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        append(text, pick(random, OPENERS));
        if (random.nextInt(12) == 0) {
            append(text, "<@" + (100_000 + random.nextInt(900_000)) + ">");
        }
        append(text, pick(random, SUBJECTS));
        append(text, pick(random, PREDICATES));
        // Most messages are one clause; some go on, and a few become a small story.
        int roll = random.nextInt(20);
        int more = roll < 4 ? 0 : roll < 11 ? 1 : roll < 17 ? 2 : 3 + random.nextInt(4);
        for (int i = 0; i < more; i++) {
            append(text, pick(random, JOINERS));
            append(text, random.nextBoolean() ? pick(random, DETAILS)
                    : pick(random, SUBJECTS) + " " + pick(random, PREDICATES));
        }
        if (random.nextInt(25) == 0) {
            append(text, "https://example.com/p/" + random.nextInt(10_000));
        }
        append(text, pick(random, TAILS));
        if (random.nextInt(8) == 0) {
            append(text, pick(random, TAILS));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!part.isEmpty()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(part);
        }
    }

    private static String pick(SplittableRandom random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
