package dev.report.write;

import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table written down one or more sheets: when a sheet is full (1,048,576 rows) the rows go on
 * in {@code name (2)}, {@code name (3)}, ... placed right after it, each with the header again
 * and the same layout (frozen header, widths, print set-up).
 */
final class SheetSeries {
  /** Columns given a width and a header comment, at most: wider tables keep the default beyond. */
  static final int MAX_DECORATED = 1_000;

  /** Rows per sheet, header included (Excel's limit). */
  static final int MAX_ROWS = Workbook.MAX_ROWS;

  private final Workbook wb;
  private final Styles styles;
  private final SheetNames names;
  private final String baseName;
  private final List<String> header;
  /** A comment per header cell, or empty for none. */
  private final List<String> notes;
  private final int maxRows;
  /** Lays out each sheet of the series as it is started. */
  private final Consumer<Sheet> layout;
  private final List<Sheet> sheets = new ArrayList<>();
  /** Whether continuations are named "(part k)", once "(k)" was another sheet's name. */
  private boolean parts;
  private Sheet current;
  /** 0-based index of the next row in the current sheet. */
  private int next;

  SheetSeries(Workbook wb, Styles styles, SheetNames names, String sheetName,
      List<String> header, int maxRows, Consumer<Sheet> layout) {
    this(wb, styles, names, sheetName, header, List.of(), maxRows, layout);
  }

  SheetSeries(Workbook wb, Styles styles, SheetNames names, String sheetName,
      List<String> header, List<String> notes, int maxRows, Consumer<Sheet> layout) {
    this.wb = wb;
    this.styles = styles;
    this.names = names;
    this.baseName = sheetName;
    this.header = List.copyOf(header);
    this.notes = List.copyOf(notes);
    this.maxRows = maxRows;
    this.layout = layout;
    start(sheetName);
  }

  private void start(String name) {
    current = wb.addSheet(name, Workbook.RowMode.STREAMED);
    if (!sheets.isEmpty()) {
      wb.moveSheet(current, wb.indexOf(sheets.get(sheets.size() - 1)) + 1);
    }
    sheets.add(current);
    Cells.header(current, 0, header, styles.header);
    for (int i = 0; i < header.size() && i < notes.size() && i < MAX_DECORATED; i++) {
      if (!notes.get(i).isEmpty()) {
        current.comment(0, i, notes.get(i), "report", 3, 4);
      }
    }
    layout.accept(current);
    next = 1;
  }

  /**
   * The 0-based index of the next record's row, claimed: on a continuation sheet when this one is
   * full. The caller writes the row on {@link #currentSheet()}.
   */
  int claimRow() {
    ensureRoom();
    return next++;
  }

  /** The 0-based index of the last row of sheet {@code i} of the series (0 for the header only). */
  int lastRowIndex(int i) {
    return i < sheets.size() - 1 ? maxRows - 1 : next - 1;
  }

  /** Where the next row will be: its sheet's name and its 0-based row index. */
  String nextSheetName() {
    ensureRoom();
    return current.name();
  }

  int nextRowIndex() {
    ensureRoom();
    return next;
  }

  private void ensureRoom() {
    if (next >= maxRows) {
      int k = sheets.size() + 1;
      // "big (2)" may be the sheet of a file "big (2).csv": then "big (part 2)", and so on for
      // the series, not "big (2) (2)", which reads as the second sheet of that other table.
      parts = parts || names.taken(baseName + " (" + k + ")");
      start(names.unique(baseName + (parts ? " (part " : " (") + k + ")"));
    }
  }

  Sheet currentSheet() {
    return current;
  }

  List<Sheet> sheets() {
    return List.copyOf(sheets);
  }

  String firstName() {
    return sheets.get(0).name();
  }
}
