package dev.report.chart;

import dev.report.analyze.Aggregate;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.Quarter;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.Year;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Turns a gathered {@link Aggregate} into a themed JFreeChart. */
public final class Charts {
  /** Bars shown before the rest is summed into "Other". */
  static final int TOP = 12;

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /**
   * The chart for {@code aggregate} with the unit of its measured column (report.yaml's) on the
   * value axis, or null when it gathered nothing to draw.
   */
  public static RenderedChart build(Aggregate aggregate, TableProfile table,
      java.util.function.IntFunction<String> unitOf, ChartOptions options) {
    RenderedChart chart = build(aggregate, table, options);
    if (chart == null) {
      return null;
    }
    chart = chart.withSize(options.width(), options.height());
    if (!options.subtitle().isEmpty()) {
      // The first subtitle is ours under the title (the last one is the source line).
      chart.chart().getSubtitles().stream()
          .filter(t -> t instanceof org.jfree.chart.title.TextTitle tt
              && !tt.getText().startsWith("Source: "))
          .findFirst()
          .ifPresent(t -> ((org.jfree.chart.title.TextTitle) t).setText(options.subtitle()));
    }
    int measured = measured(aggregate);
    String unit = !options.unit().isEmpty() ? options.unit()
        : measured < 0 ? "" : unitOf.apply(measured);
    if (unit.isEmpty()) {
      return chart;
    }
    org.jfree.chart.axis.ValueAxis axis = chart.chart().getPlot() instanceof XYPlot xy
        ? xy.getRangeAxis() : ((CategoryPlot) chart.chart().getPlot()).getRangeAxis();
    String label = axis.getLabel() != null && !axis.getLabel().isEmpty() ? axis.getLabel()
        : measured >= 0 ? humanize(table.columns().get(measured)) : "";
    axis.setLabel(label + " (" + unit + ")");
    return chart;
  }

  /** The column whose values are on the value axis, or -1 (counts, events). */
  private static int measured(Aggregate a) {
    if (a instanceof Aggregate.RangesByDate r) {
      return r.lowColumn;
    } else if (a instanceof Aggregate.SeriesByDate s) {
      return s.valueColumns.size() == 1 ? s.valueColumns.get(0) : -1;
    } else if (a instanceof Aggregate.ByCategory c) {
      return c.valueColumn;
    } else if (a instanceof Aggregate.ByTwoCategories c) {
      return c.valueColumn;
    }
    return -1;
  }

  /** The chart for {@code aggregate}, or null when it gathered nothing to draw. */
  public static RenderedChart build(Aggregate aggregate, TableProfile table) {
    return build(aggregate, table, ChartOptions.DEFAULT);
  }

  /** The chart for {@code aggregate} drawn with {@code options}, or null. */
  static RenderedChart build(Aggregate aggregate, TableProfile table, ChartOptions options) {
    // Java 17 has no pattern switch; Aggregate is sealed, so these four are all there are.
    if (aggregate instanceof Aggregate.RangesByDate r) {
      return ranges(r, table);
    } else if (aggregate instanceof Aggregate.SeriesByDate s) {
      return series(s, table);
    } else if (aggregate instanceof Aggregate.ByCategory c) {
      return categories(c, table, options);
    } else if (aggregate instanceof Aggregate.ByTwoCategories c) {
      return stacked(c, table);
    } else if (aggregate instanceof Aggregate.Events e) {
      return events(e, table);
    }
    throw new IllegalStateException("unknown aggregate " + aggregate.getClass());
  }

  private static String col(TableProfile t, int i) {
    return t.columns().get(i);
  }

