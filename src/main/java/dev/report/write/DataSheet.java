package dev.report.write;

import dev.report.check.CellText;
import dev.report.check.Issue;
import dev.report.check.Severity;
import dev.report.read.ColumnProfile;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One input table as sheet rows: header in row 1, every record from row 2 in file order, numbers
 * as numbers, dates as dates, booleans as booleans, values that do not fit kept as marked text.
 */
final class DataSheet {
  /** Widest column, in characters. */
  static final int MAX_WIDTH = 60;

  private final TableProfile table;
  private final SheetLayout layout;
  private final SheetSeries series;
  private final CellStyle[] styles;
  private final CellStyle[] marked;
  /** The style of a range column's low and high ends. */
  private final CellStyle[] ends;
  private final Styles all;
  private long rows;
  /** Hyperlinks made so far (each is kept in memory until the workbook is written). */
  private int links;
  private int comments;
  /** Whether the current sheet may hold SXSSF rows not yet written (see write). */
  private boolean unflushed = true;
  /** Records with no issue and no link, written with no SXSSF row. */
  private final StraightRows straight;

  DataSheet(FastWorkbook wb, Styles styles, SheetNames names, TableProfile table, String title,
      List<ReportWriter.ColumnLook> looks, int maxRows) {
    this.table = table;
    this.all = styles;
    this.layout = SheetLayout.of(table);
    this.series = new SheetSeries(wb, styles, names, names.unique(title),
        layout.header(), notes(table, looks, layout), maxRows);
    int n = table.columns().size();
    this.styles = new CellStyle[n];
    this.marked = new CellStyle[n];
    this.ends = new CellStyle[n];
    for (int i = 0; i < n; i++) {
      ColumnType type = table.types().get(i);
      String format = looks.get(i).format().isEmpty() ? type.excelFormat() : looks.get(i).format();
      this.styles[i] = styles.cell(format, Styles.Mark.NONE);
      this.marked[i] = styles.cell("@", Styles.Mark.WARNING);
      this.ends[i] = styles.cell(type.rangeEndFormat(), Styles.Mark.NONE);
    }
    this.straight = new StraightRows(table, layout, this.styles, marked, ends, styles,
        wb.getXSSFWorkbook().getSharedStringSource());
    layout(series.currentSheet());
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
   * rose for errors) and, for the first {@link #MAX_COMMENTS} of a table, a comment that says
   * the problem. An issue about a missing cell marks the empty cell where the value belongs.
   */
  void write(Value[] values, List<Issue> issues) {
    if (issues.isEmpty() && !linked(values)) {
      writeStraight(values);
      return;
    }
    Row row = series.nextRow();
    if (row.getRowNum() == 1 && rows > 0) {
      layout(series.currentSheet());
    }
    unflushed = true;
    rows++;
    int[] at = layout.first();
    for (int i = 0; i < values.length; i++) {
      Value v = values[i];
      if (v instanceof Value.Empty || at[i] < 0) {
        continue;
      }
      Cell c = row.createCell(at[i]);
      if (v instanceof Value.Range r) {
        c.setCellValue(CellText.forCell(r.text()));
        c.setCellStyle(all.text);
        Cell low = row.createCell(at[i] + 1);
        low.setCellValue(r.low());
        low.setCellStyle(ends[i]);
        Cell high = row.createCell(at[i] + 2);
        high.setCellValue(r.high());
        high.setCellStyle(ends[i]);
      } else if (v instanceof Value.Decimal d) {
        c.setCellValue(d.value());
        c.setCellStyle(styles[i]);
      } else if (v instanceof Value.Date d) {
        c.setCellValue(d.date());
        c.setCellStyle(styles[i]);
      } else if (v instanceof Value.DateTime d) {
        c.setCellValue(d.dateTime());
        c.setCellStyle(styles[i]);
      } else if (v instanceof Value.Bool b) {
        c.setCellValue(b.value());
        c.setCellStyle(styles[i]);
      } else if (v instanceof Value.Invalid) {
        c.setCellValue(CellText.forCell(v.text()));
        c.setCellStyle(marked[i]);
      } else {
        c.setCellValue(CellText.forCell(v.text()));
        c.setCellStyle(v.text().length() > MAX_WIDTH ? all.wrapped : all.text);
        if (links < Links.MAX_PER_SHEET_SERIES) {
          Hyperlink h = Links.of(v.text(), c.getSheet().getWorkbook().getCreationHelper());
          if (h != null) {
            c.setHyperlink(h);
            c.setCellStyle(all.link);
            links++;
          }
        }
      }
    }
    for (Issue issue : issues) {
      mark(row, values, issue);
    }
  }

  /**
   * Writes a record with no issue and no link straight to the sheet's XML: the cells SXSSF would
   * write, with no row or cell object. SXSSF rows written before it (the header, records with
   * issues) are flushed first, so that rows stay in order.
   */
  private void writeStraight(Value[] values) {
    int r = series.claimRow(); // first: it may start a continuation sheet
    try {
      if (r == 1) {
        if (rows > 0) {
          layout(series.currentSheet());
        }
        unflushed = true; // the new sheet's header row
      }
      if (unflushed) {
        series.currentSheet().flushRows(0);
        unflushed = false;
      }
      rows++;
      straight.write(series.writer(), r, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a text value of the record becomes a link (made on SXSSF cells only). */
  private boolean linked(Value[] values) {
    if (links >= Links.MAX_PER_SHEET_SERIES) {
      return false;
    }
    int[] at = layout.first();
    for (int i = 0; i < values.length; i++) {
      Value v = values[i];
      if (v instanceof Value.Text && at[i] >= 0 && Links.type(v.text()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Comments on data cells per table at most (SXSSF keeps every comment in memory). */
  static final int MAX_COMMENTS = 5_000;

  private void mark(Row row, Value[] values, Issue issue) {
    int column = issue.column() - 1;
    if (column < 0 || column >= values.length || layout.first()[column] < 0) {
      return;
    }
    int at = layout.first()[column];
    Cell c = row.getCell(at);
    if (c == null) {
      c = row.createCell(at);
    }
    Styles.Mark mark = issue.severity() == Severity.ERROR ? Styles.Mark.ERROR : Styles.Mark.WARNING;
    String format = values[column] instanceof Value.Invalid || values[column] instanceof Value.Range
        || values[column] instanceof Value.Text || values[column] instanceof Value.Empty
        ? "@" : table.types().get(column).excelFormat();
    if (c.getCellStyle().getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.NO_FILL
        || mark == Styles.Mark.ERROR) {
      c.setCellStyle(all.cell(format, mark));
    }
    if (comments < MAX_COMMENTS) {
      Comment existing = c.getCellComment();
      String text = issue.severity().label() + ": " + issue.problem()
          + (issue.suggestion().isEmpty() ? "" : " (" + issue.suggestion() + ")");
      if (existing == null) {
        CreationHelper helper = c.getSheet().getWorkbook().getCreationHelper();
        ClientAnchor a = helper.createClientAnchor();
        a.setCol1(at);
        a.setCol2(at + 4);
        a.setRow1(row.getRowNum());
        a.setRow2(row.getRowNum() + 4);
        Comment comment = c.getSheet().createDrawingPatriarch().createCellComment(a);
        comment.setString(helper.createRichTextString(CellText.clean(text)));
        comment.setAuthor("report");
        c.setCellComment(comment);
        comments++;
      } else {
        existing.setString(c.getSheet().getWorkbook().getCreationHelper()
            .createRichTextString(CellText.clean(existing.getString().getString() + "\n" + text)));
      }
    }
  }

  /** Where the table's rows are, sheet by sheet, for the Summary's formulas. */
  List<SummarySheet.Part> parts() {
    List<SummarySheet.Part> parts = new ArrayList<>();
    List<SXSSFSheet> sheets = series.sheets();
    for (int i = 0; i < sheets.size(); i++) {
      parts.add(new SummarySheet.Part(sheets.get(i).getSheetName(), series.lastRowIndex(i)));
    }
    return parts;
  }

  /** Makes each sheet of the table an Excel table (with its own filter), once all rows are in. */
  void finish(ExcelTables tables) {
    List<SXSSFSheet> sheets = series.sheets();
    for (int i = 0; i < sheets.size(); i++) {
      tables.add(sheets.get(i), layout.header(), series.lastRowIndex(i));
    }
  }

  private void layout(SXSSFSheet s) {
    s.createFreezePane(0, 1);
    Print.setUp(s, table.fileName(), Print.HeaderRow.REPEAT);
    for (int i = 0; i < table.columns().size(); i++) {
      int col = layout.first()[i];
      if (col < 0 || col >= SheetSeries.MAX_DECORATED) {
        continue;
      }
      s.setColumnWidth(col, 256 * width(i));
      if (table.types().get(i).kind() == ColumnType.Kind.RANGE) {
        int w = Math.max(12, layout.header().get(col + 1).length() + 3);
        s.setColumnWidth(col + 1, 256 * Math.min(MAX_WIDTH, w));
        s.setColumnWidth(col + 2, 256 * Math.min(MAX_WIDTH, w + 1));
      }
    }
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
      String format = plain ? "" : ", shown as " + type.excelFormat();
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

  List<SXSSFSheet> sheets() {
    return series.sheets();
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
      chars += chars / 3 + 2; // grouping separators and a currency symbol
    } else if (type.kind().isTemporal()) {
      chars = Math.max(chars, type.kind() == ColumnType.Kind.DATE ? 11 : 20);
    }
    return Math.max(6, Math.min(MAX_WIDTH, chars + 2));
  }
}
