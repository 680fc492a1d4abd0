package dev.report.write;

import dev.report.compare.TableMeta;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;
import java.util.List;

/**
 * The very hidden sheet that holds what a later run needs to compare its data with this report's:
 * per table its sheets, columns, types, formats and key (issue 17). Written last, all texts.
 */
final class CompareSheet {
  private CompareSheet() {}

  static void write(Workbook wb, SheetNames names, RunInfo run, List<TableMeta> tables) {
    Sheet s = wb.addSheet(names.reserve(TableMeta.SHEET));
    int r = 0;
    for (List<String> row : TableMeta.sheetRows(run.tool(), run.generated(), tables)) {
      s.startRow(r++);
      for (int i = 0; i < row.size(); i++) {
        if (!row.get(i).isEmpty()) {
          s.text(i, 0, row.get(i));
        }
      }
      s.endRow();
    }
    wb.veryHidden(s);
  }
}
