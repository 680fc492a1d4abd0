package dev.report.analyze;

import dev.report.read.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bounded summary gathered while rows stream by, each worth one chart. Column numbers are
 * 0-based positions in the table's columns.
 */
public sealed interface Aggregate {

  /** Adds one record's typed values. */
  void add(Value[] values);

  /** Most distinct keys kept by a category aggregate; later keys go to {@link #OTHER}. */
  int KEY_CAP = 10_000;
  /** Most rows kept by row-level aggregates (ranges, events); later rows are counted only. */
  int ROW_CAP = 5_000;
  String OTHER = "Other";

  /** What a chart shows of the values it gathers per key: their sum, their count or their mean. */
  enum Stat {
    SUM("Sum"), COUNT("Count"), MEAN("Mean");

    private final String label;

    Stat(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The statistic of {@code n} values that sum to {@code sum}. */
    public double of(double sum, long n) {
      return switch (this) {
        case SUM -> sum;
        case COUNT -> n;
        case MEAN -> n == 0 ? 0 : sum / n;
      };
    }
  }

  /** Sums of numeric columns per date (one point per distinct date). */
  final class SeriesByDate implements Aggregate {
    public final int dateColumn;
    public final List<Integer> valueColumns;
    public final Stat stat;
    /** Sums by date, in date order, for reading; {@link #byDate} finds them while adding. */
    private final TreeMap<LocalDate, double[]> sums = new TreeMap<>();
    /** The sums and counts of each date, found by hash. */
    private final Map<LocalDate, Sums> byDate = new java.util.HashMap<>();
    /** {@link #valueColumns} unboxed. */
    private final int[] columns;

    private record Sums(double[] sums, long[] counts) {}

    public SeriesByDate(int dateColumn, List<Integer> valueColumns) {
      this(dateColumn, valueColumns, Stat.SUM);
    }

    public SeriesByDate(int dateColumn, List<Integer> valueColumns, Stat stat) {
      this.dateColumn = dateColumn;
      this.valueColumns = List.copyOf(valueColumns);
      this.columns = valueColumns.stream().mapToInt(Integer::intValue).toArray();
      this.stat = stat;
    }

    /** Per date, how many values of each column were numbers. */
    public long[] counts(LocalDate d) {
      Sums at = byDate.get(d);
      return at == null ? new long[columns.length] : at.counts();
    }

    @Override
    public void add(Value[] values) {
      LocalDate d = Values.date(values[dateColumn]);
      if (d == null) {
        return;
      }
      Sums at = byDate.get(d);
      if (at == null) {
        at = new Sums(new double[columns.length], new long[columns.length]);
        byDate.put(d, at);
        sums.put(d, at.sums());
      }
      double[] row = at.sums();
      long[] n = at.counts();
      for (int i = 0; i < row.length; i++) {
        double v = Values.number(values[columns[i]]);
        if (!Double.isNaN(v)) {
          row[i] += v;
          n[i]++;
        }
      }
    }

    /** Per date, the sum of each value column (same order as {@link #valueColumns}). */
    public java.util.NavigableMap<LocalDate, double[]> sums() {
      return Collections.unmodifiableNavigableMap(sums);
    }
  }

  /**
   * A low-high range per record, on a date (guidance ranges over time): from two columns, or
   * from one range column when {@code lowColumn == highColumn}.
   */
  final class RangesByDate implements Aggregate {
    /** One range; {@code label} and {@code kind} may be empty. */
    public record Range(LocalDate date, double low, double high, String label, String kind) {}

    public final int dateColumn;
    public final int lowColumn;
    public final int highColumn;
    /** Column whose text labels each range, or -1. */
    public final int labelColumn;
    /**
     * Column whose text says what kind of record each range is ({@code actual} among
     * {@code guidance}), or -1: its most common value is drawn as ranges, each other one with a
     * marker of its own.
     */
    public final int kindColumn;
    private final List<Range> ranges = new ArrayList<>();
    private long dropped;

    public RangesByDate(int dateColumn, int lowColumn, int highColumn, int labelColumn) {
      this(dateColumn, lowColumn, highColumn, labelColumn, -1);
    }

    public RangesByDate(int dateColumn, int lowColumn, int highColumn, int labelColumn,
        int kindColumn) {
      this.dateColumn = dateColumn;
      this.lowColumn = lowColumn;
      this.highColumn = highColumn;
      this.labelColumn = labelColumn;
      this.kindColumn = kindColumn;
    }

    @Override
    public void add(Value[] values) {
      LocalDate d = Values.date(values[dateColumn]);
      double lo = Values.low(values[lowColumn]);
      double hi = Values.high(values[highColumn]);
      if (d == null || Double.isNaN(lo) || Double.isNaN(hi)) {
        return;
      }
      if (ranges.size() >= ROW_CAP) {
        dropped++;
        return;
      }
      String label = labelColumn < 0 ? "" : Values.label(values[labelColumn]);
      String kind = kindColumn < 0 ? "" : Values.label(values[kindColumn]);
      ranges.add(new Range(d, Math.min(lo, hi), Math.max(lo, hi), label, kind));
    }

    public List<Range> ranges() {
      return Collections.unmodifiableList(ranges);
    }

