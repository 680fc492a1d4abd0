package dev.report.write;

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
 * @param first for each table column (0-based), its sheet column (0-based)
 */
record SheetLayout(List<String> header, int[] first) {

  static SheetLayout of(TableProfile table) {
    List<String> header = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (String name : table.columns()) {
      used.add(name.toLowerCase(Locale.ROOT));
    }
    int[] first = new int[table.columns().size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = header.size();
      String name = table.columns().get(i);
      header.add(name);
      if (table.types().get(i).kind() == ColumnType.Kind.RANGE) {
        header.add(unique(name + " low", used));
        header.add(unique(name + " high", used));
      }
    }
    return new SheetLayout(List.copyOf(header), first);
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
    return column <= 0 || column > first.length ? column : first[column - 1] + 1;
  }
}
