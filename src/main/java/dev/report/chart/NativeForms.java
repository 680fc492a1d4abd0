package dev.report.chart;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.Quarter;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Reads a {@link NativeForm} out of a JFreeChart: its datasets, renderers, titles and axes. */
final class NativeForms {
  private NativeForms() {}

  static NativeForm read(RenderedChart rendered) {
    JFreeChart chart = rendered.chart();
    String title = rendered.title();
    String subtitle = subtitle(chart);
    boolean legend = chart.getLegend() != null;
    if (chart.getPlot() instanceof CategoryPlot plot) {
      CategoryDataset data = plot.getDataset();
      CategoryItemRenderer renderer = plot.getRenderer();
      boolean stacked = renderer instanceof StackedBarRenderer;
      boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
      NativeForm.Kind kind = stacked
          ? (horizontal ? NativeForm.Kind.STACKED_BAR : NativeForm.Kind.STACKED_COLUMN)
          : (horizontal ? NativeForm.Kind.BAR : NativeForm.Kind.COLUMN);
      List<String> categories = new ArrayList<>();
      for (int c = 0; c < data.getColumnCount(); c++) {
        categories.add(data.getColumnKey(c).toString());
      }
      List<NativeForm.Series> series = new ArrayList<>();
      for (int r = 0; r < data.getRowCount(); r++) {
        double[] values = new double[categories.size()];
        for (int c = 0; c < values.length; c++) {
          Number v = data.getValue(r, c);
          values[c] = v == null ? Double.NaN : v.doubleValue();
        }
        series.add(new NativeForm.Series(data.getRowKey(r).toString(),
            NativeForm.rgb(renderer.getSeriesPaint(r)), values));
      }
      return new NativeForm(kind, title, subtitle, label(plot.getDomainAxis().getLabel()),
          label(plot.getRangeAxis().getLabel()), format(plot.getRangeAxis()), categories, series,
          List.of(), legend, Double.NaN, step(plot.getRangeAxis(), series));
    }
    XYPlot plot = (XYPlot) chart.getPlot();
    XYDataset first = plot.getDataset(0);
    String x = label(plot.getDomainAxis().getLabel());
    String y = label(plot.getRangeAxis().getLabel());
    String format = format(plot.getRangeAxis());
    if (first instanceof YIntervalSeriesCollection ranges) {
      return ranges(plot, ranges, title, subtitle, x, y, format, legend);
    }
    if (first instanceof TimeSeriesCollection time) {
      XYItemRenderer renderer = plot.getRenderer(0);
      List<String> categories = new ArrayList<>();
      for (int i = 0; i < time.getSeries(0).getItemCount(); i++) {
        categories.add(period(time.getSeries(0).getTimePeriod(i)));
      }
      List<NativeForm.Series> series = new ArrayList<>();
      for (int s = 0; s < time.getSeriesCount(); s++) {
        double[] values = new double[categories.size()];
        Arrays.fill(values, Double.NaN);
        for (int i = 0; i < time.getSeries(s).getItemCount(); i++) {
          int at = categories.indexOf(period(time.getSeries(s).getTimePeriod(i)));
          if (at >= 0) {
            values[at] = time.getSeries(s).getValue(i).doubleValue();
          }
        }
        series.add(new NativeForm.Series(time.getSeriesKey(s).toString(),
            NativeForm.rgb(renderer.getSeriesPaint(s)), values));
      }
      NativeForm.Kind kind = renderer instanceof XYBarRenderer ? NativeForm.Kind.COLUMN
          : NativeForm.Kind.LINE;
      return new NativeForm(kind, title, subtitle, x, y, format, categories, series, List.of(),
          legend, Double.NaN, step(plot.getRangeAxis(), series));
    }
    return null; // a timeline: no spreadsheet chart draws labelled events on a time axis
  }

