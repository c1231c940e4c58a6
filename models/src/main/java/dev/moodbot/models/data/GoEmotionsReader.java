package dev.moodbot.models.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.text.TextNormalizer;
import dev.moodbot.models.LabelledText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A GoEmotions folder as published ({@code emotions.txt}, {@code ekman_mapping.json}, {@code train|dev|test.tsv}),
 * read in its Ekman view: a row's moods are the Ekman groups of its labels, plus neutral for label
 * {@code neutral}. Only rows whose labels fall in exactly one group are kept (4,968 of the 5,427 test rows). A
 * translation with the same files (GoEmotions-ko) reads the same way and is named after its folder.
 */
public final class GoEmotionsReader implements DatasetReader {

    @Override
    public boolean accepts(Path path) {
        return Files.isRegularFile(path.resolve("emotions.txt")) && Files.isRegularFile(path.resolve("ekman_mapping.json"));
    }

    @Override
    public Dataset read(Path dir, String split) throws IOException {
        List<Mood> moodOfLabel = moodOfLabel(dir);
        Path file = dir.resolve(split + ".tsv");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " does not exist (GoEmotions splits: train, dev, test)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledText> rows = new ArrayList<>();
        for (String line : lines) {
            // Split on tabs only: texts contain literal quotes that CSV parsing would eat.
            String[] cols = line.split("\t", -1);
            Set<Mood> moods = EnumSet.noneOf(Mood.class);
            for (String id : cols[1].split(",")) {
                moods.add(moodOfLabel.get(Integer.parseInt(id.strip())));
            }
            if (moods.size() == 1) {
                rows.add(new LabelledText(cols[0], moods.iterator().next()));
            }
        }
        Language language = language(rows);
        String note = String.format("GoEmotions%s %s, Ekman view: %,d of %,d rows, those whose labels fall in exactly "
                + "one Ekman group (neutral counts as one)", language == Language.KO ? " (Korean translation)" : "",
                split, rows.size(), lines.size());
        return new Dataset(dir.toAbsolutePath().normalize().getFileName() + "/" + split, rows, note, language);
    }

    /**
     * The language most rows are in, as the bot itself tells it: a translated copy (GoEmotions-ko) has the same
     * files and is read the same way, but is compared on the Korean models.
     */
    private static Language language(List<LabelledText> rows) {
        TextNormalizer normalizer = new TextNormalizer(TextNormalizer.MESSAGE_MAX_CHARS);
        long korean = rows.stream().limit(200).filter(r -> normalizer.normalize(r.text()).language() == Language.KO)
                .count();
        return 2 * korean > Math.min(rows.size(), 200) ? Language.KO : Language.EN;
    }

    private static List<Mood> moodOfLabel(Path dir) throws IOException {
        JsonNode mapping = new ObjectMapper().readTree(dir.resolve("ekman_mapping.json").toFile());
        Map<String, Mood> groupOf = new HashMap<>();
        mapping.properties().forEach(group -> group.getValue().forEach(label -> groupOf.put(label.asText(),
                Mood.fromKey(group.getKey()).orElseThrow())));
        groupOf.put("neutral", Mood.NEUTRAL);
        List<Mood> moods = new ArrayList<>();
        for (String label : Files.readString(dir.resolve("emotions.txt")).strip().split("\n")) {
            Mood mood = groupOf.get(label.strip());
            if (mood == null) {
                throw new IOException("GoEmotions label '" + label + "' is in no Ekman group");
            }
            moods.add(mood);
        }
        return moods;
    }
}
