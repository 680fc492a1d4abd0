package dev.report.analyze;

import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  private TableStats(int width, boolean countDistinct) {
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
    List<Integer> measures = Planner.measures(t);
    List<Integer> categories = Planner.categories(t);
    for (int m : measures) {
      for (int c : categories) {
        if (s.groups.size() < MAX_GROUPS) {
          s.groups.add(new Groups(c, m));
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
    private long count;
    private long numbers;
    private final NeumaierSum sum = new NeumaierSum();

    Group(String label) {
      this.label = label;
    }

    /** The category as first written (groups ignore case, as spreadsheet criteria do). */
    public String label() {
      return label;
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

  /** A measure summed per value of a category column. */
  public static final class Groups {
    public final int categoryColumn;
    public final int valueColumn;
    private final Map<String, Group> byKey = new LinkedHashMap<>();

    Groups(int categoryColumn, int valueColumn) {
      this.categoryColumn = categoryColumn;
      this.valueColumn = valueColumn;
    }

    void add(Value[] values) {
      Value cat = values[categoryColumn];
      if (cat instanceof Value.Empty) {
        return;
      }
      String text = cat.text();
      // Spreadsheet criteria compare text ignoring case, and so must the cached values.
      String key = text.toLowerCase(Locale.ROOT);
      Group g = byKey.get(key);
      if (g == null) {
        if (byKey.size() >= ColumnStats.DISTINCT_CAP) {
          return;
        }
        g = new Group(text);
        byKey.put(key, g);
      }
      g.count++;
      double v = ColumnStats.number(values[valueColumn]);
      if (!Double.isNaN(v)) {
        g.numbers++;
        g.sum.add(v);
      }
    }

    /** Groups sorted by sum, largest first. */
    public List<Group> sorted() {
      List<Group> list = new ArrayList<>(byKey.values());
      list.sort((a, b) -> Double.compare(b.sum(), a.sum()));
      return list;
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

    Years(int dateColumn, List<Integer> valueColumns) {
      this.dateColumn = dateColumn;
      this.valueColumns = List.copyOf(valueColumns);
      this.columns = valueColumns.stream().mapToInt(Integer::intValue).toArray();
    }

    void add(Value[] values) {
      // A date no date cell shows is text in the sheet: the Summary's DATE() cannot count it.
      if (!(values[dateColumn] instanceof Value.Date d)
          || !ExcelDate.fits(d.date().atStartOfDay())) {
        return;
      }
      int year = d.date().getYear();
      int slot = year - FIRST_YEAR;
      Group[] row = slot >= 0 && slot < bySlot.length ? bySlot[slot] : byYear.get(year);
      if (row == null) {
        row = new Group[columns.length];
        for (int i = 0; i < row.length; i++) {
          row[i] = new Group(Integer.toString(year));
        }
        byYear.put(year, row);
        if (slot >= 0 && slot < bySlot.length) {
          bySlot[slot] = row;
        }
      }
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

    /** Per year, one group per value column (same order as {@link #valueColumns}). */
    public Map<Integer, Group[]> byYear() {
      return Collections.unmodifiableMap(byYear);
    }
  }
}
