package dev.report.write;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A table written down one or more sheets: when a sheet is full (1,048,576 rows) the rows go on
 * in {@code name (2)}, {@code name (3)}, ... placed right after it, each with the header again.
 */
final class SheetSeries {
  /**
   * Columns given a width and a header comment, at most: POI finds a column's settings by a
   * linear search, so decorating all of Excel's 16,384 would take minutes. Wider tables keep the
   * default width and no comment beyond.
   */
  static final int MAX_DECORATED = 1_000;

  /** Rows per sheet, header included (Excel's limit). */
  static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

  private final FastWorkbook wb;
  private final Styles styles;
  private final SheetNames names;
  private final String baseName;
  private final List<String> header;
  /** A comment per header cell, or empty for none. */
  private final List<String> notes;
  private final int maxRows;
  private final List<SXSSFSheet> sheets = new ArrayList<>();
  private SXSSFSheet current;
  /** 0-based index of the next row in the current sheet. */
  private int next;
  /** The current sheet's name (asking POI for it walks the workbook's sheets). */
  private String currentName;

  SheetSeries(FastWorkbook wb, Styles styles, SheetNames names, String sheetName,
      List<String> header, int maxRows) {
    this(wb, styles, names, sheetName, header, List.of(), maxRows);
  }

  SheetSeries(FastWorkbook wb, Styles styles, SheetNames names, String sheetName,
      List<String> header, List<String> notes, int maxRows) {
    this.wb = wb;
    this.styles = styles;
    this.names = names;
    this.baseName = sheetName;
    this.header = List.copyOf(header);
    this.notes = List.copyOf(notes);
    this.maxRows = maxRows;
    start(sheetName);
  }

  private void start(String name) {
    current = wb.createSheet(name);
    currentName = current.getSheetName();
    if (!sheets.isEmpty()) {
      int after = wb.getSheetIndex(sheets.get(sheets.size() - 1));
      wb.setSheetOrder(name, after + 1);
    }
    sheets.add(current);
    Row row = current.createRow(0);
    Drawing<?> drawing = notes.isEmpty() ? null : current.createDrawingPatriarch();
    CreationHelper helper = wb.getCreationHelper();
    for (int i = 0; i < header.size(); i++) {
      Cell c = row.createCell(i);
      c.setCellValue(header.get(i));
      c.setCellStyle(styles.header);
      if (drawing != null && i < notes.size() && i < MAX_DECORATED && !notes.get(i).isEmpty()) {
        ClientAnchor a = helper.createClientAnchor();
        a.setCol1(i);
        a.setCol2(i + 3);
        a.setRow1(0);
        a.setRow2(4);
        Comment comment = drawing.createCellComment(a);
        comment.setString(helper.createRichTextString(notes.get(i)));
        comment.setAuthor("report");
        c.setCellComment(comment);
      }
    }
    next = 1;
  }

  /** A new row for the next record, on a continuation sheet when this one is full. */
  Row nextRow() {
    int r = claimRow(); // first: it may start a continuation sheet
    return current.createRow(r);
  }

  /**
   * The 0-based index of the next record's row, claimed: on a continuation sheet when this one is
   * full. The row is then written straight, through {@link #writer()}.
   */
  int claimRow() {
    ensureRoom();
    return next++;
  }

  /** The current sheet's writer, for rows written straight. */
  FastSheetDataWriter writer() {
    return wb.writer(current);
  }

  /** The 0-based index of the last row of sheet {@code i} of the series (0 for the header only). */
  int lastRowIndex(int i) {
    return i < sheets.size() - 1 ? maxRows - 1 : next - 1;
  }

  /** Where the next row will be: its sheet's name and its 0-based row index. */
  String nextSheetName() {
    ensureRoom();
    return currentName;
  }

  int nextRowIndex() {
    ensureRoom();
    return next;
  }

  private void ensureRoom() {
    if (next >= maxRows) {
      start(names.unique(baseName + " (" + (sheets.size() + 1) + ")"));
    }
  }

  SXSSFSheet currentSheet() {
    return current;
  }

  List<SXSSFSheet> sheets() {
    return List.copyOf(sheets);
  }

  String firstName() {
    return sheets.get(0).getSheetName();
  }
}