  /**
   * Ranges: one category per range, by date; the low figures as the unfilled base, then per
   * series (group) its spans; single figures (low = high), and the points of any further dataset
   * (actual figures), as markers at their range's category.
   */
  private static NativeForm ranges(XYPlot plot, IntervalXYDataset data, String title,
      String subtitle, String x, String y, String format, boolean legend) {
    record Item(long millis, int series, double low, double high) {}
    List<Item> items = new ArrayList<>();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(s); i++) {
        items.add(new Item(data.getX(s, i).longValue(), s, data.getStartYValue(s, i),
            data.getEndYValue(s, i)));
      }
    }
    // A marked record (the actual) on a date with no range gets a category of its own: series -1,
    // no span, so that no point is lost.
    java.util.Set<Long> dated = new java.util.HashSet<>();
    items.forEach(it -> dated.add(it.millis()));
    for (int d = 1; d < plot.getDatasetCount(); d++) {
      XYDataset more = plot.getDataset(d);
      for (int s = 0; more != null && s < more.getSeriesCount(); s++) {
        for (int i = 0; i < more.getItemCount(s); i++) {
          if (dated.add(more.getX(s, i).longValue())) {
            items.add(new Item(more.getX(s, i).longValue(), -1, Double.NaN, Double.NaN));
          }
        }
      }
    }
    items.sort(java.util.Comparator.comparingLong(Item::millis).thenComparingInt(Item::series));
    List<String> categories = new ArrayList<>();
    double[] base = new double[items.size()];
    double[] singles = new double[items.size()];
    Arrays.fill(singles, Double.NaN);
    List<double[]> spans = new ArrayList<>();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      double[] v = new double[items.size()];
      Arrays.fill(v, Double.NaN);
      spans.add(v);
    }
    boolean anySingle = false;
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      categories.add(date(it.millis()));
      base[i] = it.low();
      if (it.series() < 0) {
        continue;
      }
      spans.get(it.series())[i] = it.high() - it.low();
      if (it.high() == it.low()) {
        singles[i] = it.low();
        anySingle = true;
      }
    }
    List<NativeForm.Series> series = new ArrayList<>();
    series.add(new NativeForm.Series("Low", 0xFFFFFF, base));
    for (int s = 0; s < data.getSeriesCount(); s++) {
      series.add(new NativeForm.Series(data.getSeriesKey(s).toString(),
          NativeForm.rgb(plot.getRenderer(0).getSeriesPaint(s)), spans.get(s)));
    }
    List<NativeForm.Series> markers = new ArrayList<>();
    if (anySingle) {
      markers.add(new NativeForm.Series(NativeForm.SINGLE, Theme.TEXT.getRGB() & 0xFFFFFF, singles));
    }
    // Further datasets (actual figures): each point at the first range of its date.
    for (int d = 1; d < plot.getDatasetCount(); d++) {
      XYDataset more = plot.getDataset(d);
      for (int s = 0; more != null && s < more.getSeriesCount(); s++) {
        double[] v = new double[items.size()];
        Arrays.fill(v, Double.NaN);
        for (int i = 0; i < more.getItemCount(s); i++) {
          String at = date(more.getX(s, i).longValue());
          int k = categories.indexOf(at);
          if (k >= 0) {
            v[k] = more.getYValue(s, i);
          }
        }
        XYItemRenderer r = plot.getRenderer(d) != null ? plot.getRenderer(d) : plot.getRenderer(0);
        // A marked kind's series is keyed "group\0kind" (RangeCharts): "actual (2024)".
        String[] groupAndKind = more.getSeriesKey(s).toString().split("\u0000", 2);
        markers.add(new NativeForm.Series(groupAndKind.length == 2
            ? groupAndKind[1] + " (" + groupAndKind[0] + ")" : groupAndKind[0],
            NativeForm.rgb(r.getSeriesPaint(s)), v));
      }
    }
    return new NativeForm(NativeForm.Kind.RANGE, title, subtitle, x, y, format, categories,
        series, markers, legend || data.getSeriesCount() > 1 || !markers.isEmpty(),
        niceMin(plot.getRangeAxis()), compactStep(plot.getRangeAxis()));
  }

  private static String date(long millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC).toString();
  }

  /** A period's label: 2024-01-05, Jan 2024, Q1 2024 or 2024. */
  private static String period(RegularTimePeriod p) {
    LocalDate start = LocalDate.ofInstant(Instant.ofEpochMilli(p.getFirstMillisecond(
        java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"), Locale.ROOT))),
        ZoneOffset.UTC);
    if (p instanceof Day) {
      return start.toString();
    } else if (p instanceof Month) {
      return start.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
          + " " + start.getYear();
    } else if (p instanceof Quarter) {
      return "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
    }
    return Integer.toString(start.getYear());
  }

  /** The axis' lower bound down to a multiple of its tick step (once the PNG is drawn). */
  private static double niceMin(ValueAxis axis) {
    double low = axis.getLowerBound();
    if (axis instanceof NumberAxis n && n.getTickUnit() != null && n.getTickUnit().getSize() > 0) {
      double step = n.getTickUnit().getSize();
      return Math.floor(low / step) * step;
    }
    return low;
  }

  /**
   * The PNG's step between ticks of a compact axis ($60B), which the spreadsheet chart keeps so
   * that its labels are the PNG's; NaN for another axis or before the PNG is drawn.
   */
  static double compactStep(ValueAxis axis) {
    if (axis instanceof NumberAxis n && n.getTickUnit() != null && n.getTickUnit().getSize() > 0) {
      NumberFormat f = n.getNumberFormatOverride();
      if (f instanceof TickFormat t) {
        f = t.inner();
      }
      if (f instanceof CompactFormat) {
        return n.getTickUnit().getSize();
      }
    }
    return Double.NaN;
  }

  /** {@code #,##0} with the decimals (at most 2) that show multiples of {@code step} apart. */
  static String digits(double step) {
    int decimals = 0;
    while (decimals < 2 && !Double.isNaN(step)
        && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals)))
            > 1e-9 * Math.max(1, step * Math.pow(10, decimals))) {
      decimals++;
    }
    return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
  }

  /** The value axis' fixed step: a count's (small counts), a compact axis' (the PNG's), or NaN. */
  private static double step(ValueAxis axis, List<NativeForm.Series> series) {
    double count = countStep(axis, series);
    return Double.isNaN(count) ? compactStep(axis) : count;
  }

  /** Counts up to this are stepped by one on the value axis, as the PNG's integer ticks are. */
  private static final double SMALL_COUNT = 10;

  /**
   * 1 for a count axis (the PNG's has no format of its own, and integer ticks) whose bars are
   * all small, where a spreadsheet would step by halves; else NaN, its own choice.
   */
  private static double countStep(ValueAxis axis, List<NativeForm.Series> series) {
    if (!(axis instanceof NumberAxis n) || n.getNumberFormatOverride() != null) {
      return Double.NaN;
    }
    double max = series.stream().flatMapToDouble(s -> Arrays.stream(s.values()))
        .filter(v -> !Double.isNaN(v)).max().orElse(0);
    return max <= SMALL_COUNT ? 1 : Double.NaN;
  }

  /** The subtitle under the title (not the source line), or "". */
  private static String subtitle(JFreeChart chart) {
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle tt && !tt.getText().startsWith("Source: ")) {
        return tt.getText();
      }
    }
    return "";
  }

  private static String label(String s) {
    return s == null ? "" : s;
  }

  /**
   * The value axis' tick format in Excel's terms: {@code $60B} for compact ticks, {@code 12%}
   * for percents, else the axis' decimal pattern with its literal text quoted.
   */
  static String format(ValueAxis axis) {
    if (!(axis instanceof NumberAxis n)) {
      return "General";
    }
    NumberFormat f = n.getNumberFormatOverride();
    if (f instanceof TickFormat t) {
      f = t.inner();
    }
    if (f instanceof CompactFormat c) {
      // As many decimals as the step between ticks needs in each section: $1.5B, not $2B.
      double step = compactStep(axis);
      String p = c.prefix().isEmpty() ? "" : "\"" + c.prefix().replace("\"", "") + "\"";
      return "[>=1000000000]" + p + digits(step / 1e9) + ",,,\"B\";[>=1000000]" + p
          + digits(step / 1e6) + ",,\"M\";" + p + digits(step);
    }
    if (f instanceof DecimalFormat d) {
      String pattern = d.toPattern();
      if (pattern.contains("E")) {
        return "0.0E+0";
      }
      // Quoted literals ('$') are Excel's "$"; optional decimals alone would leave a point.
      pattern = pattern.replaceAll("'([^']*)'", "\"$1\"").replaceAll("\\.#+(%?)$", "$1");
      return pattern.isEmpty() ? "General" : pattern;
    }
    return "General";
  }
}