    /** Ranges past {@link #ROW_CAP}, not drawn. */
    public long dropped() {
      return dropped;
    }
  }

  /**
   * Sum (or mean) of a numeric column, or count of records when {@code valueColumn} is -1, per
   * category, grouped by {@link Grouping} as the Summary's group totals are. Maps are keyed by the
   * groups' labels.
   */
  final class ByCategory implements Aggregate {
    public final int categoryColumn;
    /** The summed column, or -1 to count records. */
    public final int valueColumn;
    public final Stat stat;
    /** Each group's label by its {@link Grouping#key}. */
    private final Map<String, String> labels = new java.util.HashMap<>();
    private final Map<String, Double> totals = new LinkedHashMap<>();
    private final Map<String, Long> counts = new java.util.HashMap<>();

    public ByCategory(int categoryColumn, int valueColumn) {
      this(categoryColumn, valueColumn, valueColumn < 0 ? Stat.COUNT : Stat.SUM);
    }

    public ByCategory(int categoryColumn, int valueColumn, Stat stat) {
      this.categoryColumn = categoryColumn;
      this.valueColumn = valueColumn;
      this.stat = valueColumn < 0 ? Stat.COUNT : stat;
    }

    /** Per category, how many numbers were gathered. */
    public Map<String, Long> counts() {
      return Collections.unmodifiableMap(counts);
    }

    /** Per category, the statistic shown: sum, count or mean. */
    public Map<String, Double> values() {
      Map<String, Double> out = new LinkedHashMap<>();
      totals.forEach((k, v) -> out.put(k, stat.of(v, counts.getOrDefault(k, 0L))));
      return out;
    }

    @Override
    public void add(Value[] values) {
      // Labelled as first written, whether or not the record has a number (as the Summary is).
      String label = labelOf(labels, values[categoryColumn], labels.size());
      double v = valueColumn < 0 ? 1 : Values.number(values[valueColumn]);
      if (Double.isNaN(v)) {
        return;
      }
      totals.merge(label, v, Double::sum);
      counts.merge(label, 1L, Long::sum);
    }

    /** Totals in order of first appearance. */
    public Map<String, Double> totals() {
      return Collections.unmodifiableMap(totals);
    }
  }

  /**
   * The label of {@code v}'s group, remembered in {@code labels} by its key: the first written,
   * or {@link #OTHER} past {@link #KEY_CAP} groups ({@code groups} so far).
   */
  private static String labelOf(Map<String, String> labels, Value v, int groups) {
    String key = Grouping.key(v);
    String label = labels.get(key);
    if (label == null) {
      if (groups >= KEY_CAP) {
        return OTHER;
      }
      label = Grouping.label(v);
      labels.put(key, label);
    }
    return label;
  }

  /**
   * Sum of a numeric column (or count of records when {@code valueColumn} is -1) per pair of
   * categories: one per bar, one per stacked segment; each grouped by {@link Grouping}.
   */
  final class ByTwoCategories implements Aggregate {
    public final int categoryColumn;
    public final int seriesColumn;
    /** The summed column, or -1 to count records. */
    public final int valueColumn;
    private final Map<String, String> categoryLabels = new java.util.HashMap<>();
    private final Map<String, String> seriesLabels = new java.util.HashMap<>();
    private final Map<String, Map<String, Double>> totals = new LinkedHashMap<>();
    private int pairs;

    public ByTwoCategories(int categoryColumn, int seriesColumn, int valueColumn) {
      this.categoryColumn = categoryColumn;
      this.seriesColumn = seriesColumn;
      this.valueColumn = valueColumn;
    }

    @Override
    public void add(Value[] values) {
      String key = labelOf(categoryLabels, values[categoryColumn], categoryLabels.size());
      String series = labelOf(seriesLabels, values[seriesColumn], seriesLabels.size());
      double v = valueColumn < 0 ? 1 : Values.number(values[valueColumn]);
      if (Double.isNaN(v)) {
        return;
      }
      Map<String, Double> row = totals.computeIfAbsent(key, k -> new LinkedHashMap<>());
      if (!row.containsKey(series) && pairs >= KEY_CAP) {
        series = OTHER;
      }
      if (!row.containsKey(series)) {
        pairs++;
      }
      row.merge(series, v, Double::sum);
    }

    /** Per category, per series value, the total; in order of first appearance. */
    public Map<String, Map<String, Double>> totals() {
      return Collections.unmodifiableMap(totals);
    }
  }

  /** Dated records with a text label and no numbers: events on a timeline. */
  final class Events implements Aggregate {
    public record Event(LocalDate date, String label) {}

    public final int dateColumn;
    public final int labelColumn;
    private final List<Event> events = new ArrayList<>();
    private long dropped;

    public Events(int dateColumn, int labelColumn) {
      this.dateColumn = dateColumn;
      this.labelColumn = labelColumn;
    }

    @Override
    public void add(Value[] values) {
      LocalDate d = Values.date(values[dateColumn]);
      if (d == null) {
        return;
      }
      if (events.size() >= ROW_CAP) {
        dropped++;
        return;
      }
      events.add(new Event(d, Values.label(values[labelColumn])));
    }

    public List<Event> events() {
      return Collections.unmodifiableList(events);
    }

    public long dropped() {
      return dropped;
    }
  }
}
