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
  private final List<Latest> latest = new ArrayList<>();
  /** Per column, what the Summary shows beyond its statistics. */
  private final Rollup[] rollups;

  private TableStats(int width, boolean countDistinct) {
    rollups = new Rollup[width];
    java.util.Arrays.fill(rollups, Rollup.NONE);
    columns = new ColumnStats[width];
    for (int i = 0; i < width; i++) {
      columns[i] = new ColumnStats(countDistinct);
    }
  }

  /** Most first-and-latest tables per table. */
  static final int MAX_LATEST = 4;

  /** Statistics to gather for {@code t}, each column rolled up as {@link Rollup#infer} says. */
  public static TableStats plan(TableProfile t) {
    return plan(t, Map.of());
  }

  /**
   * Statistics to gather for {@code t}: every column; the measures summed or averaged by
   * category and by year, and the levels' first and latest values per group. {@code asked} is
   * report.yaml's rollup of some columns (by 0-based column), which replaces the inferred one.
   */
  public static TableStats plan(TableProfile t, Map<Integer, Rollup> asked) {
    TableStats s = new TableStats(t.columns().size(),
        t.records() <= ColumnStats.DISTINCT_ROWS);
    if (t.status() != TableProfile.Status.TABLE) {
      return s;
    }
    List<Rollup> inferred = Rollup.infer(t);
    List<Integer> present = Planner.measures(t);
    // Grouped: the columns summed or averaged, unless mostly empty (and not asked for by name).
    List<Integer> measures = new ArrayList<>();
    for (int i = 0; i < s.rollups.length; i++) {
      s.rollups[i] = asked.getOrDefault(i, inferred.get(i));
      if ((s.rollups[i] == Rollup.SUM || s.rollups[i] == Rollup.MEAN)
          && (present.contains(i) || asked.containsKey(i))) {
        measures.add(i);
      }
    }
    List<Integer> categories = Planner.categories(t);
    for (int m : measures) {
      for (int c : categories) {
        if (s.groups.size() < MAX_GROUPS) {
          s.groups.add(new Groups(c, m,
              s.rollups[m] == Rollup.MEAN ? Aggregate.Stat.MEAN : Aggregate.Stat.SUM));
        }
      }
    }
    int date = Planner.firstDate(t);
    if (date >= 0 && !measures.isEmpty()
        && t.types().get(date).kind() == ColumnType.Kind.DATE) {
      s.years.add(new Years(date, measures));
    }
    if (date >= 0) {
      s.planLatest(t, date);
    }
    return s;
  }

  /**
   * One first-and-latest table per level: the two ends of a range in two columns together, each
   * other level alone; grouped by a column of years and the first category, where there are.
   */
  private void planLatest(TableProfile t, int date) {
    List<Integer> groupBy = new ArrayList<>();
    for (int i = 0; i < t.types().size(); i++) {
      int distinct = t.profiles().get(i).distinctCount();
      if (t.types().get(i).yearLike() && distinct >= 1 && distinct <= Planner.MAX_CATEGORIES) {
        groupBy.add(i);
        break;
      }
    }
    List<Integer> categories = Planner.categories(t);
    if (!categories.isEmpty()) {
      groupBy.add(categories.get(0));
    }
    int[] pair = Planner.rangePair(t, Planner.measures(t));
    boolean pairLatest = pair != null && rollups[pair[0]] == Rollup.LATEST
        && rollups[pair[1]] == Rollup.LATEST;
    for (int i = 0; i < rollups.length && latest.size() < MAX_LATEST; i++) {
      if (rollups[i] != Rollup.LATEST || pairLatest && i == pair[1]) {
        continue;
      }
      boolean range = t.types().get(i).kind() == ColumnType.Kind.RANGE;
      List<Integer> values = pairLatest && i == pair[0] ? List.of(pair[0], pair[1]) : List.of(i);
      latest.add(new Latest(date, groupBy, values, range));
    }
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
    for (Latest l : latest) {
      l.add(values);
    }
  }

  /** What the Summary shows of column {@code i} beyond its statistics. */
  public Rollup rollup(int i) {
    return rollups[i];
  }

  /** The levels' first and latest values, one table each. */
  public List<Latest> latest() {
    return Collections.unmodifiableList(latest);
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
