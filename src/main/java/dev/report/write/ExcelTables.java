package dev.report.write;

import dev.report.write.xlsx.Sheet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Excel tables (ListObjects) over data sheets, with names unique in the workbook. */
final class ExcelTables {
  static final String STYLE = "TableStyleMedium2";
  private final Set<String> used = new HashSet<>();

  /**
   * Makes a table over rows 0..lastRow of {@code sheet}, with {@code header} as its columns
   * (equal to the header cells).
   */
  void add(Sheet sheet, List<String> header, int lastRow) {
    if (header.isEmpty()) {
      return;
    }
    // A table needs a row under its header, even when that row is empty.
    int last = Math.max(1, lastRow);
    if (header.size() > SheetSeries.MAX_DECORATED) {
      // A very wide table gets a plain filter: Excel is slow to open wide tables.
      sheet.autoFilter(last, header.size() - 1);
      return;
    }
    String name = name(sheet.name());
    sheet.table(name, header, last, STYLE);
  }
  /**
   * A valid, unique table name: letters, digits and underscores, starting with a letter, never
   * a cell reference such as {@code A1} or {@code R1C1}.
   */
  String name(String sheetName) {
    StringBuilder b = new StringBuilder("T_");
    for (int i = 0; i < sheetName.length() && b.length() < 200; i++) {
      char c = sheetName.charAt(i);
      b.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    String base = b.toString();
    String name = base;
    for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++) {
      name = base + "_" + k;
    }
    return name;
  }
}
