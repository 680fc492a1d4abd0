package dev.report.write;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Excel tables (ListObjects) over data sheets. SXSSF has no {@code createTable}: the table is
 * made on the backing XSSF sheet, which holds no rows, so column names are set here and must
 * equal the header cells exactly.
 */
final class ExcelTables {
  static final String STYLE = "TableStyleMedium2";
  private final Set<String> used = new HashSet<>();

  /** Makes a table over rows 0..lastRow of {@code sheet}, with {@code header} as its columns. */
  void add(SXSSFSheet sheet, List<String> header, int lastRow) {
    if (header.isEmpty()) {
      return;
    }
    if (header.size() > SheetSeries.MAX_DECORATED) {
      // POI builds table columns in quadratic time: a very wide table gets a plain filter.
      sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, lastRow), 0,
          header.size() - 1));
      return;
    }
    XSSFSheet backing = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
    // A table needs a row under its header, even when that row is empty.
    int last = Math.max(1, lastRow);
    AreaReference area = new AreaReference(new CellReference(0, 0),
        new CellReference(last, header.size() - 1), SpreadsheetVersion.EXCEL2007);
    XSSFTable table = backing.createTable(area);
    String name = name(sheet.getSheetName());
    table.setName(name);
    table.setDisplayName(name);
    CTTable ct = table.getCTTable();
    for (int i = 0; i < header.size(); i++) {
      CTTableColumn col = ct.getTableColumns().getTableColumnArray(i);
      col.setName(header.get(i));
    }
    ct.addNewAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
    style.setName(STYLE);
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    style.setShowFirstColumn(false);
    style.setShowLastColumn(false);
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
