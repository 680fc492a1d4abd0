package dev.report.write;

import dev.report.compare.Fingerprints;
import dev.report.compare.TableMeta;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;
import java.util.List;

/**
 * The very hidden sheet that holds what a later run needs to compare its data with this report's:
 * per table its sheets, columns, types, formats, key and its records' fingerprints (issue 17). Written last, all texts.
 */
final class CompareSheet {
  private CompareSheet() {}

  /** {@code kept}: per table of {@code tables}, its records' fingerprints. */
  static void write(Workbook wb, SheetNames names, RunInfo run, List<TableMeta> tables,
      List<Fingerprints.Done> kept) {
    Sheet s = wb.addSheet(names.reserve(TableMeta.SHEET));
    int[] r = {0};
    TableMeta.sheetRows(run.tool(), run.generated(), tables, kept, row -> {
      s.startRow(r[0]++);
      for (int i = 0; i < row.size(); i++) {
        if (!row.get(i).isEmpty()) {
          s.text(i, 0, row.get(i));
        }
      }
      s.endRow();
    });
    wb.veryHidden(s);
    wb.randomText(s);
  }
}
