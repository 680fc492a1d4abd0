package dev.report.write;

import dev.report.analyze.ExcelDate;
import dev.report.check.CellText;
import dev.report.check.Issue;
import dev.report.check.Severity;
import dev.report.compare.TableDiff;
import dev.report.read.ColumnProfile;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input table as sheet rows: header in row 1, every record from row 2 in file order, numbers
 * as numbers, dates as dates, booleans as booleans, values that do not fit kept as marked text.
 *
 * <p>Short texts of category columns (text with few distinct values in the first pass) are shared
 * strings, each text once in the workbook; other texts are inline, so memory stays flat.
 */
final class DataSheet {
  /** Widest column, in characters. */
  static final int MAX_WIDTH = 60;
  /**
   * Lines of wrapped text a row is made tall enough for at most; a longer text is cut in its cell
   * (the formula bar shows it all), so that one long note does not make a page of one row.
   */
  static final int MAX_LINES = 10;
  /** Points per line of the workbook's 11-point font: Excel's default row height. */
  static final float LINE_HEIGHT = 15;
  /** Comments on data cells per table at most (each is kept in memory until the end). */
  static final int MAX_COMMENTS = 5_000;
  /**
   * Shared strings per category column at most. The first pass counted at most a few dozen
   * distinct values there, but it compared them trimmed: variants in spacing go inline past this.
   */
  static final int MAX_SHARED = 1_000;
  /**
   * Shared strings in the workbook at most, each of at most {@link #MAX_WIDTH} characters: the
   * table is kept in memory until the workbook is written (at most a few MB).
   */
  static final int MAX_SHARED_TOTAL = 20_000;

  private final Workbook wb;
  private final TableProfile table;
  private final SheetLayout layout;
  private final SheetSeries series;
  /** Per table column, where its first cell goes (-1: not shown), as {@link SheetLayout#first}. */
  private final int[] at;
  // Style indexes per table column: its values, values that do not fit, a range's ends.
  private final int[] styles;
  /** Per table column, whether each number is shown in its own format (numbers in mixed forms). */
  private final boolean[] own;
  private final int[] marked;
  private final int[] ends;
  /** Per table column, its width in characters. */
  private final int[] widths;
  /** Per table column, the Excel number format of its cells: report.yaml's, or the type's. */
  private final List<String> formats = new ArrayList<>();
  private final Styles all;
  /** Per column, the shared string index of each text written; null for inline columns. */
  private final List<Map<String, Integer>> shared = new ArrayList<>();
  private long rows;
  /** Links made so far (each address is kept in memory until the workbook is written). */
  private int links;
  private int comments;

  /** {@code sheetName} is the first sheet's, from {@link SheetNames#unique}. */
  DataSheet(Workbook wb, Styles styles, SheetNames names, TableProfile table,
      String sheetName, List<ReportWriter.ColumnLook> looks, int maxRows) {
    this.wb = wb;
    this.table = table;
    this.all = styles;
    this.layout = SheetLayout.of(table);
    this.at = layout.first();
    this.series = new SheetSeries(wb, styles, names, sheetName,
        layout.header(), notes(table, looks, layout), maxRows, this::layout);
    int n = table.columns().size();
    this.styles = new int[n];
    this.own = new boolean[n];
    this.marked = new int[n];
    this.ends = new int[n];
    this.widths = new int[n];
    for (int i = 0; i < n; i++) {
      ColumnType type = table.types().get(i);
      String format = format(type, looks.get(i));
      formats.add(format);
      this.styles[i] = styles.cell(format, Styles.Mark.NONE);
      this.own[i] = type.kind() == ColumnType.Kind.MIXED && looks.get(i).format().isEmpty();
      this.marked[i] = styles.cell("@", Styles.Mark.WARNING);
      this.ends[i] = styles.cell(type.rangeEndFormat(), Styles.Mark.NONE);
      this.widths[i] = width(i);
      boolean category = type.kind() == ColumnType.Kind.TEXT
          && table.profiles().get(i).distinctCount() >= 0;
      shared.add(category ? new HashMap<>() : null);
    }
  }

  /** The sheet and 0-based row the next record goes to, for links from the Issues sheet. */
  String nextSheetName() {
    return series.nextSheetName();
  }

  int nextRowIndex() {
    return series.nextRowIndex();
  }

