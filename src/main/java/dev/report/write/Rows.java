package dev.report.write;

import dev.report.write.xlsx.Sheet;
import java.util.List;

/** A sheet of the report's own, filled from the top: where the next row goes, and its cells. */
final class Rows {
  private final Sheet sheet;
  private final Styles styles;
  /** 0-based index of the next row. */
  private int next;

  Rows(Sheet sheet, Styles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  /** The 0-based index of the next row. */
  int next() {
    return next;
  }

  /** Leaves a row empty. */
  void gap() {
    next++;
  }

  /** Starts the next row and returns its 0-based index; {@link #end} ends it. */
  int start() {
    sheet.startRow(next);
    return next++;
  }

  void end() {
    sheet.endRow();
  }

  /** A row of one cell, in column A. */
  void line(String text, int style) {
    start();
    text(0, text, style);
    end();
  }

  /** A row of header cells, from column A. */
  void header(List<String> names) {
    Cells.header(sheet, next++, names, styles.header);
  }

  /** A text cell in the current row; none for empty text. */
  void text(int col, String text, int style) {
    Cells.text(sheet, col, text, style);
  }

  /** A whole number in the current row, with grouped thousands. */
  void number(int col, long v) {
    sheet.number(col, styles.integer, v);
  }

  /** A number in the current row, in {@code style}. */
  void number(int col, double v, int style) {
    sheet.number(col, style, v);
  }

  /** A formula in the current row, with the value it computes. */
  void formula(int col, String formula, double cached, int style) {
    sheet.formula(col, style, formula, cached);
  }
}
