package dev.report.analyze;

import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the Summary sheet shows for one table: statistics per column, and group totals (each
 * measure by each category, and by year), all gathered in one streaming pass.
 */
public final class TableStats {
  /** Most group tables per table. */
  static final int MAX_GROUPS = 6;

  private final ColumnStats[] columns;
  private final List<Groups> groups = new ArrayList<>();
  private final List<Years> years = new ArrayList<>();
  /** Per column, whether it is a level whose total means nothing (a range's low or high end). */
  private final boolean[] levels;

  private TableStats(int width, boolean countDistinct) {
    levels = new boolean[width];
    columns = new ColumnStats[width];
    for (int i = 0; i < width; i++) {
      columns[i] = new ColumnStats(countDistinct);
    }
  }

  /** Statistics to gather for {@code t}: every column, and its measures by category and year. */
  public static TableStats plan(TableProfile t) {
    TableStats s = new TableStats(t.columns().size(),
        t.records() <= ColumnStats.DISTINCT_ROWS);
    if (t.status() != TableProfile.Status.TABLE) {
      return s;
    }
    List<Integer> measures = Planner.additive(t);
    for (int i : Planner.measures(t)) {
      s.levels[i] = !measures.contains(i);
    }
    List<Integer> categories = Planner.categories(t);
    for (int m : measures) {
      for (int c : categories) {
        if (s.groups.size() < MAX_GROUPS) {
          s.groups.add(new Groups(c, m, Grouping.statOf(t.types().get(m))));
        }
      }
    }
    int date = Planner.firstDate(t);
    if (date >= 0 && !measures.isEmpty()
        && t.types().get(date).kind() == ColumnType.Kind.DATE) {
      s.years.add(new Years(date, measures));
    }
    return s;
  }

  public void add(Value[] values) {
    for (int i = 0; i < columns.length; i++) {
      columns[i].add(values[i]);
    }
    for (Groups g : groups) {
      g.add(values);
    }
    for (Years y : years) {
      y.add(values);
    }
  }

  /** Whether column {@code i} is a level, such as a range's low end: the Summary shows no sum. */
  public boolean level(int i) {
    return levels[i];
  }

  public ColumnStats column(int i) {
    return columns[i];
  }

  public List<Groups> groups() {
    return Collections.unmodifiableList(groups);
  }

  public List<Years> years() {
    return Collections.unmodifiableList(years);
  }

  /** One group's count and sum of the measure (numbers only, as SUMIFS and COUNTIFS see them). */
  public static final class Group {
    private final String label;
    private final Grouping.Match match;
    private long count;
    private long numbers;
    private final NeumaierSum sum = new NeumaierSum();

    Group(String label, Grouping.Match match) {
      this.label = label;
      this.match = match;
    }

    /** The category as first written, as {@link Grouping#label} shows it. */
    public String label() {
      return label;
    }

    /** How the group's cells are matched by a spreadsheet criterion. */
    public Grouping.Match match() {
      return match;
    }

    /** Records in the group (COUNTIFS over the category). */
    public long count() {
      return count;
    }

    /** Records in the group whose measure is a number. */
    public long numbers() {
      return numbers;
    }

    public double sum() {
      return sum.value();
    }
  }

  /**
   * A measure per value of a category column, grouped by {@link Grouping}: every record is in one
   * group, so the groups add up to the column.
   */
  public static final class Groups {
    public final int categoryColumn;
    public final int valueColumn;
    private final Aggregate.Stat stat;
    private final Map<String, Group> byKey = new LinkedHashMap<>();
    /** The records of values past {@link ColumnStats#DISTINCT_CAP} groups, or null. */
    private Group other;

    Groups(int categoryColumn, int valueColumn, Aggregate.Stat stat) {
      this.categoryColumn = categoryColumn;
      this.valueColumn = valueColumn;
      this.stat = stat;
    }

    /** What each group shows of the measure: its sum, or its mean for percents. */
    public Aggregate.Stat stat() {
      return stat;
    }

