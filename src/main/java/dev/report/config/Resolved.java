package dev.report.config;

import dev.report.ExitCode;
import dev.report.ReportException;
import dev.report.analyze.Aggregate;
import dev.report.analyze.Rollup;
import dev.report.chart.ChartOptions;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * report.yaml checked against the tables actually read: every table and column it names must
 * exist (else exit 2 with the line and a did-you-mean), and what it asks for becomes sheet order,
 * sheet titles, column formats and units, and chart aggregates.
 */
public final class Resolved {
  /** A chart asked for: its aggregate, the title to give it (or empty), and how to draw it. */
  public record Chart(Aggregate aggregate, String title, ChartOptions options) {}

  private final Settings settings;
  private final Skips skips;
  private final Map<TableProfile, Settings.TableSettings> byTable = new LinkedHashMap<>();
  private final Map<TableProfile, List<Chart>> charts = new LinkedHashMap<>();
  private final Map<TableProfile, Map<Integer, Rollup>> rollups = new LinkedHashMap<>();
  private final Map<TableProfile, List<String>> keys = new LinkedHashMap<>();

  private Resolved(Settings settings, Skips skips) {
    this.settings = settings;
    this.skips = skips;
  }

  public static Resolved of(Settings settings, List<TableProfile> tables) {
    return of(settings, tables, new Skips(settings));
  }

  /** {@code tables} are those read: the ones {@code skips} left out are not among them. */
  public static Resolved of(Settings settings, List<TableProfile> tables, Skips skips) {
    Resolved r = new Resolved(settings, skips);
    for (Settings.TableSettings ts : settings.tables()) {
      if (ts.skip()) {
        continue;
      }
      TableProfile t = r.table(ts.table(), ts.line(), tables);
      r.byTable.put(t, ts);
      for (Map.Entry<String, Settings.ColumnSettings> c : ts.columns().entrySet()) {
        int col = r.column(t, c.getKey(), c.getValue().line());
        if (!c.getValue().aggregate().isEmpty()) {
          r.rollup(t, col, Rollup.ofWord(c.getValue().aggregate()), c.getValue().line());
        }
      }
      if (!ts.key().columns().isEmpty()) {
        r.key(t, ts.key());
      }
    }
    // The same chart listed twice is drawn once; charts that differ in anything are two.
    java.util.Set<List<Object>> listed = new java.util.HashSet<>();
    for (Settings.ChartSpec spec : settings.charts()) {
      TableProfile t = r.table(spec.table(), spec.line(), tables);
      Chart chart = r.chart(t, spec);
      if (listed.add(List.of(t, spec.type(), spec.x(), spec.y(), spec.group(), spec.title(),
          spec.extras()))) {
        r.charts.computeIfAbsent(t, k -> new ArrayList<>()).add(chart);
      }
    }
    return r;
  }

  public Settings settings() {
    return settings;
  }

  /** The tables in the order report.yaml lists them, then the others in their given order. */
  public List<TableProfile> order(List<TableProfile> tables) {
    List<TableProfile> listed = new ArrayList<>(byTable.keySet());
    List<TableProfile> out = new ArrayList<>(listed);
    for (TableProfile t : tables) {
      if (!listed.contains(t)) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingInt(t -> listed.contains(t) ? listed.indexOf(t) : listed.size()));
    return out;
  }

  /** The sheet title report.yaml gives the table, or its name. */
  public String title(TableProfile t) {
    Settings.TableSettings ts = byTable.get(t);
    return ts == null || ts.title().isEmpty() ? t.tableName() : ts.title();
  }

  /** The Excel number format report.yaml gives the column, or empty. */
  public String format(TableProfile t, int column) {
    Settings.ColumnSettings c = columnSettings(t, column);
    return c == null ? "" : c.format();
  }

  /** The unit report.yaml gives the column, or empty. */
  public String unit(TableProfile t, int column) {
    Settings.ColumnSettings c = columnSettings(t, column);
    return c == null ? "" : c.unit();
  }

