package dev.report.write.xlsx;

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
}
