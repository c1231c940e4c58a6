package dev.moodbot.core.history;

import dev.moodbot.core.mood.Mood;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The history timeline as a PNG: each day's share of each mood as a stacked bar, and the day's mean 1–5 score as a line.
 * Drawn on an opaque light card with dark ink, so it reads the same in Discord's dark theme and Slack's light one.
 * Days are UTC days.
 */
public final class MoodChart {
    public static final int DAYS = 30;
    private static final long HALF_DAY_MS = 12 * 3_600_000L;
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final Color CARD = new Color(0xF7F7F8);
    private static final Color INK = new Color(0x1F2328);
    private static final Map<Mood, Color> COLORS = new EnumMap<>(Map.of(
            Mood.JOY, new Color(0xF2C94C), Mood.SURPRISE, new Color(0x56CCF2), Mood.NEUTRAL, new Color(0xA0A4AB),
            Mood.FEAR, new Color(0x9B51E0), Mood.SADNESS, new Color(0x2F80ED), Mood.DISGUST, new Color(0x27AE60),
            Mood.ANGER, new Color(0xEB5757)));

    private MoodChart() {}

    /** The {@value #DAYS} days up to and including {@code today}'s. */
    public static byte[] render(List<Reading> readings, LocalDate today) {
        LocalDate first = today.minusDays(DAYS - 1);
        DefaultTableXYDataset shares = new DefaultTableXYDataset();
        Map<Mood, XYSeries> byMood = new EnumMap<>(Mood.class);
        for (Mood mood : Mood.values()) {
            XYSeries series = new XYSeries(mood.key(), false, false);
            byMood.put(mood, series);
        }
        XYSeries meanScore = new XYSeries("mean score (1–5)", false, false);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            List<Reading> ofDay = readingsOn(readings, day);
            long x = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + HALF_DAY_MS;
            for (Mood mood : Mood.values()) {
                long count = ofDay.stream().filter(r -> r.mood() == mood).count();
                byMood.get(mood).add(x, ofDay.isEmpty() ? 0.0 : (double) count / ofDay.size());
            }
            if (!ofDay.isEmpty()) {
                meanScore.add(x, ofDay.stream().mapToDouble(Reading::score).average().orElseThrow());
            }
        }
        byMood.values().forEach(shares::addSeries);
        // Each bar spans its day; the dataset's default interval is one millisecond.
        shares.setIntervalWidth(2 * HALF_DAY_MS);
        return png(chart(shares, new XYSeriesCollection(meanScore), first, today));
    }

    private static List<Reading> readingsOn(List<Reading> readings, LocalDate day) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return readings.stream().filter(r -> !r.time().isBefore(start) && r.time().isBefore(end)).toList();
    }

    private static JFreeChart chart(DefaultTableXYDataset shares, XYSeriesCollection score, LocalDate first,
            LocalDate today) {
        DateAxis time = new DateAxis();
        time.setRange(first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        time.setDateFormatOverride(new java.text.SimpleDateFormat("MMM d", java.util.Locale.ROOT));
        NumberAxis share = new NumberAxis("share of the day's moods");
        share.setRange(0, 1);
        share.setTickUnit(new NumberTickUnit(0.25));
        share.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        for (Mood mood : Mood.values()) {
            bars.setSeriesPaint(mood.ordinal(), COLORS.get(mood));
        }
        XYPlot plot = new XYPlot(shares, time, share, bars);
        NumberAxis scoreAxis = new NumberAxis("mean score");
        scoreAxis.setRange(1, 5);
        plot.setRangeAxis(1, scoreAxis);
        plot.setDataset(1, score);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, INK);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        // A white rim keeps the score's markers visible on dark bars (sadness, fear).
        line.setUseOutlinePaint(true);
        line.setDrawOutlines(true);
        line.setSeriesOutlinePaint(0, Color.WHITE);
        line.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xD0D4DA));
        plot.setRangeGridlinePaint(new Color(0xD0D4DA));
        for (var axis : List.of(time, share, scoreAxis)) {
            axis.setLabelPaint(INK);
            axis.setTickLabelPaint(INK);
        }
        JFreeChart chart = new JFreeChart("Mood, last " + DAYS + " days", new Font("SansSerif", Font.BOLD, 16),
                plot, true);
        chart.setBackgroundPaint(CARD);
        chart.getTitle().setPaint(INK);
        chart.getLegend().setBackgroundPaint(CARD);
        chart.getLegend().setItemPaint(INK);
        return chart;
    }

    private static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
