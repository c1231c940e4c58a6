package dev.moodbot.models.data;

import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.models.LabelledText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A KOTE folder as published ({@code labels.tsv}, {@code val.tsv}, {@code test.tsv}; {@code train.tsv} where it
 * could be had): {@code id<TAB>text<TAB>label ids}, no header. A text that holds quotes is CSV-quoted
 * ({@code "... ""x"" ..."}) and is unquoted here. Every row is kept; its gold mood comes from
 * {@link KoteMapping#gold}.
 */
public final class KoteReader implements DatasetReader {
    static final String LABELS = "labels.tsv";

    /** One KOTE row: its text and the Korean names of its labels. */
    public record Row(String text, List<String> labels) {
        public Row {
            labels = List.copyOf(labels);
        }

        public Mood gold() {
            return KoteMapping.gold(labels);
        }
    }

    @Override
    public boolean accepts(Path path) {
        return Files.isRegularFile(path.resolve(LABELS))
                && (Files.isRegularFile(path.resolve("val.tsv")) || Files.isRegularFile(path.resolve("test.tsv")));
    }

    @Override
    public Dataset read(Path dir, String split) throws IOException {
        List<Row> rows = rows(dir, split);
        List<LabelledText> labelled = rows.stream().map(r -> new LabelledText(r.text(), r.gold())).toList();
        Map<Mood, Long> counts = new EnumMap<>(Mood.class);
        labelled.forEach(r -> counts.merge(r.mood(), 1L, Long::sum));
        String note = String.format("KOTE %s: all %,d rows, gold mood by the plurality of their mapped labels "
                + "(models/kote-mapping.md): %s", split, rows.size(), counts.entrySet().stream()
                .map(e -> e.getKey().key() + " " + e.getValue()).collect(Collectors.joining(", ")));
        return new Dataset("kote/" + split, labelled, note, Language.KO);
    }

    /** The rows of one split with their label names, for training on the labels themselves. */
    public List<Row> rows(Path dir, String split) throws IOException {
        List<String> names = labelNames(dir);
        Path file = dir.resolve(split + ".tsv");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " does not exist (KOTE splits here: val, test)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length != 3) {
                throw new IOException(file + ":" + (i + 1) + ": expected id<TAB>text<TAB>labels, got " + cols.length
                        + " columns");
            }
            List<String> labels = new ArrayList<>();
            for (String id : cols[2].split(",")) {
                int n = parseId(file, i + 1, id);
                if (n < 0 || n >= names.size()) {
                    throw new IOException(file + ":" + (i + 1) + ": label id " + n + " is not in " + LABELS);
                }
                labels.add(names.get(n));
            }
            rows.add(new Row(unquote(cols[1]), labels));
        }
        return rows;
    }

    /**
     * The words of KOTE's own label names as rows of their mood (역겨움/징그러움 → 역겨움 and 징그러움, disgust;
     * 흐뭇함(귀여움/예쁨) → 흐뭇함, 귀여움 and 예쁨, joy): plain emotion words that the comments, about news and
     * celebrities, seldom use themselves. 없음 (no emotion) and labels without a mood are left out.
     */
    public Dataset labelWords(Path dir) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (String label : labelNames(dir)) {
            Optional<Mood> mood = KoteMapping.moodOf(label);
            if (mood.isEmpty() || mood.get() == Mood.NEUTRAL) {
                continue;
            }
            for (String word : label.split("[/()]")) {
                if (!word.isBlank()) {
                    rows.add(new LabelledText(word.replace('_', ' ').strip(), mood.get()));
                }
            }
        }
        return new Dataset("kote/labels", rows, String.format("the words of KOTE's %d label names with a mood, "
                + "one row each (%d)", labelNames(dir).size(), rows.size()), Language.KO);
    }

    /** Label names by id; each must be one {@link KoteMapping} knows, so a changed label set fails loudly. */
    static List<String> labelNames(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(LABELS), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (Integer.parseInt(cols[0].strip()) != names.size()) {
                throw new IOException(LABELS + ": ids must run 0, 1, 2, ...; got " + Arrays.toString(cols));
            }
            try {
                KoteMapping.moodOf(cols[1]);
            } catch (IllegalArgumentException e) {
                throw new IOException(LABELS + ": " + e.getMessage() + " (see models/kote-mapping.md)", e);
            }
            names.add(cols[1]);
        }
        return names;
    }

    private static int parseId(Path file, int line, String id) throws IOException {
        try {
            return Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + line + ": label id '" + id + "' is not a number", e);
        }
    }

    static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }
}
