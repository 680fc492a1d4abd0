package dev.report.analyze;

import dev.report.read.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first and the latest value of a level (a guidance, a price, a range) per group, over a date
 * column, computed as the Summary's formulas compute them over the written cells: a record counts
 * when its date cell and each value cell hold numbers; the first and latest dates are MINIFS and
 * MAXIFS of those records' dates; the value on a date is the mean (AVERAGEIFS) of the records of
 * the group on that date, so that two records on the same latest date give their mean.
 */
public final class Latest {
  /** Most groups listed; the records of later ones are counted in {@link #unlisted}. */
  public static final int MAX_GROUPS = 100;

  public final int dateColumn;
  /** Table columns (0-based) whose values together make a group: none, one or two. */
  public final List<Integer> groupColumns;
  /** The table columns measured: one number column, or a low and a high column. */
  public final List<Integer> valueColumns;
  /**
   * Whether {@link #valueColumns} is one column of ranges (60-80), whose low and high ends are
   * the two numbers measured.
   */
  public final boolean rangeColumn;

  private final Map<List<String>, Group> byKey = new HashMap<>();
  private final List<Group> groups = new ArrayList<>();
  private long unlisted;

  Latest(int dateColumn, List<Integer> groupColumns, List<Integer> valueColumns,
      boolean rangeColumn) {
    this.dateColumn = dateColumn;
    this.groupColumns = List.copyOf(groupColumns);
    this.valueColumns = List.copyOf(valueColumns);
    this.rangeColumn = rangeColumn;
  }

  /** The numbers measured per record: two for ranges, else one per value column. */
  public int width() {
    return rangeColumn ? 2 : valueColumns.size();
  }

  /** One group's records, and its first and latest dates and values. */
  public static final class Group {
    private final List<Value> values;
    private long records;
    private final double[] first;
    private final double[] latest;
    private double firstDate = Double.NaN;
    private double latestDate = Double.NaN;
    private long firstN;
    private long latestN;

    Group(List<Value> values, int width) {
      this.values = values;
      this.first = new double[width];
      this.latest = new double[width];
    }

    /** The group's value of each group column, as in its first record. */
    public List<Value> values() {
      return values;
    }

    /** The group's records (COUNTIFS over the group columns). */
    public long records() {
      return records;
    }

    /** Whether a record of the group has a date and every number: else no first nor latest. */
    public boolean dated() {
      return firstN > 0;
    }

    /** The first date, as an Excel serial day. */
    public double firstDate() {
      return firstDate;
    }

    public double latestDate() {
      return latestDate;
    }

    /** The {@code i}-th number on the first date (the mean of the records on it). */
    public double first(int i) {
      return first[i] / firstN;
    }

    public double latest(int i) {
      return latest[i] / latestN;
    }
  }

  void add(Value[] record) {
    List<String> key = new ArrayList<>(groupColumns.size());
    for (int c : groupColumns) {
      key.add(key(record[c]));
    }
    Group g = byKey.get(key);
    if (g == null) {
      if (groups.size() >= MAX_GROUPS) {
        unlisted++;
        return;
      }
      List<Value> values = new ArrayList<>();
      for (int c : groupColumns) {
        values.add(record[c]);
      }
      g = new Group(List.copyOf(values), width());
      byKey.put(key, g);
      groups.add(g);
    }
    g.records++;
    double date = ColumnStats.number(record[dateColumn]);
    if (Double.isNaN(date)) {
      return;
    }
    double[] x = new double[width()];
    for (int i = 0; i < x.length; i++) {
      x[i] = number(record, i);
      if (Double.isNaN(x[i])) {
        return;
      }
    }
    if (g.firstN == 0 || date < g.firstDate) {
      g.firstDate = date;
      g.firstN = 0;
      java.util.Arrays.fill(g.first, 0);
    }
    if (date == g.firstDate) {
      g.firstN++;
      for (int i = 0; i < x.length; i++) {
        g.first[i] += x[i];
      }
    }
    if (g.latestN == 0 || date > g.latestDate) {
      g.latestDate = date;
      g.latestN = 0;
      java.util.Arrays.fill(g.latest, 0);
    }
    if (date == g.latestDate) {
      g.latestN++;
      for (int i = 0; i < x.length; i++) {
        g.latest[i] += x[i];
      }
    }
  }

  /** The {@code i}-th number of a record as its cell holds it, or NaN. */
  private double number(Value[] record, int i) {
    if (rangeColumn) {
      return record[valueColumns.get(0)] instanceof Value.Range r
          ? (i == 0 ? r.low() : r.high()) : Double.NaN;
    }
    return ColumnStats.number(record[valueColumns.get(i)]);
  }

  /**
   * The group of a value: a number by its value (as a numeric criterion matches it), else as
   * {@link Grouping#key} groups it.
   */
  private static String key(Value v) {
    return v instanceof Value.Decimal d ? "\u0001" + d.value() : Grouping.key(v);
  }

  /**
   * The groups, ordered by their values column by column: numbers in their order, then texts
   * ignoring case, blanks last.
   */
  public List<Group> groups() {
    List<Group> sorted = new ArrayList<>(groups);
    Comparator<Group> order = (a, b) -> 0;
    for (int i = 0; i < groupColumns.size(); i++) {
      int at = i;
      order = order.thenComparing(g -> g.values().get(at), Latest::compare);
    }
    sorted.sort(order);
    return Collections.unmodifiableList(sorted);
  }

  private static int compare(Value a, Value b) {
    int ra = rank(a);
    int rb = rank(b);
    if (ra != rb) {
      return Integer.compare(ra, rb);
    }
    if (a instanceof Value.Decimal x && b instanceof Value.Decimal y) {
      return Double.compare(x.value(), y.value());
    }
    return ra == 2 ? 0 : Grouping.label(a).toLowerCase(Locale.ROOT)
        .compareTo(Grouping.label(b).toLowerCase(Locale.ROOT));
  }

  private static int rank(Value v) {
    return v instanceof Value.Decimal ? 0 : v instanceof Value.Empty ? 2 : 1;
  }

  /** Records of the groups past {@link #MAX_GROUPS}, not listed. */
  public long unlisted() {
    return unlisted;
  }

  /** A number as a spreadsheet formula writes it: 2024, 0.5, 1E+300 as 1E300 digits. */
  public static String literal(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
