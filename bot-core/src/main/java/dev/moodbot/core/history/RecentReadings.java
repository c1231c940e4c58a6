package dev.moodbot.core.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.UserRef;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The answers a "wrong mood?" pick may still refer to, in memory only: who asked and, when they had history on, the
 * text. Bounded and expiring, so text is never held long, and lost on restart: a later pick is still stored, but
 * without text and without checking who asked.
 */
final class RecentReadings {
    static final int MAX_READINGS = 10_000;
    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final int ID_BYTES = 12;

    /** @param text only when the asker had history on when it was answered */
    record Recent(UserRef asker, Optional<String> text) {}

    private final Cache<String, Recent> recent;
    private final SecureRandom random = new SecureRandom();

    RecentReadings(Ticker ticker) {
        this.recent = Caffeine.newBuilder().maximumSize(MAX_READINGS).expireAfterWrite(KEPT_FOR).ticker(ticker)
                .build();
    }

    /** Remembers a reading under a new random id, which is returned. */
    String remember(UserRef asker, Optional<String> text) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        recent.put(id, new Recent(asker, text));
        return id;
    }

    Optional<Recent> find(String id) {
        return Optional.ofNullable(recent.getIfPresent(id));
    }
}
