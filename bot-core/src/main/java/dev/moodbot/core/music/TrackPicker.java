package dev.moodbot.core.music;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.UserRef;
import dev.moodbot.core.mood.Mood;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Chooses a reply's tracks: ones whose score range holds the report's score, shuffled, preferring those this user
 * has not been shown lately for this mood. The memory of recent picks is bounded and forgets idle users, so it holds
 * a handful of references per active user and mood, and nothing for the rest.
 *
 * <p>Safe for concurrent use; the random generator need not be, because draws from it are serialised here.
 */
public final class TrackPicker {
    /** Long enough to span a conversation; after that, repeats are welcome again. */
    static final Duration REMEMBER_FOR = Duration.ofHours(6);
    static final long MAX_REMEMBERED = 50_000;

    private final TrackCatalog catalog;
    private final int perReply;
    private final RandomGenerator random;
    private final Cache<RecentKey, List<Track>> recent;
    private final Object randomLock = new Object();

    /**
     * @param perReply how many tracks a reply gets ({@code music.perReply}); 0 turns suggestions off
     * @param random the source of variety; tests pass a seeded or scripted one
     * @param ticker the time source for forgetting idle users
     */
    public TrackPicker(TrackCatalog catalog, int perReply, RandomGenerator random, Ticker ticker) {
        if (perReply < 0) {
            throw new IllegalArgumentException("perReply must be >= 0: " + perReply);
        }
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.perReply = perReply;
        this.random = Objects.requireNonNull(random, "random");
        this.recent = Caffeine.newBuilder()
                .maximumSize(MAX_REMEMBERED)
                .expireAfterAccess(REMEMBER_FOR)
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .build();
    }

    /**
     * Up to {@code perReply} tracks for {@code mood} at {@code score} (1–5). When fewer tracks fit the score than a
     * reply needs, the ones whose range lies nearest fill the rest; never more tracks than the mood has.
     */
    public List<Track> pick(UserRef user, Mood mood, double score) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(mood, "mood");
        if (perReply == 0) {
            return List.of();
        }
        List<List<Track>> chosen = new ArrayList<>(1);
        // compute() serialises picks for one user and mood, so two quick messages cannot get the same tracks.
        recent.asMap().compute(new RecentKey(user, mood), (key, shown) -> {
            List<Track> earlier = shown == null ? List.of() : shown;
            List<Track> picks = choose(catalog.entries(mood), earlier, score);
            chosen.add(picks);
            return remember(earlier, picks);
        });
        return chosen.getFirst();
    }

    private List<Track> choose(List<CatalogEntry> entries, List<Track> shown, double score) {
        List<CatalogEntry> candidates = new ArrayList<>(entries);
        synchronized (randomLock) { // most RandomGenerators are not thread-safe
            Collections.shuffle(candidates, random);
        }
        // Stable sort: fit first, then never shown (-1) before shown long ago; the shuffle breaks the remaining ties.
        candidates.sort(Comparator.comparingDouble((CatalogEntry entry) -> entry.distanceTo(score))
                .thenComparingInt(entry -> shown.indexOf(entry.track())));
        return candidates.stream().limit(perReply).map(CatalogEntry::track).toList();
    }

    /**
     * Keeps the last two replies' tracks, oldest first: enough that consecutive replies differ, few enough that
     * later picks still draw at random from the rest.
     */
    private List<Track> remember(List<Track> earlier, List<Track> picks) {
        List<Track> kept = new ArrayList<>(earlier);
        kept.removeAll(picks);
        kept.addAll(picks);
        int memory = 2 * perReply;
        return List.copyOf(kept.subList(Math.max(0, kept.size() - memory), kept.size()));
    }

    /** Recent picks are per mood: a sad message should not use up the songs for a happy one. */
    private record RecentKey(UserRef user, Mood mood) {}
}
