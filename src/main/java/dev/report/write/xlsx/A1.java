package dev.report.write.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;

/** A1 references, as formulas, links and defined names write them; rows and columns 0-based. */
public final class A1 {
  /** Column letters by 0-based index, made as first needed. */
  private static final String[] COLUMNS = new String[Workbook.MAX_COLUMNS];

  private A1() {}

  /** The letters of column {@code index}: A, B, ..., Z, AA, ... XFD. */
  public static String column(int index) {
    String c = COLUMNS[index];
    if (c == null) {
      StringBuilder b = new StringBuilder(3);
      for (int n = index + 1; n > 0; n = (n - 1) / 26) {
        b.append((char) ('A' + (n - 1) % 26));
      }
      c = b.reverse().toString();
      COLUMNS[index] = c;
    }
    return c;
  }

  /** A cell: {@code B7}. */
  public static String cell(int row, int col) {
    return column(col) + (row + 1);
  }

  /** A range: {@code A1:C9}. */
  public static String range(int firstRow, int firstCol, int lastRow, int lastCol) {
    return cell(firstRow, firstCol) + ":" + cell(lastRow, lastCol);
  }

  /** A sheet name as references quote it: {@code 'It''s'}. */
  public static String sheet(String name) {
    return "'" + name.replace("'", "''") + "'";
  }

  /**
   * A sheet name as Excel writes it in a reference shown to a reader: as it is when it holds only
   * letters, digits, {@code _} and {@code .} ({@code Capex}), else quoted as by {@link #sheet}
   * ({@code 'Q1 capex'}), and so is one that starts with a digit or reads as a cell
   * ({@code 'FY2024'}, up to {@code XFD1048576}).
   */
  public static String sheetAsWritten(String name) {
    String written = SheetNameFormatter.format(name);
    // POI judges cells by the .xls grid (IV65536): the .xlsx one is larger.
    if (written.equals(name) && CellReference.classifyCellReference(name,
        SpreadsheetVersion.EXCEL2007) == CellReference.NameType.CELL) {
      return sheet(name);
    }
    return written;
  }
}
