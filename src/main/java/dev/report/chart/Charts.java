package dev.report.chart;

import dev.report.analyze.Aggregate;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;

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
    return build(aggregate, table, unitOf, options, why -> { });
  }

  /**
   * As {@link #build(Aggregate, TableProfile, java.util.function.IntFunction, ChartOptions)};
   * a chart that gathered data but cannot be drawn is null, and {@code notDrawn} is told why in a
   * sentence for the user.
   */
  public static RenderedChart build(Aggregate aggregate, TableProfile table,
      java.util.function.IntFunction<String> unitOf, ChartOptions options,
      java.util.function.Consumer<String> notDrawn) {
    int measured = measured(aggregate);
    // The unit: report.yaml's for the chart, else for its column, else the column name's words.
    String unit = !options.unit().isEmpty() ? options.unit()
        : measured < 0 ? "" : !unitOf.apply(measured).isEmpty() ? unitOf.apply(measured)
        : Words.unit(table.columns().get(measured));
    RenderedChart chart = build(aggregate, table, options.withUnit(unit));
    if (chart == null) {
      return null;
    }
    // A sum past the largest double (values near 1e308), or an axis whose span is, cannot be
    // drawn: no chart of it, and the user is told.
    String why = !finite(chart.chart()) ? "a sum passes the largest number a chart can draw"
        : !finiteAxes(chart.chart()) ? "its values span more than the largest number a chart can"
            + " draw" : "";
    if (!why.isEmpty()) {
      notDrawn.accept("chart \"" + chart.title() + "\" not drawn: " + why
          + " (about 1.8e308)");
      return null;
    }
    chart = chart.withSize(options.width(), options.height());
    // The legend reads after the subtitle that says what the chart shows, not between it and
    // the title: the last of the titles at the top.
    org.jfree.chart.title.LegendTitle legend = chart.chart().getLegend();
    if (legend != null) {
      chart.chart().removeSubtitle(legend);
      chart.chart().addSubtitle(legend);
    }
    if (!options.subtitle().isEmpty()) {
      // The first subtitle is ours under the title (the last one is the source line).
      chart.chart().getSubtitles().stream()
          .filter(t -> t instanceof org.jfree.chart.title.TextTitle tt
              && !tt.getText().startsWith("Source: "))
          .findFirst()
          .ifPresent(t -> ((org.jfree.chart.title.TextTitle) t).setText(options.subtitle()));
    }
    if (unit.isEmpty()) {
      FallbackFonts.apply(chart.chart());
      return chart;
    }
    org.jfree.chart.axis.ValueAxis axis = chart.chart().getPlot() instanceof XYPlot xy
        ? xy.getRangeAxis() : ((CategoryPlot) chart.chart().getPlot()).getRangeAxis();
    String label = axis.getLabel() != null && !axis.getLabel().isEmpty() ? axis.getLabel()
        : measured >= 0 ? humanize(table.columns().get(measured)) : "";
    // "USD billion (USD bn)" says the unit twice: a label made only of unit words gives way.
    // "Revenue USD (USD)" too: the label's own unit words give way to the unit.
    axis.setLabel(label.isEmpty() || unitWordsOnly(label) ? unit
        : Words.capitalized(Words.measure(label)) + " (" + unit + ")");
    FallbackFonts.apply(chart.chart());
    return chart;
  }

  private static final java.util.Set<String> UNIT_WORDS = java.util.Set.of("usd", "eur", "gbp",
      "jpy", "chf", "cny", "billion", "billions", "million", "millions", "thousand", "thousands",
      "bn", "mn", "m", "k", "b", "percent", "pct");

  /** Whether a label names only a unit, such as "USD billion" of low_usd_billion. */
  static boolean unitWordsOnly(String label) {
    String[] words = label.toLowerCase(Locale.ROOT).split("[^a-z]+");
    boolean any = false;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (!UNIT_WORDS.contains(w)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether every value the chart would draw is a finite number. */
  static boolean finite(org.jfree.chart.JFreeChart chart) {
    if (chart.getPlot() instanceof CategoryPlot c) {
      for (int d = 0; d < c.getDatasetCount(); d++) {
        org.jfree.data.category.CategoryDataset data = c.getDataset(d);
        for (int r = 0; data != null && r < data.getRowCount(); r++) {
          for (int k = 0; k < data.getColumnCount(); k++) {
            Number v = data.getValue(r, k);
            if (v != null && !Double.isFinite(v.doubleValue())) {
              return false;
            }
          }
        }
      }
    } else if (chart.getPlot() instanceof XYPlot xy) {
      for (int d = 0; d < xy.getDatasetCount(); d++) {
        org.jfree.data.xy.XYDataset data = xy.getDataset(d);
        for (int r = 0; data != null && r < data.getSeriesCount(); r++) {
          for (int k = 0; k < data.getItemCount(r); k++) {
            double y = data.getYValue(r, k);
            if (!Double.isNaN(y) && !Double.isFinite(y)) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  /** Whether the value axes' bounds and span are finite numbers. */
  static boolean finiteAxes(org.jfree.chart.JFreeChart chart) {
    java.util.List<org.jfree.chart.axis.ValueAxis> axes = new ArrayList<>();
    if (chart.getPlot() instanceof CategoryPlot c) {
      axes.add(c.getRangeAxis());
    } else if (chart.getPlot() instanceof XYPlot xy) {
      axes.add(xy.getRangeAxis());
      axes.add(xy.getDomainAxis());
    }
    return axes.stream().filter(java.util.Objects::nonNull).map(a -> a.getRange())
        .allMatch(r -> Double.isFinite(r.getLowerBound()) && Double.isFinite(r.getUpperBound())
            && Double.isFinite(r.getLength()));
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
    RenderedChart chart = draw(aggregate, table, options);
    if (chart != null) {
      FallbackFonts.apply(chart.chart());
    }
    return chart;
  }

  private static RenderedChart draw(Aggregate aggregate, TableProfile table,
      ChartOptions options) {
    // Java 17 has no pattern switch; Aggregate is sealed, so these four are all there are.
    if (aggregate instanceof Aggregate.RangesByDate r) {
      return RangeCharts.ranges(r, table, options);
    } else if (aggregate instanceof Aggregate.SeriesByDate s) {
      return TimeCharts.series(s, table, options);
    } else if (aggregate instanceof Aggregate.ByCategory c) {
      return CategoryCharts.categories(c, table, options);
    } else if (aggregate instanceof Aggregate.ByTwoCategories c) {
      return CategoryCharts.stacked(c, table, options);
    } else if (aggregate instanceof Aggregate.Events e) {
      return TimeCharts.events(e, table, options);
    }
    throw new IllegalStateException("unknown aggregate " + aggregate.getClass());
  }

  static String col(TableProfile t, int i) {
    return t.columns().get(i);
  }

  /** A file-name part in ASCII: accents dropped, anything else not a letter or digit is "_". */
  static String slug(String s) {
    String x = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]+", "_");
    x = x.replaceAll("^_+|_+$", "");
    return x.isEmpty() ? "column" : x;
  }

  static String file(TableProfile t, String kind, String by) {
    return slug(t.tableName()) + "-" + kind + "-by-" + slug(by) + ".png";
  }

  static long millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  static final SimpleDateFormat DATE = utcFormat("yyyy-MM-dd");

  static SimpleDateFormat utcFormat(String pattern) {
    SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
    f.setTimeZone(TimeZone.getTimeZone("UTC"));
    return f;
  }

  /** Ticks by days, weeks, months, quarters or years, from the span of the data. */
  static void fitDates(DateAxis axis, LocalDate first, LocalDate last) {
    DateTicks.of(first, last).apply(axis);
  }

  static DateAxis dateAxis(String label) {
    // Its ticks are set by fitDates, once the span of the data is known.
    return new DateAxis(Words.capitalized(Words.date(label)), TimeZone.getTimeZone("UTC"),
        Locale.ROOT);
  }

  static NumberAxis countAxis() {
    NumberAxis axis = new NumberAxis("Records");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return axis;
  }

  /** A value axis whose tick labels use the column's format (percent, currency, grouping). */
  static NumberAxis valueAxis(TableProfile t, int column, String label) {
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
   * grouped digits would crowd the axis); ticks of small values with the decimals their steps
   * need ({@code 0.0005}, or {@code 5E-9} below 0.0001), never all {@code 0}; percents stay
   * percents. A tick a rounding error away from 0 reads {@code 0}, never {@code -0}.
   */
  static void fitNumbers(NumberAxis axis, TableProfile t, int column) {
    ColumnType type = t.types().get(column);
    boolean percent = type.kind() == ColumnType.Kind.PERCENT
        || type.kind() == ColumnType.Kind.RANGE && type.rangePercent();
    double extent = Math.max(Math.abs(axis.getUpperBound()), Math.abs(axis.getLowerBound()));
    NumberFormat format = axis.getNumberFormatOverride();
    if (!percent && extent >= 10_000) {
      format = new CompactFormat(type.currency() == null ? "" : type.currency());
    } else if (extent > 0 && extent < 1) {
      // About ten ticks: a step near a tenth of the extent, in the axis' unit (% or not).
      double step = extent / 10 * (percent ? 100 : 1);
      int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step)));
      DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.US);
      String prefix = type.currency() == null || percent ? "" : "'" + type.currency() + "'";
      if (!percent && extent < 1e-4) {
        format = new DecimalFormat(prefix + "0.##E0", symbols);
      } else if (decimals > (percent ? 0 : 2)) {
        format = new DecimalFormat(prefix + "#,##0." + "0".repeat(decimals) + (percent ? "%" : ""),
            symbols);
      }
    }
    axis.setNumberFormatOverride(new TickFormat(format, extent * 1e-9));
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

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
