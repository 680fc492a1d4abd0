package dev.report.read;

import org.apache.poi.ss.util.CellReference;

/**
 * The worksheet a table was read from.
 *
 * @param sheet the sheet's name in the workbook
 * @param position the sheet's 1-based position among the workbook's sheets (hidden ones too)
 * @param relId the sheet's relationship id in the workbook (names its part)
 * @param table the table's name in the report: the file's (one table in the workbook) or the
 *     sheet's, with the file's prefixed where two tables would share a name
 * @param headerRow Excel's 1-based row number of the header, 0 when there is none
 * @param lastRow the 1-based row number of the last row read, 0 when none
 * @param lastColumn the 0-based last column read, -1 when none
 */
public record SheetSource(String sheet, int position, String relId, String table, long headerRow, long lastRow,
    int lastColumn) {

  /** The same sheet as the table {@code name}. */
  public SheetSource named(String name) {
    return new SheetSource(sheet, position, relId, name, headerRow, lastRow, lastColumn);
  }

  /** The cells read, from the header's first to the last row's last, e.g. {@code A3:F120}. */
  public String range() {
    if (headerRow == 0 || lastColumn < 0) {
      return "";
    }
    return "A" + headerRow + ":" + CellReference.convertNumToColString(lastColumn)
        + Math.max(headerRow, lastRow);
  }
}
