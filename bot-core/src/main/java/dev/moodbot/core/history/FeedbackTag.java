package dev.moodbot.core.history;

import dev.moodbot.core.mood.Mood;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a "wrong mood?" control carries on the platform: a random id of the reading, the mood given and the source.
 * Never the text nor the user: the id only finds the text in {@link RecentReadings} while it is remembered, so a
 * component id that Discord or Slack echo back, log or show to others leaks nothing of the message.
 *
 * @param readingId random, from {@link RecentReadings}
 */
public record FeedbackTag(String readingId, Mood given, ReadingSource source) {
    /** Every tag starts with this, so adapters can route the control's events to core. */
    public static final String PREFIX = "moodbot-wrong:";
    private static final Pattern FORM =
            Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9_-]{1,32}):([a-z]+):([a-z]+)");

    public FeedbackTag {
        Objects.requireNonNull(readingId, "readingId");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(source, "source");
    }

    /** The id a platform component carries, under 100 characters (Discord's limit for a custom id). */
    public String id() {
        return PREFIX + readingId + ":" + given.key() + ":" + source.key();
    }

    /** The tag in a component id, or empty when the id is not one of moodbot's (or was tampered with). */
    public static Optional<FeedbackTag> parse(String id) {
        Matcher matcher = FORM.matcher(id == null ? "" : id);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<Mood> given = Mood.fromKey(matcher.group(2));
        Optional<ReadingSource> source = ReadingSource.parse(matcher.group(3));
        return given.isPresent() && source.isPresent()
                ? Optional.of(new FeedbackTag(matcher.group(1), given.get(), source.get()))
                : Optional.empty();
    }
}