  String sheetName() {
    return series.firstName();
  }

  long rows() {
    return rows;
  }

  /** Writes one record's values (one per column). */
  void write(Value[] values) {
    write(values, List.of());
  }

  /**
   * Writes one record and marks the cells its issues are about: a fill (yellow for warnings,
   * rose for errors) and, for the first {@link #MAX_COMMENTS} cells of a table, a comment that
   * says the problems. An issue about a missing cell marks the empty cell where the value belongs.
   */
  void write(Value[] values, List<Issue> issues) {
    write(values, issues, null, "");
  }

  /**
   * Writes one record as above, and marks what changed since the earlier report {@code since}
   * (its date): a changed cell's own fill and a note with its earlier value, a note on an added
   * record's first cell. {@code change} null: nothing to mark.
   */
  void write(Value[] values, List<Issue> issues, TableDiff.Mark change, String since) {
    int r = series.claimRow(); // first: it may start a continuation sheet
    Sheet s = series.currentSheet();
    rows++;
    int[] mark = issues.isEmpty() ? null : marks(values, issues);
    if (change != null && change.before() != null) {
      mark = ChangeMarks.marks(mark, values, change, all, formats, table);
    }
    s.startRow(r, height(values));
    for (int i = 0; i < values.length; i++) {
      Value v = values[i];
      int col = at[i];
      if (col < 0) {
        continue;
      }
      int m = mark == null ? 0 : mark[i];
      if (v instanceof Value.Empty) {
        if (m != 0) {
          s.blank(col, m);
        }
      } else if (v instanceof Value.Range g) {
        s.text(col, m != 0 ? m : all.text, CellText.clean(g.text()));
        s.number(col + 1, ends[i], g.low());
        s.number(col + 2, ends[i], g.high());
      } else if (v instanceof Value.Decimal d) {
        s.number(col, m != 0 ? m
            : own[i] ? all.cell(table.types().get(i).excelFormat(d.text()), Styles.Mark.NONE)
            : styles[i], d.value());
      } else if (asText(v)) {
        // A date before 1900 or after 9999 has no date cell that shows it: its text, reported.
        s.text(col, m != 0 ? m : marked[i], CellText.clean(v.text()));
      } else if (v instanceof Value.Date d) {
        s.number(col, m != 0 ? m : styles[i], ExcelDate.serial(d.date().atStartOfDay()));
      } else if (v instanceof Value.DateTime d) {
        s.number(col, m != 0 ? m : styles[i], ExcelDate.serial(d.dateTime()));
      } else if (v instanceof Value.Time t) {
        s.number(col, m != 0 ? m : styles[i], ExcelDate.serial(t.time()));
      } else if (v instanceof Value.Bool b) {
        s.bool(col, m != 0 ? m : styles[i], b.value());
      } else if (v instanceof Value.Invalid) {
        s.text(col, m != 0 ? m : marked[i], CellText.clean(v.text()));
      } else {
        text(s, r, i, v.text(), m);
      }
    }
    s.endRow();
    if (mark != null || change != null && change.any()) {
      comment(s, r, values, issues, ChangeMarks.notes(change, since, table));
    }
  }

  /** Whether a text is shown wrapped: too long for the widest column, or of several lines. */
  private static boolean wraps(String text) {
    return text.length() > MAX_WIDTH || text.indexOf('\n') >= 0;
  }

