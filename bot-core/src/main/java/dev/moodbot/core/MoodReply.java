package dev.moodbot.core;

import dev.moodbot.core.audio.VoiceReading;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.MoodReport;
import java.time.Duration;
import dev.moodbot.core.history.FeedbackTag;
import java.util.Objects;
import java.util.Optional;

/** Every expected outcome of a request is one of these values; exceptions are left for bugs and outages. */
public sealed interface MoodReply {

    /** The language the reply should be written in. */
    Language language();

    /**
     * The mood was read.
     *
     * @param feedback what the answer's "wrong mood?" control carries; empty when picks cannot be stored
     */
    record Answered(MoodReport report, Optional<FeedbackTag> feedback) implements MoodReply {
        public Answered {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(feedback, "feedback");
        }

        public Answered(MoodReport report) {
            this(report, Optional.empty());
        }

        @Override
        public Language language() {
            return report.language();
        }
    }

    /**
     * A voice note was heard, but no mood can honestly be given: its words could not be made out (another language,
     * music, mumbling) or were not listened to, and no audio emotion model is installed. Only the measured energy is
     * reported, never presented as an emotion.
     *
     * @param why for the user: why there is no mood
     * @param operatorHint for whoever runs moodbot: what to install or configure to get one
     */
    record Heard(VoiceReading reading, String why, Language language, String operatorHint) implements MoodReply {
        public Heard {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(operatorHint, "operatorHint");
        }
    }

    /** This user asked too often; the bucket refills after {@code retryAfter}. */
    record RateLimited(Duration retryAfter, Language language) implements MoodReply {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** The inference queue is full; shed instead of growing. */
    record Busy(Duration retryAfter, Language language) implements MoodReply {
        public Busy {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * The input cannot be read; {@code message} is friendly text for the user, already in {@code language}.
     */
    record Rejected(RejectReason reason, String message, Language language) implements MoodReply {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A history setting was changed or looked up; {@code message} is for the user. */
    record Noted(String message, Language language) implements MoodReply {
        public Noted {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * {@code /mood forget} asks first: {@code question} for the user, and the labels of the button that deletes
     * ({@link dev.moodbot.core.history.HistoryAction#FORGET_CONFIRMED}) and of the one that keeps everything.
     */
    record ConfirmForget(String question, String confirmLabel, String cancelLabel, Language language)
            implements MoodReply {
        public ConfirmForget {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(confirmLabel, "confirmLabel");
            Objects.requireNonNull(cancelLabel, "cancelLabel");
        }
    }

    /** The user's mood history as a PNG chart, with a caption. */
    record Chart(byte[] png, String caption, Language language) implements MoodReply {
        public Chart {
            Objects.requireNonNull(png, "png");
            Objects.requireNonNull(caption, "caption");
        }
    }
}
