package dev.report.write.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A sheet's rows as XML ({@code <row>} elements, the content of {@code <sheetData>}), written
 * straight to a {@link DeflatedFile} in one piece per cell. Rows come in increasing order and the
 * cells of a row in increasing column order, as Excel requires. A failure to write the file is an
 * {@link UncheckedIOException}, or the {@code ReportException} of a full disk, naming the file.
 */
final class SheetData {
  private final DeflatedFile file;
  private final Utf8Writer writer;
  private final StringBuilder cell = new StringBuilder(256);
  private String rowNumber;
  // What was written: 0-based row and column indexes, -1 (or MAX_VALUE) for none.
  private int currentRow = -1;
  private int lastRow = -1;
  private int firstRow = -1;
  private int lastColumnInRow = -1;
  private int firstColumn = Integer.MAX_VALUE;
  private int lastColumn = -1;
  private boolean inRow;

  SheetData(DeflatedFile file) {
    this.file = file;
    this.writer = file.writer();
  }

  DeflatedFile file() {
    return file;
  }

  /** Starts row {@code row} (0-based), after every row written so far. */
  void startRow(int row) {
    if (inRow || row <= lastRow || row >= Workbook.MAX_ROWS) {
      throw new IllegalStateException("row " + row + " after row " + lastRow
          + (inRow ? " (not ended)" : ""));
    }
    inRow = true;
    currentRow = row;
    lastColumnInRow = -1;
    rowNumber = Integer.toString(row + 1);
    emit(cell.delete(0, cell.length()).append("<row r=\"").append(rowNumber).append("\">"));
  }

  void endRow() {
    if (!inRow) {
      throw new IllegalStateException("no row started");
    }
    inRow = false;
    emit(cell.delete(0, cell.length()).append("</row>\n"));
    if (firstRow < 0) {
      firstRow = currentRow;
    }
    lastRow = currentRow;
  }

  /** Fails when a row was started and not ended: the sheet's XML would end inside it. */
  void checkEnded() {
    if (inRow) {
      throw new IllegalStateException("row " + currentRow + " not ended");
    }
  }

  /** A number cell; infinities and NaN become the errors {@code #DIV/0!} and {@code #NUM!}. */
  void number(int col, int style, double value) {
    StringBuilder b = open(col, style);
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      b.append(" t=\"e\"><v>").append(Double.isNaN(value) ? "#NUM!" : "#DIV/0!").append("</v>");
    } else {
      // No t="n": a number is a cell's default type (Excel writes none either).
      XmlNumber.append(b.append("><v>"), value).append("</v>");
    }
    emit(b.append("</c>"));
  }

  void bool(int col, int style, boolean value) {
    emit(open(col, style).append(" t=\"b\"><v>").append(value ? '1' : '0')
        .append("</v></c>"));
  }

  /** A cell holding item {@code index} of the workbook's shared strings. */
  void shared(int col, int style, int index) {
    emit(open(col, style).append(" t=\"s\"><v>").append(index).append("</v></c>"));
  }

  /** An inline string cell. */
  void text(int col, int style, String s) {
    StringBuilder b = open(col, style).append(" t=\"inlineStr\"><is><t");
    if (Xml.preserve(s)) {
      b.append(" xml:space=\"preserve\"");
    }
    b.append('>');
    Xml.text(b, s);
    emit(b.append("</t></is></c>"));
  }

  /** A cell with a style and no value. */
  void blank(int col, int style) {
    emit(open(col, style).append("/>"));
  }

  /**
   * A formula cell (without its leading '=') and the value it computes, cached so that viewers
   * that do not recalculate show it; NaN caches the error {@code #NUM!}.
   */
  void formula(int col, int style, String formula, double cached) {
    StringBuilder b = open(col, style);
    if (Double.isInfinite(cached) || Double.isNaN(cached)) {
      b.append(" t=\"e\"><f>");
      Xml.escape(b, formula).append("</f><v>")
          .append(Double.isNaN(cached) ? "#NUM!" : "#DIV/0!").append("</v>");
    } else {
      b.append("><f>");
      XmlNumber.append(Xml.escape(b, formula).append("</f><v>"), cached).append("</v>");
    }
    emit(b.append("</c>"));
  }

  /** Writes {@code b} to the data file; a failure is unchecked (a full disk names the file). */
  private void emit(StringBuilder b) {
    try {
      writer.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell's start tag up to its type, in the reused buffer. */
  private StringBuilder open(int col, int style) {
    if (!inRow || col <= lastColumnInRow || col >= Workbook.MAX_COLUMNS) {
      throw new IllegalStateException("cell in column " + col + " after column "
          + lastColumnInRow + (inRow ? "" : " outside a row"));
    }
    lastColumnInRow = col;
    if (col < firstColumn) {
      firstColumn = col;
    }
    if (col > lastColumn) {
      lastColumn = col;
    }
    StringBuilder b = cell;
    b.setLength(0);
    b.append("<c r=\"").append(A1.column(col)).append(rowNumber).append('"');
    if (style != 0) {
      b.append(" s=\"").append(style).append('"');
    }
    return b;
  }

  /** The 0-based index of the last row written, -1 for none. */
  int lastRow() {
    return lastRow;
  }

  /** The cells written as an A1 range, first to last row and column; A1 when none. */
  String dimension() {
    return lastColumn < 0 ? "A1" : firstRow == lastRow && firstColumn == lastColumn
        ? A1.cell(firstRow, firstColumn) : A1.range(firstRow, firstColumn, lastRow, lastColumn);
  }
}
