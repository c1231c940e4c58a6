package dev.moodbot.models.data;

import dev.moodbot.core.mood.Mood;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KOTE's 44 labels on moodbot's seven moods, and the rule that turns a row's label set into one gold mood. The
 * reasoning is in {@code models/kote-mapping.md}; in short:
 * <ol>
 *   <li>each label goes to the mood of its closest GoEmotions label under GoEmotions' own Ekman grouping (contempt
 *       and boredom to disgust, after Ekman's and Plutchik's families); 비장함 (resoluteness) has no mood and is not
 *       counted; 없음 (no emotion) is neutral;</li>
 *   <li>a row is neutral when 없음 is among its labels and no mood has {@value #MAJORITY} or more labels (an
 *       annotator saw no emotion and the others did not agree on one);</li>
 *   <li>otherwise the mood with the most labels wins; a tie goes to the mood whose own name is among the labels
 *       (화남/분노, 슬픔, 기쁨, 공포/무서움, 놀람, 역겨움/징그러움), then to the rarer mood
 *       (fear, disgust, surprise, sadness, anger, joy).</li>
 * </ol>
 */
public final class KoteMapping {
    /** Labels one mood must gather to outweigh a 없음: three, as three of five annotators are a majority. */
    static final int MAJORITY = 3;
    static final String NO_EMOTION = "없음";

    private static final Map<String, Mood> MOOD_OF_LABEL = Map.ofEntries(
            Map.entry("불평/불만", Mood.ANGER), Map.entry("환영/호의", Mood.JOY), Map.entry("감동/감탄", Mood.JOY),
            Map.entry("지긋지긋", Mood.ANGER), Map.entry("고마움", Mood.JOY), Map.entry("슬픔", Mood.SADNESS),
            Map.entry("화남/분노", Mood.ANGER), Map.entry("존경", Mood.JOY), Map.entry("기대감", Mood.JOY),
            Map.entry("우쭐댐/무시함", Mood.DISGUST), Map.entry("안타까움/실망", Mood.SADNESS),
            Map.entry("의심/불신", Mood.ANGER), Map.entry("뿌듯함", Mood.JOY), Map.entry("편안/쾌적", Mood.JOY),
            Map.entry("신기함/관심", Mood.SURPRISE), Map.entry("아껴주는", Mood.JOY),
            Map.entry("부끄러움", Mood.SADNESS), Map.entry("공포/무서움", Mood.FEAR), Map.entry("절망", Mood.SADNESS),
            Map.entry("한심함", Mood.DISGUST), Map.entry("역겨움/징그러움", Mood.DISGUST), Map.entry("짜증", Mood.ANGER),
            Map.entry("어이없음", Mood.ANGER), Map.entry(NO_EMOTION, Mood.NEUTRAL),
            Map.entry("패배/자기혐오", Mood.SADNESS), Map.entry("귀찮음", Mood.ANGER), Map.entry("힘듦/지침", Mood.SADNESS),
            Map.entry("즐거움/신남", Mood.JOY), Map.entry("깨달음", Mood.SURPRISE), Map.entry("죄책감", Mood.SADNESS),
            Map.entry("증오/혐오", Mood.DISGUST), Map.entry("흐뭇함(귀여움/예쁨)", Mood.JOY),
            Map.entry("당황/난처", Mood.SURPRISE), Map.entry("경악", Mood.SURPRISE),
            Map.entry("부담/안_내킴", Mood.FEAR), Map.entry("서러움", Mood.SADNESS), Map.entry("재미없음", Mood.DISGUST),
            Map.entry("불쌍함/연민", Mood.SADNESS), Map.entry("놀람", Mood.SURPRISE), Map.entry("행복", Mood.JOY),
            Map.entry("불안/걱정", Mood.FEAR), Map.entry("기쁨", Mood.JOY), Map.entry("안심/신뢰", Mood.JOY));
    /** Labels KOTE has that carry no mood; they are read but not counted. */
    private static final List<String> NO_MOOD = List.of("비장함");
    private static final Map<Mood, String> NAMESAKE = Map.of(Mood.ANGER, "화남/분노", Mood.SADNESS, "슬픔",
            Mood.JOY, "기쁨", Mood.FEAR, "공포/무서움", Mood.SURPRISE, "놀람", Mood.DISGUST, "역겨움/징그러움");
    /** Rarest first, by how often each mood wins outright in KOTE's validation split. */
    private static final List<Mood> RARER_FIRST = List.of(Mood.FEAR, Mood.DISGUST, Mood.SURPRISE, Mood.SADNESS,
            Mood.ANGER, Mood.JOY);

    private KoteMapping() {}

    /**
     * The mood of a KOTE label by its Korean name; empty for a label that carries none.
     *
     * @throws IllegalArgumentException for a name that is not one of KOTE's 44 labels
     */
    public static Optional<Mood> moodOf(String label) {
        if (NO_MOOD.contains(label)) {
            return Optional.empty();
        }
        Mood mood = MOOD_OF_LABEL.get(label);
        if (mood == null) {
            throw new IllegalArgumentException("'" + label + "' is not a KOTE label");
        }
        return Optional.of(mood);
    }

    /** The gold mood of a row, given its labels' Korean names. */
    public static Mood gold(List<String> labels) {
        Map<Mood, Integer> votes = votes(labels);
        int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (best == 0 || labels.contains(NO_EMOTION) && best < MAJORITY) {
            return Mood.NEUTRAL;
        }
        List<Mood> tied = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        List<Mood> named = tied.stream().filter(m -> labels.contains(NAMESAKE.get(m))).toList();
        List<Mood> candidates = named.isEmpty() ? tied : named;
        return RARER_FIRST.stream().filter(candidates::contains).findFirst().orElseThrow();
    }

    /**
     * How a row's labels spread over the moods, summing to 1: each mapped label counts once (없음 for neutral), so a
     * row labelled 짜증, 화남/분노 and 안타까움/실망 is two thirds anger and one third sadness. Training can learn
     * from this spread as well as from the single gold mood.
     */
    public static double[] shares(List<String> labels) {
        double[] shares = new double[Mood.values().length];
        double total = 0;
        for (String label : labels) {
            Optional<Mood> mood = moodOf(label);
            if (mood.isPresent()) {
                shares[mood.get().ordinal()]++;
                total++;
            }
        }
        if (total == 0) {
            shares[Mood.NEUTRAL.ordinal()] = 1;
            return shares;
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= total;
        }
        return shares;
    }

    /** Labels per mood, neutral (없음) and moodless labels left out. */
    public static Map<Mood, Integer> votes(List<String> labels) {
        Map<Mood, Integer> votes = new EnumMap<>(Mood.class);
        for (String label : labels) {
            moodOf(label).filter(m -> m != Mood.NEUTRAL).ifPresent(m -> votes.merge(m, 1, Integer::sum));
        }
        return votes;
    }
}
