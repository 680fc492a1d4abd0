package dev.report.write;

import dev.report.check.CellText;
import dev.report.write.xlsx.Sheet;
import java.util.List;

/** Writing the report's own cells, in the current row: text made safe for a cell, headers. */
final class Cells {
  private Cells() {}

  /** A text cell; none for empty text. */
  static void text(Sheet s, int col, String text, int style) {
    if (!text.isEmpty()) {
      s.text(col, style, CellText.clean(text));
    }
  }

  /** A header row at {@code row}: one cell per name, from column A. */
  static void header(Sheet s, int row, List<String> names, int style) {
    s.startRow(row);
    for (int i = 0; i < names.size(); i++) {
      text(s, i, names.get(i), style);
    }
    s.endRow();
  }
}