  private Settings.ColumnSettings columnSettings(TableProfile t, int column) {
    Settings.TableSettings ts = byTable.get(t);
    if (ts == null) {
      return null;
    }
    String name = t.columns().get(column);
    for (Map.Entry<String, Settings.ColumnSettings> e : ts.columns().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** What report.yaml's {@code aggregate} says the Summary shows, by 0-based column. */
  public Map<Integer, Rollup> rollups(TableProfile t) {
    return rollups.getOrDefault(t, Map.of());
  }

  /**
   * The columns report.yaml's {@code key:} names, spelt as in the table, or empty: the declared key
   * for the comparison with the earlier report.
   */
  public List<String> key(TableProfile t) {
    return keys.getOrDefault(t, List.of());
  }

  private void key(TableProfile t, Settings.Key key) {
    List<String> names = new ArrayList<>();
    for (String name : key.columns()) {
      String column = t.columns().get(column(t, name, key.line(), "key column"));
      if (names.contains(column)) {
        throw error(key.line(), "\"key\" names column \"" + column + "\" twice: name it once");
      }
      names.add(column);
    }
    keys.put(t, List.copyOf(names));
  }

  /** Checks that column {@code col} can be rolled up as asked: sum and mean need numbers. */
  private void rollup(TableProfile t, int col, Rollup asked, int line) {
    ColumnType.Kind kind = t.types().get(col).kind();
    String name = "\"aggregate: " + asked.word() + "\" of column \"" + t.columns().get(col) + "\"";
    boolean numbers = kind.isNumeric() || asked == Rollup.LATEST && kind == ColumnType.Kind.RANGE;
    if (asked != Rollup.NONE && !numbers) {
      throw error(line, name + " needs numbers, and " + t.fileName() + " has "
          + kind.label() + " there: use " + (kind == ColumnType.Kind.RANGE ? "latest or " : "")
          + "none, or leave it out");
    }
    if (asked == Rollup.LATEST && !Rollup.dated(t)) {
      throw error(line, name + " needs a column of dates in " + t.fileName()
          + ", which has none: use mean, sum or none");
    }
    rollups.computeIfAbsent(t, k -> new LinkedHashMap<>()).put(col, asked);
  }

  /** The charts report.yaml asks for on this table, in its order. */
  public List<Chart> charts(TableProfile t) {
    return charts.getOrDefault(t, List.of());
  }

  private TableProfile table(String name, int line, List<TableProfile> tables) {
    List<String> files = new ArrayList<>();
    Map<String, String> fileOf = new LinkedHashMap<>();
    for (TableProfile t : tables) {
      if (t.fileName().equalsIgnoreCase(name) || t.tableName().equalsIgnoreCase(name)) {
        return t;
      }
      files.add(t.fileName());
      fileOf.put(t.fileName(), t.fileName());
      fileOf.put(t.tableName(), t.fileName());
    }
    int skipped = skips.skipLine(name);
    if (skipped > 0) {
      throw error(line, "table \"" + name + "\" is skipped (report.yaml line " + skipped
          + " says skip: true): it is not read, so nothing can be drawn or set on it; remove"
          + " this or the skip");
    }
    String closest = Names.closest(name, fileOf.keySet());
    throw error(line, "table \"" + name + "\" is not among the inputs ("
        + String.join(", ", files) + ")"
        + (closest == null ? "" : "; did you mean \"" + fileOf.get(closest) + "\"?"));
  }

  private int column(TableProfile t, String name, int line) {
    return column(t, name, line, "column");
  }

  /** {@code what}: how the message names it ("column", "key column"). */
  private int column(TableProfile t, String name, int line, String what) {
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw error(line, what + " \"" + name + "\" is not in " + t.fileName() + " (its columns: "
        + String.join(", ", t.columns()) + ")" + Names.didYouMean(name, t.columns()));
  }

  private Chart chart(TableProfile t, Settings.ChartSpec s) {
    int x = column(t, s.x(), s.line());
    List<Integer> y = new ArrayList<>();
    for (String name : s.y()) {
      y.add(column(t, name, s.line()));
    }
    int group = s.group().isEmpty() ? -1 : column(t, s.group(), s.line());
    String marker = s.extras().marker();
    if (!marker.isEmpty() && s.type() != Settings.ChartType.RANGE) {
      throw error(s.line(), "\"marker\" is for range charts only: it marks the records of a"
          + " kind (actual among guidance) with a shape of their own; remove it");
    }
    int kind = marker.isEmpty() ? -1 : column(t, marker, s.line());
    Aggregate a = switch (s.type()) {
      case BAR -> new Aggregate.ByCategory(x, y.isEmpty() ? -1 : numeric(t, y.get(0), s),
          stat(s));
      case STACKED -> {
        if (group < 0) {
          throw error(s.line(), "a stacked chart needs \"group\": the column whose values stack");
        }
        yield new Aggregate.ByTwoCategories(x, group, y.isEmpty() ? -1 : numeric(t, y.get(0), s));
      }
      case LINE -> {
        int day = date(t, x, s);
        if (y.isEmpty()) {
          throw error(s.line(), "a line chart needs \"y\": one or more numeric columns");
        }
        for (int c : y) {
          numeric(t, c, s);
        }
        yield new Aggregate.SeriesByDate(day, y, stat(s));
      }
      case RANGE -> {
        if (y.size() == 1 && t.types().get(y.get(0)).kind() == ColumnType.Kind.RANGE) {
          yield new Aggregate.RangesByDate(date(t, x, s), y.get(0), y.get(0), group, kind);
        }
        if (y.size() != 2) {
          throw error(s.line(), "a range chart needs \"y\": a column of ranges, or a low and a high column");
        }
        yield new Aggregate.RangesByDate(date(t, x, s), numeric(t, y.get(0), s),
            numeric(t, y.get(1), s), group, kind);
      }
      case TIMELINE -> {
        if (y.size() != 1) {
          throw error(s.line(), "a timeline needs \"y\": the column that labels each event");
        }
        yield new Aggregate.Events(date(t, x, s), y.get(0));
      }
    };
    return new Chart(a, s.title(), options(s));
  }

  private static Aggregate.Stat stat(Settings.ChartSpec s) {
    return switch (s.extras().aggregate()) {
      case "count" -> Aggregate.Stat.COUNT;
      case "mean" -> Aggregate.Stat.MEAN;
      default -> Aggregate.Stat.SUM;
    };
  }

  private ChartOptions options(Settings.ChartSpec s) {
    Settings.Extras e = s.extras();
    int w = ChartOptions.DEFAULT.width();
    int h = ChartOptions.DEFAULT.height();
    if (!e.size().isEmpty()) {
      String[] wh = e.size().split("x");
      w = Integer.parseInt(wh[0]);
      h = Integer.parseInt(wh[1]);
      if (w < ChartOptions.MIN_SIZE || w > ChartOptions.MAX_SIZE || h < ChartOptions.MIN_SIZE
          || h > ChartOptions.MAX_SIZE) {
        throw error(s.line(), "chart size " + e.size() + " is out of bounds: each side from "
            + ChartOptions.MIN_SIZE + " to " + ChartOptions.MAX_SIZE + " points");
      }
    }
    return new ChartOptions(e.subtitle(), e.unit(),
        e.top() > 0 ? e.top() : ChartOptions.DEFAULT.top(), e.sort().equals("label"), w, h);
  }

  private int numeric(TableProfile t, int column, Settings.ChartSpec s) {
    ColumnType type = t.types().get(column);
    if (!type.kind().isNumeric() && type.kind() != ColumnType.Kind.RANGE) {
      throw error(s.line(), "column \"" + t.columns().get(column) + "\" of " + t.fileName()
          + " holds " + type.kind().label() + ", not numbers; "
          + choose(t, k -> k.isNumeric() || k == ColumnType.Kind.RANGE, "numbers"));
    }
    return column;
  }

  private int date(TableProfile t, int column, Settings.ChartSpec s) {
    if (!t.types().get(column).kind().isTemporal()) {
      throw error(s.line(), "column \"" + t.columns().get(column) + "\" of " + t.fileName()
          + " holds " + t.types().get(column).kind().label() + ", not dates; "
          + choose(t, ColumnType.Kind::isTemporal, "dates"));
    }
    return column;
  }

  /** The fix: the columns of the table that hold what the chart needs, or that it has none. */
  private static String choose(TableProfile t, java.util.function.Predicate<ColumnType.Kind> fits,
      String what) {
    List<String> fitting = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      if (fits.test(t.types().get(i).kind())) {
        fitting.add("\"" + t.columns().get(i) + "\"");
      }
    }
    return fitting.isEmpty() ? t.fileName() + " has no column of " + what
        : "its columns of " + what + ": " + String.join(", ", fitting);
  }

  private ReportException error(int line, String message) {
    return new ReportException(ExitCode.USAGE,
        settings.file() + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
