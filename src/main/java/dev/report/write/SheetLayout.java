package dev.report.write;

import dev.report.check.CellText;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where each column of a table goes on its sheet: one sheet column each, except a range column,
 * which keeps its text and gets its low and high ends as two numeric columns right after it.
 *
 * @param header the sheet's header cells, unique ignoring case (Excel table column names)
 * @param first for each table column (0-based), its sheet column (0-based), or -1 for a column
 *     beyond the sheet's 16,384 (reported by the checks; its values stay in the CSV only)
 */
record SheetLayout(List<String> header, int[] first) {

  static SheetLayout of(TableProfile table) {
    // The table's own columns keep their names; the low and high columns give way to them.
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      names.add(unique(headerText(table.columns().get(i), i), used));
    }
    List<String> header = new ArrayList<>();
    int[] first = new int[names.size()];
    for (int i = 0; i < first.length; i++) {
      boolean range = table.types().get(i).kind() == ColumnType.Kind.RANGE;
      if (header.size() + (range ? 3 : 1) > MAX_COLUMNS) {
        first[i] = -1;
        continue;
      }
      first[i] = header.size();
      String name = names.get(i);
      header.add(name);
      if (range) {
        header.add(unique(name + " low", used));
        header.add(unique(name + " high", used));
      }
    }
    return new SheetLayout(List.copyOf(header), first);
  }

  /** Columns of a sheet (Excel's limit). */
  static final int MAX_COLUMNS = dev.report.write.xlsx.Workbook.MAX_COLUMNS;

  /** Whether table column {@code col} (0-based) is on the sheet. */
  boolean shown(int col) {
    return first[col] >= 0;
  }

  /** Longest header cell: an Excel table column name holds at most 255 characters. */
  static final int MAX_HEADER = 255;

  /**
   * A column name as an Excel table accepts it: no control characters (invalid in its XML), line
   * breaks and tabs as spaces, at most 255 characters; a name left empty is {@code column N}.
   */
  static String headerText(String name, int index) {
    String t = CellText.clean(name).replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').strip();
    if (t.length() > MAX_HEADER) {
      int end = MAX_HEADER;
      if (Character.isHighSurrogate(t.charAt(end - 1))) {
        end--;
      }
      t = t.substring(0, end);
    }
    return t.isEmpty() ? "column " + (index + 1) : t;
  }

  private static String unique(String base, Set<String> used) {
    String name = base;
    for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++) {
      name = base + " (" + k + ")";
    }
    return name;
  }

  /** The sheet column (0-based) of a 1-based table column, for links; 0 stays 0. */
  int sheetColumn1(int column) {
    return column <= 0 || column > first.length ? column : Math.max(0, first[column - 1] + 1);
  }
}