  /** A file-name part in ASCII: accents dropped, anything else not a letter or digit is "_". */
  static String slug(String s) {
    String x = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]+", "_");
    x = x.replaceAll("^_+|_+$", "");
    return x.isEmpty() ? "column" : x;
  }

  private static String file(TableProfile t, String kind, String by) {
    return slug(t.tableName()) + "-" + kind + "-by-" + slug(by) + ".png";
  }

  private static long millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static RenderedChart ranges(Aggregate.RangesByDate r, TableProfile t) {
    if (r.ranges().isEmpty()) {
      return null;
    }
    Map<String, YIntervalSeries> groups = new LinkedHashMap<>();
    for (Aggregate.RangesByDate.Range range : r.ranges()) {
      String key = !range.label().isEmpty() ? range.label()
          : r.lowColumn == r.highColumn ? col(t, r.lowColumn)
          : col(t, r.lowColumn) + " – " + col(t, r.highColumn);
      groups.computeIfAbsent(key, k -> new YIntervalSeries(k, false, true))
          .add(millis(range.date()), (range.low() + range.high()) / 2, range.low(), range.high());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    groups.values().forEach(data::addSeries);
    DateAxis x = dateAxis(col(t, r.dateColumn));
    NumberAxis y = valueAxis(t, r.lowColumn, humanize(common(col(t, r.lowColumn), col(t, r.highColumn))));
    YIntervalRenderer renderer = new YIntervalRenderer();
    for (int i = 0; i < groups.size(); i++) {
      renderer.setSeriesPaint(i, Theme.color(i));
      renderer.setSeriesStroke(i, new BasicStroke(6f));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    y.setAutoRangeIncludesZero(false);
    y.configure();
    compactIfLarge(y, t, r.lowColumn);
    String title = humanize(t.tableName()) + " by " + col(t, r.dateColumn);
    String subtitle = (r.lowColumn == r.highColumn ? "Ranges of " + col(t, r.lowColumn)
        : "From " + col(t, r.lowColumn) + " to " + col(t, r.highColumn))
        + (r.labelColumn >= 0 ? ", one colour per " + col(t, r.labelColumn) : "");
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, groups.size() > 1);
    Theme.apply(chart, subtitle, t.fileName());
    y.setAutoRangeIncludesZero(false);
    return new RenderedChart(file(t, "range", col(t, r.dateColumn)), title, t.tableName(), chart);
  }

  /** Most points drawn on a time axis before days are summed into months, quarters or years. */
  static final int MAX_POINTS = 200;
  /** At most this many points are drawn as bars rather than a line. */
  static final int MAX_BARS = 12;

  private static RenderedChart series(Aggregate.SeriesByDate s, TableProfile t) {
    if (s.sums().isEmpty()) {
      return null;
    }
    Period period = Period.choose(s.sums().firstKey(), s.sums().lastKey(), s.sums().size());
    TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
    List<TimeSeries> list = new ArrayList<>();
    for (int c : s.valueColumns) {
      list.add(new TimeSeries(col(t, c)));
    }
    // Sums and counts per period, then the statistic: a sum for amounts, a mean for percents.
    Map<RegularTimePeriod, double[]> sums = new LinkedHashMap<>();
    Map<RegularTimePeriod, long[]> counts = new LinkedHashMap<>();
    for (Map.Entry<LocalDate, double[]> e : s.sums().entrySet()) {
      RegularTimePeriod p = period.of(e.getKey());
      double[] sum = sums.computeIfAbsent(p, k -> new double[list.size()]);
      long[] n = counts.computeIfAbsent(p, k -> new long[list.size()]);
      long[] dayCounts = s.counts(e.getKey());
      for (int i = 0; i < list.size(); i++) {
        sum[i] += e.getValue()[i];
        n[i] += dayCounts[i];
      }
    }
    for (Map.Entry<RegularTimePeriod, double[]> e : sums.entrySet()) {
      for (int i = 0; i < list.size(); i++) {
        long n = counts.get(e.getKey())[i];
        if (n > 0 || s.stat != Aggregate.Stat.MEAN) {
          list.get(i).add(e.getKey(), s.stat.of(e.getValue()[i], n));
        }
      }
    }
    list.forEach(data::addSeries);
    int points = list.get(0).getItemCount();
    int first = s.valueColumns.get(0);
    DateAxis x = dateAxis(col(t, s.dateColumn));
    fitDates(x, s.sums().firstKey(), s.sums().lastKey());
    NumberAxis y = valueAxis(t, first, list.size() == 1 ? humanize(col(t, first)) : "");
    XYItemRenderer renderer;
    if (points <= MAX_BARS) {
      data.setXPosition(TimePeriodAnchor.MIDDLE);
      XYBarRenderer bars = new XYBarRenderer(0.2);
      bars.setBarPainter(new StandardXYBarPainter());
      bars.setShadowVisible(false);
      renderer = bars;
    } else {
      renderer = new XYLineAndShapeRenderer(true, points <= 60);
    }
    for (int i = 0; i < list.size(); i++) {
      renderer.setSeriesPaint(i, Theme.color(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    if (points <= MAX_BARS) {
      y.setAutoRangeIncludesZero(true);
    }
    y.configure();
    compactIfLarge(y, t, first);
    String what = list.size() == 1 ? humanize(col(t, first)) : "Values";
    String title = what + " by " + humanize(col(t, s.dateColumn)).toLowerCase(Locale.ROOT);
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, list.size() > 1);
    Theme.apply(chart, s.stat.label() + " per " + period.label, t.fileName());
    return new RenderedChart(file(t, slug(col(t, first)), col(t, s.dateColumn)), title,
        t.tableName(), chart);
  }

  /** The time step of a series: the finest that keeps it under {@link #MAX_POINTS} points. */
  enum Period {
    DAY("day"), MONTH("month"), QUARTER("quarter"), YEAR("year");

    final String label;

    Period(String label) {
      this.label = label;
    }

    static Period choose(LocalDate first, LocalDate last, int days) {
      if (days <= MAX_POINTS) {
        return DAY;
      }
      long months = java.time.temporal.ChronoUnit.MONTHS.between(first.withDayOfMonth(1),
          last.withDayOfMonth(1)) + 1;
      if (months <= MAX_POINTS) {
        return MONTH;
      }
      return months / 3 + 1 <= MAX_POINTS ? QUARTER : YEAR;
    }

    RegularTimePeriod of(LocalDate d) {
      return switch (this) {
        case DAY -> new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        case MONTH -> new Month(d.getMonthValue(), d.getYear());
        case QUARTER -> new Quarter((d.getMonthValue() - 1) / 3 + 1, d.getYear());
        case YEAR -> new Year(d.getYear());
      };
    }
  }

  private static RenderedChart categories(Aggregate.ByCategory c, TableProfile t,
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
    if (options.byLabel()) {
      shown.sort(Map.Entry.comparingByKey());
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String series = c.valueColumn < 0 ? "records" : col(t, c.valueColumn);
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
    String category = col(t, c.categoryColumn);
    String title = switch (c.stat) {
      case COUNT -> humanize(t.tableName()) + " per " + category;
      case SUM -> humanize(col(t, c.valueColumn)) + " by " + humanize(category).toLowerCase(Locale.ROOT);
      case MEAN -> "Mean " + col(t, c.valueColumn) + " by " + humanize(category).toLowerCase(Locale.ROOT);
    };
    boolean horizontal = longest > 12 || data.getColumnCount() > 8;
    CategoryAxis x = new CategoryAxis(humanize(category));
    NumberAxis y = c.valueColumn < 0 ? countAxis() : valueAxis(t, c.valueColumn, humanize(series));
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, Theme.color(0));
    renderer.setMaximumBarWidth(0.08);
    CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    if (c.valueColumn >= 0) {
      y.configure();
      compactIfLarge(y, t, c.valueColumn);
    }
    if (!horizontal && data.getColumnCount() > 5) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, false);
    Theme.apply(chart, c.stat == Aggregate.Stat.COUNT ? "Count of records"
        : c.stat.label() + " per " + category, t.fileName());
    String kind = c.stat == Aggregate.Stat.COUNT ? "count"
        : (c.stat == Aggregate.Stat.MEAN ? "mean_" : "") + slug(col(t, c.valueColumn));
    return new RenderedChart(file(t, kind, category), title, t.tableName(), chart);
  }


  /** Most stacked segments per bar before the rest is summed into "Other". */
  static final int TOP_SERIES = 8;

  private static RenderedChart stacked(Aggregate.ByTwoCategories c, TableProfile t) {
    if (c.totals().isEmpty()) {
      return null;
    }
    Map<String, Double> byCategory = new LinkedHashMap<>();
    Map<String, Double> bySeries = new LinkedHashMap<>();
    c.totals().forEach((cat, row) -> row.forEach((ser, v) -> {
      byCategory.merge(cat, v, Double::sum);
      bySeries.merge(ser, v, Double::sum);
    }));
    List<String> cats = top(byCategory, TOP);
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
    String category = col(t, c.categoryColumn);
    String seriesName = col(t, c.seriesColumn);
    String what = c.valueColumn < 0 ? humanize(t.tableName()) : humanize(col(t, c.valueColumn));
    String title = what + " by " + category + " and " + seriesName;
    int longest = cats.stream().mapToInt(String::length).max().orElse(0);
    boolean horizontal = longest > 12 || cats.size() > 8;
    NumberAxis y = c.valueColumn < 0 ? countAxis() : valueAxis(t, c.valueColumn, humanize(col(t, c.valueColumn)));
    org.jfree.chart.renderer.category.StackedBarRenderer renderer =
        new org.jfree.chart.renderer.category.StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.08);
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, Theme.color(i));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(humanize(category)), y, renderer);
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    if (c.valueColumn >= 0) {
      y.configure();
      compactIfLarge(y, t, c.valueColumn);
    }
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, true);
    Theme.apply(chart, (c.valueColumn < 0 ? "Count of records" : "Sum") + ", one colour per "
        + seriesName, t.fileName());
    String kind = (c.valueColumn < 0 ? "count" : slug(col(t, c.valueColumn))) + "-by-"
        + slug(category);
    return new RenderedChart(file(t, kind, seriesName), title, t.tableName(), chart);
  }

  /** The keys with the largest totals, at most {@code n}, largest first (ties by name). */
  private static List<String> top(Map<String, Double> totals, int n) {
    return totals.entrySet().stream()
        .filter(e -> !e.getKey().equals(Aggregate.OTHER))
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(Map.Entry::getKey).toList();
  }

  private static RenderedChart events(Aggregate.Events e, TableProfile t) {
    if (e.events().isEmpty()) {
      return null;
    }
    XYSeries points = new XYSeries(col(t, e.labelColumn), false, true);
    XYPlot plot = new XYPlot(new XYSeriesCollection(points), dateAxis(col(t, e.dateColumn)),
        new NumberAxis(), new XYLineAndShapeRenderer(false, true));
    int levels = Math.min(4, e.events().size());
    long lo = millis(e.events().stream().map(Aggregate.Events.Event::date).min(LocalDate::compareTo).orElseThrow());
    long hi = millis(e.events().stream().map(Aggregate.Events.Event::date).max(LocalDate::compareTo).orElseThrow());
    long middle = lo + (hi - lo) / 2;
    int i = 0;
    for (Aggregate.Events.Event ev : e.events()) {
      double level = 1 + (i % levels);
      long x = millis(ev.date());
      points.add(x, level);
      XYTextAnnotation label = new XYTextAnnotation(
          " " + DATE.format(new java.util.Date(x)) + "  " + shorten(ev.label(), 48), x, level);
      label.setFont(Theme.font(Font.PLAIN, 12));
      label.setPaint(Theme.TEXT);
      // Labels of late events go to the left of their point, so none runs off the chart.
      label.setTextAnchor(x > middle ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
      if (x > middle) {
        label.setText(shorten(ev.label(), 48) + "  " + DATE.format(new java.util.Date(x)) + " ");
      }
      plot.addAnnotation(label);
      i++;
    }
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setVisible(false);
    y.setRange(0.3, levels + 0.7);
    plot.getRenderer().setSeriesPaint(0, Theme.color(0));
    plot.getRenderer().setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    DateAxis x = (DateAxis) plot.getDomainAxis();
    x.setUpperMargin(0.08);
    x.setLowerMargin(0.08);
    String title = humanize(t.tableName()) + " timeline";
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, false);
    Theme.apply(chart, e.events().size() + " dated records", t.fileName());
    plot.setRangeGridlinesVisible(false);
    return new RenderedChart(file(t, "timeline", col(t, e.dateColumn)), title, t.tableName(),
        chart);
  }

  private static final SimpleDateFormat DATE = utcFormat("yyyy-MM-dd");

  private static SimpleDateFormat utcFormat(String pattern) {
    SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
    f.setTimeZone(TimeZone.getTimeZone("UTC"));
    return f;
  }

  /** Ticks by year once the data spans more than six years; by month otherwise. */
  private static void fitDates(DateAxis axis, LocalDate first, LocalDate last) {
    if (java.time.temporal.ChronoUnit.YEARS.between(first, last) > 6) {
      axis.setDateFormatOverride(utcFormat("yyyy"));
    }
  }

  private static DateAxis dateAxis(String label) {
    DateAxis axis = new DateAxis(humanize(label), TimeZone.getTimeZone("UTC"), Locale.ROOT);
    axis.setDateFormatOverride(utcFormat("MMM yyyy"));
    return axis;
  }

  private static NumberAxis countAxis() {
    NumberAxis axis = new NumberAxis("Records");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return axis;
  }

  /** A value axis whose tick labels use the column's format (percent, currency, grouping). */
  private static NumberAxis valueAxis(TableProfile t, int column, String label) {
    NumberAxis axis = new NumberAxis(label);
    ColumnType type = t.types().get(column);
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.US);
    boolean percent = type.kind() == ColumnType.Kind.PERCENT
        || type.kind() == ColumnType.Kind.RANGE && type.rangePercent();
    NumberFormat format = percent ? NumberFormat.getPercentInstance(Locale.US)
        : type.currency() != null ? new DecimalFormat("'" + type.currency() + "'#,##0.##", symbols)
        : new DecimalFormat("#,##0.##", symbols);
    axis.setNumberFormatOverride(format);
    return axis;
  }

  /**
   * Once the data is drawn: ticks of ten thousand and more as {@code $60B}, {@code 1.5M} (the
   * grouped digits would crowd the axis); percents stay percents.
   */
  private static void compactIfLarge(NumberAxis axis, TableProfile t, int column) {
    ColumnType type = t.types().get(column);
    boolean percent = type.kind() == ColumnType.Kind.PERCENT
        || type.kind() == ColumnType.Kind.RANGE && type.rangePercent();
    double extent = Math.max(Math.abs(axis.getUpperBound()), Math.abs(axis.getLowerBound()));
    if (!percent && extent >= 10_000) {
      axis.setNumberFormatOverride(new CompactFormat(type.currency() == null ? "" : type.currency()));
    }
  }

  /** "low_busd" and "high_busd" have "busd" in common; else the first name. */
  static String common(String low, String high) {
    String[] a = low.split("[ _-]+");
    String[] b = high.split("[ _-]+");
    List<String> same = new ArrayList<>();
    for (String w : a) {
      for (String v : b) {
        if (w.equalsIgnoreCase(v)) {
          same.add(w);
        }
      }
    }
    return same.isEmpty() ? low : String.join(" ", same);
  }

  /** "low_usd_billion" to "Low USD billion": underscores to spaces, first letter upper case. */
  static String humanize(String name) {
    String s = name.replace('_', ' ').strip();
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(CODES.contains(w.toLowerCase(Locale.ROOT)) ? w.toUpperCase(Locale.ROOT) : w);
    }
    s = b.toString();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static final java.util.Set<String> CODES = java.util.Set.of("usd", "eur", "gbp", "jpy", "chf");

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
