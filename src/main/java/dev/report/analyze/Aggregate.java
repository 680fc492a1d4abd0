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

  /** Sums of numeric columns per date (one point per distinct date). */
  final class SeriesByDate implements Aggregate {
    public final int dateColumn;
    public final List<Integer> valueColumns;
    private final TreeMap<LocalDate, double[]> sums = new TreeMap<>();

    public SeriesByDate(int dateColumn, List<Integer> valueColumns) {
      this.dateColumn = dateColumn;
      this.valueColumns = List.copyOf(valueColumns);
    }

    @Override
    public void add(Value[] values) {
      LocalDate d = Values.date(values[dateColumn]);
      if (d == null) {
        return;
      }
      double[] row = sums.computeIfAbsent(d, k -> new double[valueColumns.size()]);
      for (int i = 0; i < row.length; i++) {
        double v = Values.number(values[valueColumns.get(i)]);
        if (!Double.isNaN(v)) {
          row[i] += v;
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
    /** One range; {@code label} may be empty. */
    public record Range(LocalDate date, double low, double high, String label) {}

    public final int dateColumn;
    public final int lowColumn;
    public final int highColumn;
    /** Column whose text labels each range, or -1. */
    public final int labelColumn;
    private final List<Range> ranges = new ArrayList<>();
    private long dropped;

    public RangesByDate(int dateColumn, int lowColumn, int highColumn, int labelColumn) {
      this.dateColumn = dateColumn;
      this.lowColumn = lowColumn;
      this.highColumn = highColumn;
      this.labelColumn = labelColumn;
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
      ranges.add(new Range(d, Math.min(lo, hi), Math.max(lo, hi), label));
    }

    public List<Range> ranges() {
      return Collections.unmodifiableList(ranges);
    }

    /** Ranges past {@link #ROW_CAP}, not drawn. */
    public long dropped() {
      return dropped;
    }
  }

  /** Sum of a numeric column, or count of records when {@code valueColumn} is -1, per category. */
  final class ByCategory implements Aggregate {
    public final int categoryColumn;
    /** The summed column, or -1 to count records. */
    public final int valueColumn;
    private final Map<String, Double> totals = new LinkedHashMap<>();

    public ByCategory(int categoryColumn, int valueColumn) {
      this.categoryColumn = categoryColumn;
      this.valueColumn = valueColumn;
    }

    @Override
    public void add(Value[] values) {
      String key = Values.label(values[categoryColumn]);
      if (key.isEmpty()) {
        return;
      }
      double v = valueColumn < 0 ? 1 : Values.number(values[valueColumn]);
      if (Double.isNaN(v)) {
        return;
      }
      if (!totals.containsKey(key) && totals.size() >= KEY_CAP) {
        key = OTHER;
      }
      totals.merge(key, v, Double::sum);
    }

    /** Totals in order of first appearance. */
    public Map<String, Double> totals() {
      return Collections.unmodifiableMap(totals);
    }
  }

  /**
   * Sum of a numeric column (or count of records when {@code valueColumn} is -1) per pair of
   * categories: one per bar, one per stacked segment.
   */
  final class ByTwoCategories implements Aggregate {
    public final int categoryColumn;
    public final int seriesColumn;
    /** The summed column, or -1 to count records. */
    public final int valueColumn;
    private final Map<String, Map<String, Double>> totals = new LinkedHashMap<>();
    private int pairs;

    public ByTwoCategories(int categoryColumn, int seriesColumn, int valueColumn) {
      this.categoryColumn = categoryColumn;
      this.seriesColumn = seriesColumn;
      this.valueColumn = valueColumn;
    }

    @Override
    public void add(Value[] values) {
      String key = Values.label(values[categoryColumn]);
      String series = Values.label(values[seriesColumn]);
      if (key.isEmpty() || series.isEmpty()) {
        return;
      }
      double v = valueColumn < 0 ? 1 : Values.number(values[valueColumn]);
      if (Double.isNaN(v)) {
        return;
      }
      Map<String, Double> row = totals.get(key);
      if (row == null) {
        if (totals.size() >= KEY_CAP) {
          key = OTHER;
        }
        row = totals.computeIfAbsent(key, k -> new LinkedHashMap<>());
      }
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