    void add(Value[] values) {
      Value cat = values[categoryColumn];
      String key = Grouping.key(cat);
      Group g = byKey.get(key);
      if (g == null) {
        if (byKey.size() >= ColumnStats.DISTINCT_CAP) {
          if (other == null) {
            other = new Group(Aggregate.OTHER, Grouping.Match.TEXT);
          }
          g = other;
        } else {
          g = new Group(Grouping.label(cat), Grouping.match(cat));
          byKey.put(key, g);
        }
      }
      g.count++;
      double v = ColumnStats.number(values[valueColumn]);
      if (!Double.isNaN(v)) {
        g.numbers++;
        g.sum.add(v);
      }
    }

    /**
     * Groups by their {@link #stat}, largest first (ties in order of first appearance), without
     * {@link #other}.
     */
    public List<Group> sorted() {
      List<Group> list = new ArrayList<>(byKey.values());
      list.sort((a, b) -> Double.compare(stat.of(b.sum(), b.numbers()), stat.of(a.sum(), a.numbers())));
      return list;
    }

    /**
     * The records of the values past the first {@link ColumnStats#DISTINCT_CAP} groups, together
     * (the Summary shows them as the column less the groups listed), or null when there are none.
     */
    public Group other() {
      return other;
    }
  }

  /** Measures summed per calendar year of a date column. */
  public static final class Years {
    public final int dateColumn;
    public final List<Integer> valueColumns;
    private final TreeMap<Integer, Group[]> byYear = new TreeMap<>();
    /** {@link #valueColumns} unboxed. */
    private final int[] columns;
    /** The groups of the years {@link #FIRST_YEAR} to 2099 by their offset: no lookup for most. */
    private final Group[][] bySlot = new Group[200][];
    private static final int FIRST_YEAR = 1900;
    /** The label of the records without a date. */
    public static final String UNDATED = "(no date)";
    private Group[] undated;

    Years(int dateColumn, List<Integer> valueColumns) {
      this.dateColumn = dateColumn;
      this.valueColumns = List.copyOf(valueColumns);
      this.columns = valueColumns.stream().mapToInt(Integer::intValue).toArray();
    }

    void add(Value[] values) {
      // Blank, not a date, or a date no date cell shows (text in the sheet, which the Summary's
      // DATE() cannot count): "(no date)", so that the years add up to the column.
      if (!(values[dateColumn] instanceof Value.Date d)
          || !ExcelDate.fits(d.date().atStartOfDay())) {
        if (undated == null) {
          undated = new Group[columns.length];
          for (int i = 0; i < undated.length; i++) {
            undated[i] = new Group(UNDATED, Grouping.Match.BLANK);
          }
        }
        count(undated, values);
        return;
      }
      int year = d.date().getYear();
      int slot = year - FIRST_YEAR;
      Group[] row = slot >= 0 && slot < bySlot.length ? bySlot[slot] : byYear.get(year);
      if (row == null) {
        row = new Group[columns.length];
        for (int i = 0; i < row.length; i++) {
          row[i] = new Group(Integer.toString(year), Grouping.Match.TEXT);
        }
        byYear.put(year, row);
        if (slot >= 0 && slot < bySlot.length) {
          bySlot[slot] = row;
        }
      }
      count(row, values);
    }

    private void count(Group[] row, Value[] values) {
      for (int i = 0; i < row.length; i++) {
        Group g = row[i];
        g.count++;
        double v = ColumnStats.number(values[columns[i]]);
        if (!Double.isNaN(v)) {
          g.numbers++;
          g.sum.add(v);
        }
      }
    }

    /**
     * The records without a date (blank, or a value that is not one), one group per value column,
     * or null when every record has a date: with them the years add up to the columns.
     */
    public Group[] undated() {
      return undated;
    }

    /** Per year, one group per value column (same order as {@link #valueColumns}). */
    public Map<Integer, Group[]> byYear() {
      return Collections.unmodifiableMap(byYear);
    }
  }
}
