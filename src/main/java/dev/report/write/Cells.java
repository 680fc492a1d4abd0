package dev.report.write;

import dev.report.check.CellText;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writing the report's own cells: text made safe for a cell, whole numbers, header rows. */
final class Cells {
  private Cells() {}

  static Cell text(Row r, int col, String s, CellStyle style) {
    Cell c = r.createCell(col);
    c.setCellValue(CellText.forCell(s));
    c.setCellStyle(style);
    return c;
  }

  static Cell number(Row r, int col, long v, CellStyle style) {
    Cell c = r.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(style);
    return c;
  }

  /** One header cell per name, from column A. */
  static void header(Row r, List<String> names, CellStyle style) {
    for (int i = 0; i < names.size(); i++) {
      text(r, i, names.get(i), style);
    }
  }
}
