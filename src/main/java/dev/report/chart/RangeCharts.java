package dev.report.chart;

import dev.report.analyze.Aggregate;
import dev.report.analyze.Aggregate.RangesByDate.Range;
import dev.report.read.TableProfile;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Ranges on a date axis, one colour per group; records of a minority kind (an {@code actual}
 * among {@code guidance}) drawn with a marker of their own, in their group's colour.
 */
final class RangeCharts {
  private RangeCharts() {}

  /** Dataset index of the marked records on the plot (0 holds the ranges). */
  static final int MARKED = 1;

  /** Marker shapes of the marked kinds, in order; past the last they repeat. */
  static final Shape[] SHAPES = {
      ShapeUtils.createDiamond(7), ShapeUtils.createDiagonalCross(6, 1.5f),
      ShapeUtils.createUpTriangle(6), ShapeUtils.createDownTriangle(6)};

  static RenderedChart ranges(Aggregate.RangesByDate r, TableProfile t, ChartOptions options) {
    if (r.ranges().isEmpty()) {
      return null;
    }
    String usual = usualKind(r.ranges());
    List<String> marked = new ArrayList<>();
    Map<String, YIntervalSeries> groups = new LinkedHashMap<>();
    Map<String, YIntervalSeries> markers = new LinkedHashMap<>();
    for (Range range : r.ranges()) {
      String key = !range.label().isEmpty() ? range.label()
          : r.kindColumn >= 0 && !usual.isEmpty() ? usual
          : r.lowColumn == r.highColumn ? Words.measure(Charts.col(t, r.lowColumn))
          : Words.measure(Charts.col(t, r.lowColumn)) + " – "
              + Words.measure(Charts.col(t, r.highColumn));
      YIntervalSeries group = groups.computeIfAbsent(key, k -> new YIntervalSeries(k, false, true));
      double middle = (range.low() + range.high()) / 2;
      if (range.kind().isEmpty() || range.kind().equals(usual)) {
        group.add(Charts.millis(range.date()), middle, range.low(), range.high());
        continue;
      }
      if (!marked.contains(range.kind())) {
        marked.add(range.kind());
      }
      markers.computeIfAbsent(key + "\u0000" + range.kind(), k -> new YIntervalSeries(k, false, true))
          .add(Charts.millis(range.date()), middle, range.low(), range.high());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    groups.values().forEach(data::addSeries);
    DateAxis x = Charts.dateAxis(Charts.col(t, r.dateColumn));
    Charts.fitDates(x, r.ranges().stream().map(Range::date).min(LocalDate::compareTo).orElseThrow(),
        r.ranges().stream().map(Range::date).max(LocalDate::compareTo).orElseThrow());
    String low = Charts.col(t, r.lowColumn);
    String high = Charts.col(t, r.highColumn);
    // The words low and high have in common (usd_billion), else both: "Low to high".
    String common = Charts.common(low, high);
    NumberAxis y = Charts.valueAxis(t, r.lowColumn, r.lowColumn != r.highColumn
        && common.equals(low) ? Words.capitalized(Words.measure(low) + " to "
        + Words.measure(high)) : Charts.humanize(common));
    YIntervalRenderer renderer = new YIntervalRenderer();
    List<String> keys = new ArrayList<>(groups.keySet());
    for (int i = 0; i < groups.size(); i++) {
      renderer.setSeriesPaint(i, Theme.color(i));
      renderer.setSeriesStroke(i, new BasicStroke(6f));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    LegendItemCollection legend = new LegendItemCollection();
    if (!marked.isEmpty()) {
      YIntervalSeriesCollection points = new YIntervalSeriesCollection();
      XYErrorRenderer marks = new XYErrorRenderer();
      marks.setDefaultLinesVisible(false);
      marks.setDrawXError(false);
      marks.setErrorStroke(new BasicStroke(2f));
      int i = 0;
      for (Map.Entry<String, YIntervalSeries> e : markers.entrySet()) {
        String[] groupAndKind = e.getKey().split("\u0000", 2);
        points.addSeries(e.getValue());
        marks.setSeriesPaint(i, Theme.color(keys.indexOf(groupAndKind[0])));
        marks.setSeriesShape(i, shape(marked.indexOf(groupAndKind[1])));
        marks.setSeriesShapesFilled(i, true);
        i++;
      }
      plot.setDataset(MARKED, points);
      plot.setRenderer(MARKED, marks);
      // Marks are drawn over the ranges.
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
      // One entry per group (its colour), one per marked kind (its shape, in the text's colour).
      for (int g = 0; g < keys.size(); g++) {
        legend.add(renderer.getLegendItem(0, g));
      }
      for (int k = 0; k < marked.size(); k++) {
        LegendItem item = new LegendItem(marked.get(k), "", "", "", shape(k), Theme.TEXT);
        legend.add(item);
      }
      plot.setFixedLegendItems(legend);
    }
    y.setAutoRangeIncludesZero(false);
    y.configure();
    Charts.fitNumbers(y, t, r.lowColumn);
    String unit = !options.unit().isEmpty() ? options.unit()
        : Words.unit(Charts.common(Charts.col(t, r.lowColumn), Charts.col(t, r.highColumn)));
    String title = Words.rangeTitle(Words.table(options.table(), t), unit);
    String subtitle = Words.rangeSubtitle(t, r);
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot,
        groups.size() > 1 || !marked.isEmpty());
    Theme.apply(chart, subtitle, t.fileName());
    return new RenderedChart(Charts.file(t, "range", Charts.col(t, r.dateColumn)), title,
        t.tableName(), chart);
  }

  static Shape shape(int kind) {
    return SHAPES[kind % SHAPES.length];
  }

  /** The most common kind among the ranges (the first seen of those as common), or "". */
  static String usualKind(List<Range> ranges) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Range r : ranges) {
      if (!r.kind().isEmpty()) {
        counts.merge(r.kind(), 1, Integer::sum);
      }
    }
    String usual = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        usual = e.getKey();
        most = e.getValue();
      }
    }
    return usual;
  }
}
