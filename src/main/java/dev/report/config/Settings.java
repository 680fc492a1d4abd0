package dev.report.config;

import dev.report.chart.WorkbookCharts;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code report.yaml} of the input folder, read and checked once.
 *
 * @param file where it was read from, for messages ("report.yaml"), or empty when there is none
 * @param title the report's title (default "Report")
 * @param subtitle shown under the title, or empty
 * @param author the workbook's author, or empty for the tool's name
 * @param tables per table, in the order their sheets should come
 * @param autoCharts whether the charts chosen from the data are drawn too
 * @param charts charts asked for, drawn first
 * @param workbookCharts what stands for each chart in the workbook (default native)
 */
public record Settings(String file, String title, String subtitle, String author,
    List<TableSettings> tables, boolean autoCharts, List<ChartSpec> charts,
    WorkbookCharts workbookCharts) {

  public static final Settings DEFAULT =
      new Settings("", "Report", "", "", List.of(), true, List.of());

  /** Settings with native charts in the workbook. */
  public Settings(String file, String title, String subtitle, String author,
      List<TableSettings> tables, boolean autoCharts, List<ChartSpec> charts) {
    this(file, title, subtitle, author, tables, autoCharts, charts, WorkbookCharts.NATIVE);
  }

  public Settings {
    tables = List.copyOf(tables);
    charts = List.copyOf(charts);
  }

  /**
   * What report.yaml says of one table.
   *
   * @param table the file name ({@code partners.csv}) or the table name ({@code partners})
   * @param title its sheet's name and its name on the Overview, or empty
   * @param columns per column name, a unit and a number format
   * @param line the 1-based line of report.yaml where the table is described
   * @param skip {@code skip: true}: the table is not read, checked or given a sheet (its title,
   *     columns and key are then ignored)
   * @param key {@code key:} the columns that identify a record when comparing with the earlier
   *     report, or {@link Key#NONE}
   */
  public record TableSettings(String table, String title, Map<String, ColumnSettings> columns,
      int line, boolean skip, Key key) {
    public TableSettings {
      columns = Map.copyOf(columns);
    }

    /** A table without a key. */
    public TableSettings(String table, String title, Map<String, ColumnSettings> columns,
        int line, boolean skip) {
      this(table, title, columns, line, skip, Key.NONE);
    }

    /** A table that is read. */
    public TableSettings(String table, String title, Map<String, ColumnSettings> columns,
        int line) {
      this(table, title, columns, line, false);
    }
  }

  /**
   * A table's {@code key:} as written (a name, or a list of at least one name).
   *
   * @param columns the column names, not yet checked against the table
   * @param line the 1-based line of report.yaml where the key is given (0 for none)
   */
  public record Key(List<String> columns, int line) {
    public static final Key NONE = new Key(List.of(), 0);

    public Key {
      columns = List.copyOf(columns);
    }
  }

  /**
   * @param unit shown in the header comment and on chart axes, or empty
   * @param format an Excel number format for the column's cells, or empty
   * @param aggregate what the Summary shows of it (sum, mean, latest or none, checked), or empty
   *     for what its kind and name suggest
   */
  public record ColumnSettings(String unit, String format, int line, String aggregate) {
    public ColumnSettings(String unit, String format, int line) {
      this(unit, format, line, "");
    }
  }

  /** The kinds of chart report.yaml can ask for. */
  public enum ChartType {
    /** Sum of y (or a count) per value of x. */
    BAR,
    /** Sum of y per value of x, stacked by group. */
    STACKED,
    /** Sum of y per date of x. */
    LINE,
    /** Ranges on the dates of x: y names one range column, or a low and a high column. */
    RANGE,
    /** Dated events of x, labelled by y. */
    TIMELINE
  }

  /**
   * One chart asked for in report.yaml.
   *
   * @param line the 1-based line of report.yaml where it is described
   */
  public record ChartSpec(ChartType type, String table, String x, List<String> y, String group,
      String title, int line, Extras extras) {
    public ChartSpec {
      y = List.copyOf(y);
    }

    public ChartSpec(ChartType type, String table, String x, List<String> y, String group,
        String title, int line) {
      this(type, table, x, y, group, title, line, Extras.NONE);
    }
  }

  /**
   * The finer points of a chart asked for.
   *
   * @param aggregate sum, count or mean (empty: sum, or count without y)
   * @param subtitle replaces the usual subtitle
   * @param unit the value axis' unit
   * @param sort "value" (largest first, the default) or "label"
   * @param top bars before the rest is summed into "Other" (0: the default, 12)
   * @param size layout size such as "800x500" (empty: the default)
   * @param marker range: the column whose values other than the most common are drawn with a
   *     marker and a legend entry of their own ("actual" among "guidance"), or empty
   */
  public record Extras(String aggregate, String subtitle, String unit, String sort, int top,
      String size, String marker) {
    public static final Extras NONE = new Extras("", "", "", "", 0, "", "");
  }
}
