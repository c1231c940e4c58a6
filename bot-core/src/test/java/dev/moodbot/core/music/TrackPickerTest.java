package dev.moodbot.core.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.MusicConfig;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.testing.FakeTicker;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class TrackPickerTest {
    private static final UserRef ALICE = new UserRef("discord", "alice");
    private static final UserRef BOB = new UserRef("discord", "bob");

    private final FakeTicker ticker = new FakeTicker();

    @Test
    void pick_twiceForSameUserAndMood_sharesNoTrack() {
        TrackPicker picker = new TrackPicker(catalog(8), 3, new SplittableRandom(7), ticker);
        List<Track> first = picker.pick(ALICE, Mood.JOY, 4.5);
        List<Track> second = picker.pick(ALICE, Mood.JOY, 4.5);
        assertEquals(3, first.size());
        assertEquals(3, second.size());
        assertTrue(first.stream().noneMatch(second::contains), first + " then " + second);
    }

    @Test
    void pick_manyTimes_showsEveryTrackOfTheMood() {
        TrackPicker picker = new TrackPicker(catalog(8), 3, new SplittableRandom(7), ticker);
        Set<Track> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            seen.addAll(picker.pick(ALICE, Mood.SADNESS, 2.0));
        }
        assertEquals(Set.copyOf(catalog(8).tracks(Mood.SADNESS)), seen);
    }

    @Test
    void pick_otherUser_startsFreshRegardlessOfFirstUsersHistory() {
        TrackPicker picker = new TrackPicker(catalog(8), 3, new NoShuffle(), ticker);
        List<Track> aliceFirst = picker.pick(ALICE, Mood.JOY, 4.5);
        List<Track> aliceSecond = picker.pick(ALICE, Mood.JOY, 4.5);
        List<Track> bobFirst = picker.pick(BOB, Mood.JOY, 4.5);
        assertEquals(catalog(8).tracks(Mood.JOY).subList(0, 3), aliceFirst);
        assertEquals(catalog(8).tracks(Mood.JOY).subList(3, 6), aliceSecond);
        assertEquals(aliceFirst, bobFirst);
    }

    @Test
    void pick_otherMood_notAffectedByThisMoodsHistory() {
        TrackPicker picker = new TrackPicker(catalog(8), 3, new NoShuffle(), ticker);
        picker.pick(ALICE, Mood.JOY, 4.5);
        assertEquals(catalog(8).tracks(Mood.FEAR).subList(0, 3), picker.pick(ALICE, Mood.FEAR, 2.0));
    }

    @Test
    void pick_afterMemoryExpires_mayRepeatTheFirstReply() {
        TrackPicker picker = new TrackPicker(catalog(8), 3, new NoShuffle(), ticker);
        List<Track> first = picker.pick(ALICE, Mood.JOY, 4.5);
        ticker.advance(TrackPicker.REMEMBER_FOR.plus(Duration.ofSeconds(1)));
        assertEquals(first, picker.pick(ALICE, Mood.JOY, 4.5));
    }

    @Test
    void pick_score_takesOnlyTracksWhoseRangeHoldsIt() {
        TrackCatalog catalog = TrackCatalog.parse(ranged(), "ranged.yaml", 3);
        TrackPicker picker = new TrackPicker(catalog, 3, new SplittableRandom(1), ticker);
        for (int i = 0; i < 10; i++) {
            assertTrue(picker.pick(ALICE, Mood.SADNESS, 1.2).stream().allMatch(t -> t.title().startsWith("Low")));
            assertTrue(picker.pick(BOB, Mood.SADNESS, 2.8).stream().allMatch(t -> t.title().startsWith("Mild")));
        }
    }

    @Test
    void pick_fewerFitThanAReply_fillsWithNearestRange() {
        TrackCatalog catalog = TrackCatalog.parse(ranged(), "ranged.yaml", 3);
        TrackPicker picker = new TrackPicker(catalog, 5, new SplittableRandom(1), ticker);
        List<Track> picks = picker.pick(ALICE, Mood.SADNESS, 1.2);
        assertEquals(5, picks.size());
        assertEquals(4, picks.stream().filter(t -> t.title().startsWith("Low")).count());
        assertTrue(picks.get(4).title().startsWith("Mild"), picks.toString());
    }

    @Test
    void pick_moreThanTheMoodHas_returnsEachTrackOnce() {
        TrackPicker picker = new TrackPicker(catalog(4), 10, new SplittableRandom(3), ticker);
        List<Track> picks = picker.pick(ALICE, Mood.ANGER, 1.0);
        assertEquals(Set.copyOf(catalog(4).tracks(Mood.ANGER)), Set.copyOf(picks));
        assertEquals(4, picks.size());
    }

    @Test
    void pick_perReplyZero_returnsNothing() {
        TrackPicker picker = new TrackPicker(catalog(4), 0, new SplittableRandom(3), ticker);
        assertEquals(List.of(), picker.pick(ALICE, Mood.JOY, 5.0));
    }

    @Test
    void pick_builtinList_crushingAndMildSadnessDiffer() {
        TrackCatalog catalog = TrackCatalog.load(MusicConfig.defaults());
        TrackPicker picker = new TrackPicker(catalog, 3, new SplittableRandom(11), ticker);
        for (double score : new double[] {1.2, 2.8}) {
            for (Track track : picker.pick(ALICE, Mood.SADNESS, score)) {
                CatalogEntry entry = catalog.entries(Mood.SADNESS).stream()
                        .filter(e -> e.track().equals(track)).findFirst().orElseThrow();
                assertEquals(0.0, entry.distanceTo(score), track + " does not suit " + score);
            }
        }
    }

    @Test
    void pick_manyThreadsForOneUser_eachReplyHasDistinctTracks() throws Exception {
        TrackPicker picker = new TrackPicker(catalog(8), 3, new SplittableRandom(5), ticker);
        List<Callable<List<Track>>> picks = Collections.nCopies(200, () -> picker.pick(ALICE, Mood.JOY, 4.0));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<List<Track>> reply : pool.invokeAll(picks, 10, TimeUnit.SECONDS)) {
                assertEquals(3, Set.copyOf(reply.get()).size());
            }
        }
    }

    private static TrackCatalog catalog(int perMood) {
        return TrackCatalog.parse(TrackCatalogTest.allMoods(perMood), "test.yaml", 0);
    }

    /** Four tracks for a crushing low, four for a mild one. */
    private static String ranged() {
        StringBuilder yaml = new StringBuilder(TrackCatalogTest.allMoods(3, Mood.SADNESS)).append("  sadness:\n");
        for (int i = 0; i < 4; i++) {
            yaml.append(TrackCatalogTest.track("Low " + i, "https://example.com/low/" + i)).append("      maxScore: 1.8\n");
            yaml.append(TrackCatalogTest.track("Mild " + i, "https://example.com/mild/" + i)).append("      minScore: 2.2\n");
        }
        return yaml.toString();
    }

    /** Makes {@code Collections.shuffle} keep the order, so a test can name the tracks it expects. */
    private static final class NoShuffle implements RandomGenerator {
        @Override
        public int nextInt(int bound) {
            return bound - 1;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("the picker should only ask for bounded ints");
        }
    }
}