  /**
   * The row's height in points: tall enough for its longest wrapped text, up to
   * {@link #MAX_LINES} lines; 0 (the default height) when no text wraps.
   */
  private float height(Value[] values) {
    int lines = 1;
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Value.Text t && at[i] >= 0 && wraps(t.text())) {
        lines = Math.max(lines, lines(t.text(), widths[i]));
      }
    }
    return lines == 1 ? 0 : Math.min(MAX_LINES, lines) * LINE_HEIGHT;
  }

  /**
   * Lines a text takes in a column {@code width} characters wide: each of its lines wraps after
   * {@code width - 4} characters (a margin for words that do not fit at a line's end).
   */
  static int lines(String text, int width) {
    int perLine = Math.max(1, width - 4);
    int lines = 0;
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      int length = (end < 0 ? text.length() : end) - start;
      lines += Math.max(1, (length + perLine - 1) / perLine);
      if (end < 0 || lines >= MAX_LINES) {
        return lines;
      }
      start = end + 1;
    }
  }

  /** Whether a date is written as its text: an Excel date cell cannot show it. */
  private static boolean asText(Value v) {
    return v instanceof Value.Date d && !ExcelDate.fits(d.date().atStartOfDay())
        || v instanceof Value.DateTime t && !ExcelDate.fits(t.dateTime());
  }

  /** A text value: shared in a category column, a link when it is a web or mail address. */
  private void text(Sheet s, int r, int i, String text, int mark) {
    int col = at[i];
    int style = mark != 0 ? mark : wraps(text) ? all.wrapped : all.text;
    if (links < Links.MAX_PER_SHEET_SERIES && Links.type(text) != null
        && s.link(r, col, text.strip())) {
      links++;
      if (mark == 0) {
        style = all.link;
      }
    }
    int index = sharedIndex(i, text);
    if (index >= 0) {
      s.shared(col, style, index);
    } else {
      s.text(col, style, CellText.clean(text));
    }
  }

  /**
   * The shared string index of a text of column {@code i}, added on first use; -1 when the
   * column's texts are written inline.
   */
  private int sharedIndex(int i, String text) {
    Map<String, Integer> map = shared.get(i);
    if (map == null || text.length() > MAX_WIDTH) {
      return -1;
    }
    Integer index = map.get(text);
    if (index == null) {
      if (map.size() >= MAX_SHARED || wb.sharedStringCount() >= MAX_SHARED_TOTAL) {
        return -1;
      }
      index = wb.sharedString(CellText.clean(text));
      map.put(text, index);
    }
    return index;
  }

  /**
   * Per table column, the style of a cell with issues (an error's fill over a warning's), 0 for
   * none: text format for values kept as text, the column's format otherwise.
   */
  private int[] marks(Value[] values, List<Issue> issues) {
    int[] mark = new int[values.length];
    for (Issue issue : issues) {
      int column = issue.column() - 1;
      if (column < 0 || column >= values.length || at[column] < 0) {
        continue;
      }
      boolean error = issue.severity() == Severity.ERROR;
      Value v = values[column];
      String format = v instanceof Value.Invalid || v instanceof Value.Range
          || v instanceof Value.Text || v instanceof Value.Empty || asText(v) ? "@"
          // report.yaml's format, else the value's own (an amount in another currency shows it).
          : formats.get(column).equals(table.types().get(column).excelFormat())
              ? table.types().get(column).excelFormat(v.text()) : formats.get(column);
      if (mark[column] == 0 || error) {
        mark[column] = all.cell(format, error ? Styles.Mark.ERROR : Styles.Mark.WARNING);
      }
    }
    return mark;
  }

  /** One comment per marked cell, its issues a line each, while the table has room for more. */
  private void comment(Sheet s, int r, Value[] values, List<Issue> issues,
      Map<Integer, String> changes) {
    Map<Integer, StringBuilder> texts = new LinkedHashMap<>();
    for (Issue issue : issues) {
      int column = issue.column() - 1;
      if (column < 0 || column >= values.length || at[column] < 0) {
        continue;
      }
      String text = issue.severity().label() + ": " + issue.problem()
          + (issue.suggestion().isEmpty() ? "" : " (" + issue.suggestion() + ")");
      StringBuilder b = texts.get(column);
      if (b != null) {
        b.append('\n').append(text);
      } else if (comments + texts.size() < MAX_COMMENTS) {
        texts.put(column, new StringBuilder(text));
      }
    }
    ChangeMarks.addNotes(texts, changes, at, comments, MAX_COMMENTS);
    for (Map.Entry<Integer, StringBuilder> e : texts.entrySet()) {
      s.comment(r, at[e.getKey()], CellText.clean(e.getValue().toString()), "report", 4, 4);
      comments++;
    }
  }

  /** Where the table's rows are, sheet by sheet, for the Summary's formulas. */
  List<SummarySheet.Part> parts() {
    List<SummarySheet.Part> parts = new ArrayList<>();
    List<Sheet> sheets = series.sheets();
    for (int i = 0; i < sheets.size(); i++) {
      parts.add(new SummarySheet.Part(sheets.get(i).name(), series.lastRowIndex(i)));
    }
    return parts;
  }

  /**
   * Makes each sheet of the table an Excel table (with its own filter), once all rows are in, and
   * keeps Excel from flagging its numeric-looking texts.
   */
  void finish(ExcelTables tables) {
    List<Sheet> sheets = series.sheets();
    for (int i = 0; i < sheets.size(); i++) {
      tables.add(sheets.get(i), layout.header(), series.lastRowIndex(i));
      // Texts are texts on purpose (codes with leading zeros, values that did not fit a column's
      // type, marked already): no "number stored as text" triangle on each.
      if (!layout.header().isEmpty() && series.lastRowIndex(i) >= 1) {
        sheets.get(i).textMayLookNumeric(1, series.lastRowIndex(i), layout.header().size() - 1);
      }
    }
  }

  /** Frozen header, print set-up and column widths of each sheet of the table. */
  private void layout(Sheet s) {
    s.freezeHeaderRow();
    Print.setUp(s, table.fileName(), Print.HeaderRow.REPEAT);
    // The sheet's width in characters: columns past the decorated ones keep Excel's default.
    int chars = Math.max(0, layout.header().size() - SheetSeries.MAX_DECORATED)
        * Print.DEFAULT_WIDTH;
    for (int i = 0; i < table.columns().size(); i++) {
      int col = layout.first()[i];
      if (col < 0 || col >= SheetSeries.MAX_DECORATED) {
        continue;
      }
      s.columnWidth(col, width(i));
      chars += width(i);
      if (table.types().get(i).kind() == ColumnType.Kind.RANGE) {
        int w = Math.max(12, layout.header().get(col + 1).length() + 3);
        s.columnWidth(col + 1, Math.min(MAX_WIDTH, w));
        s.columnWidth(col + 2, Math.min(MAX_WIDTH, w + 1));
        chars += Math.min(MAX_WIDTH, w) + Math.min(MAX_WIDTH, w + 1);
      }
    }
    Print.pagesWide(s, chars);
  }

  /** The header comments: each column's type, format and how many values are missing. */
  static List<String> notes(TableProfile table, List<ReportWriter.ColumnLook> looks,
      SheetLayout layout) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      if (!layout.shown(i)) {
        continue;
      }
      ColumnType type = table.types().get(i);
      ColumnProfile p = table.profiles().get(i);
      boolean plain = type.kind() == ColumnType.Kind.TEXT || type.kind() == ColumnType.Kind.BOOLEAN
          || type.kind() == ColumnType.Kind.RANGE;
      String format = plain ? "" : ", shown as " + format(type, looks.get(i));
      String unit = looks.get(i).unit().isEmpty() ? "" : "\nUnit: " + looks.get(i).unit();
      notes.add("Type: " + type.kind().label() + format + unit + "\nValues: " + p.values()
          + "\nMissing: " + p.missing());
      if (type.kind() == ColumnType.Kind.RANGE) {
        String name = CellText.clean(table.columns().get(i));
        notes.add("The low end of each range in \"" + name + "\", shown as " + type.rangeEndFormat());
        notes.add("The high end of each range in \"" + name + "\", shown as " + type.rangeEndFormat());
      }
    }
    return notes;
  }

  List<Sheet> sheets() {
    return series.sheets();
  }

  /** Per table column, the Excel number format its cells are shown in. */
  List<String> formats() {
    return java.util.Collections.unmodifiableList(formats);
  }

  /** The format report.yaml gives the column, or else the one of its type. */
  static String format(ColumnType type, ReportWriter.ColumnLook look) {
    return look.format().isEmpty() ? type.excelFormat() : look.format();
  }

  SheetLayout layout() {
    return layout;
  }

  /** Characters wide: the longest of header and values as written, plus room for formatting. */
  private int width(int i) {
    ColumnProfile p = table.profiles().get(i);
    ColumnType type = table.types().get(i);
    int chars = Math.max(table.columns().get(i).length() + 3, p.maxLength());
    if (type.kind().isNumeric()) {
      // Written short (1e-9), shown in full (0.000000001): a digit, the mark, the decimals.
      chars = Math.max(chars, Math.min(type.decimals(), 30) + 2);
      chars += chars / 3 + 2; // grouping separators and a currency symbol
    } else if (type.kind().isTemporal()) {
      chars = Math.max(chars, type.kind() == ColumnType.Kind.DATE ? 11 : 20);
    }
    return Math.max(6, Math.min(MAX_WIDTH, chars + 2));
  }
}
