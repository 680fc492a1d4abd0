package dev.report.chart;

import dev.report.analyze.Aggregate;
import dev.report.read.TableProfile;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bar charts of categories: one measure (or a count) per value, stacked by a second category. */
final class CategoryCharts {
  private CategoryCharts() {}

  static RenderedChart categories(Aggregate.ByCategory c, TableProfile t,
      ChartOptions options) {
    Map<String, Double> values = c.values();
    if (values.isEmpty()) {
      return null;
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(values.entrySet());
    entries.removeIf(e -> e.getKey().equals(Aggregate.OTHER));
    entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    List<Map.Entry<String, Double>> shown =
        new ArrayList<>(entries.subList(0, Math.min(options.top(), entries.size())));
    // Years are a time line: in their order, all of them (the planner takes at most 30).
    boolean years = t.types().get(c.categoryColumn).yearLike();
    if (years) {
      shown = new ArrayList<>(entries);
    }
    if (options.byLabel() || years) {
      shown.sort(Map.Entry.comparingByKey());
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String series = c.valueColumn < 0 ? "records" : Charts.col(t, c.valueColumn);
    int longest = 0;
    for (Map.Entry<String, Double> e : shown) {
      data.addValue(e.getValue(), series, e.getKey());
      longest = Math.max(longest, e.getKey().length());
    }
    if (entries.size() > shown.size() || values.containsKey(Aggregate.OTHER)) {
      // The rest as one bar: its sum, its count, or the mean of all its values.
      double sum = 0;
      long n = 0;
      for (Map.Entry<String, Double> e : c.totals().entrySet()) {
        if (shown.stream().noneMatch(s -> s.getKey().equals(e.getKey()))) {
          sum += e.getValue();
          n += c.counts().getOrDefault(e.getKey(), 0L);
        }
      }
      data.addValue(c.stat.of(sum, n), series, Aggregate.OTHER);
    }
    String category = Charts.col(t, c.categoryColumn);
    String measure = c.valueColumn < 0 ? "" : Words.measure(Charts.col(t, c.valueColumn));
    String title = Words.categoryTitle(Words.table(options.table(), t), c.stat, measure,
        List.of(Words.column(category)));
    // Years stay a time line across; other categories go down the side when long or many.
    boolean horizontal = !years && (longest > 12 || data.getColumnCount() > 8);
    CategoryAxis x = new CategoryLabels.Axis(Charts.humanize(category), keys(data));
    NumberAxis y = c.valueColumn < 0 ? Charts.countAxis() : Charts.valueAxis(t, c.valueColumn, Charts.humanize(series));
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, Theme.color(0));
    renderer.setMaximumBarWidth(0.08);
    CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    if (c.valueColumn >= 0) {
      y.configure();
      Charts.fitNumbers(y, t, c.valueColumn);
    }
    // Labels are turned only when they would not fit side by side (about 60 characters).
    if (!horizontal && data.getColumnCount() > 5 && data.getColumnCount() * (longest + 2) > 60) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, false);
    Theme.apply(chart, (c.stat == Aggregate.Stat.COUNT ? "Count of records"
        : c.stat.label() + " of " + measure) + " per " + Words.column(category), t.fileName());
    String kind = c.stat == Aggregate.Stat.COUNT ? "count"
        : (c.stat == Aggregate.Stat.MEAN ? "mean_" : "") + Charts.slug(Charts.col(t, c.valueColumn));
    return new RenderedChart(Charts.file(t, kind, category), title, t.tableName(), chart);
  }

  /** Most stacked segments per bar before the rest is summed into "Other". */
  static final int TOP_SERIES = 8;

  static RenderedChart stacked(Aggregate.ByTwoCategories c, TableProfile t,
      ChartOptions options) {
    if (c.totals().isEmpty()) {
      return null;
    }
    Map<String, Double> byCategory = new LinkedHashMap<>();
    Map<String, Double> bySeries = new LinkedHashMap<>();
    c.totals().forEach((cat, row) -> row.forEach((ser, v) -> {
      byCategory.merge(cat, v, Double::sum);
      bySeries.merge(ser, v, Double::sum);
    }));
    List<String> cats = top(byCategory, Charts.TOP);
    List<String> series = top(bySeries, TOP_SERIES);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String ser : series) {
      for (String cat : cats) {
        data.addValue(0.0, ser, cat);
      }
    }
    c.totals().forEach((cat, row) -> row.forEach((ser, v) -> {
      String cKey = cats.contains(cat) ? cat : Aggregate.OTHER;
      String sKey = series.contains(ser) ? ser : Aggregate.OTHER;
      Number old = data.getRowIndex(sKey) >= 0 && data.getColumnIndex(cKey) >= 0
          ? data.getValue(sKey, cKey) : null;
      data.setValue((old == null ? 0 : old.doubleValue()) + v, sKey, cKey);
    }));
    String category = Charts.col(t, c.categoryColumn);
    String seriesName = Charts.col(t, c.seriesColumn);
    String measure = c.valueColumn < 0 ? "" : Words.measure(Charts.col(t, c.valueColumn));
    String title = Words.categoryTitle(Words.table(options.table(), t),
        c.valueColumn < 0 ? Aggregate.Stat.COUNT : Aggregate.Stat.SUM, measure,
        List.of(Words.column(category), Words.column(seriesName)));
    int longest = cats.stream().mapToInt(String::length).max().orElse(0);
    boolean horizontal = longest > 12 || cats.size() > 8;
    NumberAxis y = c.valueColumn < 0 ? Charts.countAxis() : Charts.valueAxis(t, c.valueColumn, Charts.humanize(Charts.col(t, c.valueColumn)));
    org.jfree.chart.renderer.category.StackedBarRenderer renderer =
        new org.jfree.chart.renderer.category.StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.08);
    for (int i = 0; i < data.getRowCount(); i++) {
      // Series keep their own colours; the rest summed is grey.
      renderer.setSeriesPaint(i, Aggregate.OTHER.equals(data.getRowKey(i)) ? Theme.OTHER
          : Theme.color(i));
    }
    CategoryPlot plot = new CategoryPlot(data,
        new CategoryLabels.Axis(Charts.humanize(category), keys(data)), y, renderer);
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    if (c.valueColumn >= 0) {
      y.configure();
      Charts.fitNumbers(y, t, c.valueColumn);
    }
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, true);
    Theme.apply(chart, (c.valueColumn < 0 ? "Count of records" : "Sum of " + measure)
        + ", one colour per " + Words.column(seriesName), t.fileName());
    String kind = (c.valueColumn < 0 ? "count" : Charts.slug(Charts.col(t, c.valueColumn))) + "-by-"
        + Charts.slug(category);
    return new RenderedChart(Charts.file(t, kind, seriesName), title, t.tableName(), chart);
  }

  /** The categories of {@code data}, in its order. */
  private static List<String> keys(DefaultCategoryDataset data) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < data.getColumnCount(); i++) {
      keys.add(data.getColumnKey(i).toString());
    }
    return keys;
  }

  /** The keys with the largest totals, at most {@code n}, largest first (ties by name). */
  static List<String> top(Map<String, Double> totals, int n) {
    return totals.entrySet().stream()
        .filter(e -> !e.getKey().equals(Aggregate.OTHER))
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(Map.Entry::getKey).toList();
  }
}
