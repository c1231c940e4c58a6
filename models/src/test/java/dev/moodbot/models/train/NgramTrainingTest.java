package dev.moodbot.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.ngram.NgramEmotionModel;
import dev.moodbot.core.ngram.NgramFeatureSpec;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code train-korean}'s whole run on a small Korean set: cross-validation, offsets, temperature, the model. */
class NgramTrainingTest {
    private static final String[][] PHRASES = {
        {"joy", "정말 행복해요", "너무 좋아요 최고", "기뻐서 웃음이 나요 ㅋㅋ", "고마워요 감동이에요", "신나요 즐거워"},
        {"sadness", "너무 슬퍼요 ㅠㅠ", "눈물이 나요", "우울하고 힘들어요", "서러워서 울었어", "마음이 아파요 ㅜㅜ"},
        {"anger", "진짜 짜증나", "화가 나서 미치겠네", "어이없네 진짜", "열받아 죽겠다", "짜증나게 하지마"},
    };

    private static final NgramSettings SETTINGS = new NgramSettings(
            new NgramFeatureSpec(1 << 14, 1, 3, 2, 4, true, true), 1e-4, 0.5, 0.5);

    /** Each row all its gold mood. */
    private static double[][] goldShares(Dataset data) {
        double[][] shares = new double[data.rows().size()][Mood.values().length];
        for (int i = 0; i < shares.length; i++) {
            shares[i][data.rows().get(i).mood().ordinal()] = 1;
        }
        return shares;
    }

    private static Dataset data() {
        List<LabelledText> rows = new ArrayList<>();
        String[] tails = {"", " 오늘", " 진짜로", " 완전", " 지금"};
        for (String tail : tails) {
            for (String[] mood : PHRASES) {
                for (int i = 1; i < mood.length; i++) {
                    rows.add(new LabelledText(mood[i] + tail, Mood.fromKey(mood[0]).orElseThrow()));
                }
            }
        }
        return new Dataset("small-ko", rows, "test rows", Language.KO);
    }

    @Test
    void run_smallKoreanSet_calibratedModelThatReadsUnseenSentences() {
        Dataset data = data();
        double[][] shares = goldShares(data);
        NgramSettings settings = SETTINGS;

        NgramTraining.Trained trained = new NgramTraining(3, 7, 200, 10, 0.3)
                .run(data, shares, List.of(settings), "test");

        assertEquals(1, trained.grid().size());
        assertTrue(trained.best().offsetMacroF1() >= 0.3, trained.best().toString());
        assertTrue(trained.model().temperature() > 0 && trained.model().temperature() != 1.0,
                "T " + trained.model().temperature());
        assertTrue(trained.model().training().get("temperature").toString().contains("out-of-fold"));
        var model = new NgramEmotionModel("small", trained.model());
        var p = model.predict(List.of("행복해요 고마워요", "슬퍼서 눈물 ㅠㅠ", "짜증나 진짜 화나"));
        assertEquals(Mood.JOY, p.get(0).moods().top(), p.get(0).moods().toString());
        assertEquals(Mood.SADNESS, p.get(1).moods().top(), p.get(1).moods().toString());
        assertEquals(Mood.ANGER, p.get(2).moods().top(), p.get(2).moods().toString());
    }

    @Test
    void run_twoExtraRowSets_bothInEveryFitNeverScored() {
        Dataset data = data();
        double[][] shares = goldShares(data);
        NgramSettings settings = SETTINGS;
        NgramTraining.Extra fear = extra("무서워요 겁나요", Mood.FEAR, 6);
        NgramTraining.Extra disgust = extra("역겨워 구역질", Mood.DISGUST, 6);

        NgramTraining.Trained trained = new NgramTraining(3, 7, 200, 10, 0.0)
                .run(data, shares, List.of(settings), "test", List.of(fear, disgust));

        assertEquals(data.rows().size(), trained.outOfFold().length, "the extra rows are never held out");
        var p = new NgramEmotionModel("small", trained.model()).predict(List.of("무서워요 겁나요", "역겨워 구역질"));
        assertEquals(Mood.FEAR, p.get(0).moods().top(), p.get(0).moods().toString());
        assertEquals(Mood.DISGUST, p.get(1).moods().top(), p.get(1).moods().toString());
        String note = trained.model().training().get("data").toString();
        assertTrue(note.contains("also fear rows") && note.contains("also disgust rows"), note);
    }

    private static NgramTraining.Extra extra(String text, Mood mood, int copies) {
        List<LabelledText> rows = new ArrayList<>();
        double[][] targets = new double[copies][Mood.values().length];
        for (int i = 0; i < copies; i++) {
            rows.add(new LabelledText(text, mood));
            targets[i][mood.ordinal()] = 1;
        }
        return new NgramTraining.Extra(new Dataset(mood.key(), rows, mood.key() + " rows", Language.KO), targets,
                1.0);
    }
}
