package dev.report.write.xlsx;

import java.io.IOException;

/**
 * Where a sheet's rows go ({@link Workbook.RowMode}): POI's cells ({@link CellRows}), or straight
 * to the sheet's file ({@link SheetWriter}). {@link Sheet} checks the order of rows and cells and
 * the styles before they get here; {@code style} is POI's index of a workbook style, and texts are
 * as the workbook must hold them ({@link Texts}).
 */
sealed interface Rows permits CellRows, SheetWriter {
  /** {@code height}: the row's height in points, or 0 for the default. */
  void startRow(int row, float height) throws IOException;

  void endRow() throws IOException;

  void number(int col, int style, double value) throws IOException;

  void text(int col, int style, String s) throws IOException;

  /** Item {@code index} of the workbook's shared strings. */
  void shared(int col, int style, int index) throws IOException;

  void bool(int col, int style, boolean value) throws IOException;

  void blank(int col, int style) throws IOException;

  void formula(int col, int style, String formula, double cached) throws IOException;
}
