package dev.report.compare;

import dev.report.read.ColumnType;
import java.util.List;

/**
 * What a later run needs to compare a table with this report's: the table's file name, its sheets
 * (the first, then continuations), per column its name, type, Excel format and 0-based sheet
 * column, its key, and where records are not on consecutive lines.
 *
 * @param lines pairs of a 0-based record index and its 1-based line, for each record whose line
 *     is not the line after its predecessor's; the first record's is always there
 */
public record TableMeta(String file, List<String> sheets, List<Column> columns, List<String> key,
    long[] lines) {
  /** The version of this layout; a baseline of another version is not compared. */
  public static final int FORMAT = 2;
  /** The very hidden sheet that holds it, and a baseline's mark of being this tool's. */
  public static final String SHEET = "report-compare";

  public TableMeta {
    sheets = List.copyOf(sheets);
    columns = List.copyOf(columns);
    key = List.copyOf(key);
  }

  public record Column(String name, ColumnType.Kind kind, String format, int at) {}

  /**
   * The rows of the very hidden sheet {@link #SHEET}, each a list of texts, to {@code out}; per
   * table of {@code tables}, {@code kept} holds its fingerprints (at the same index).
   */
  public static void sheetRows(String tool, java.time.Instant generated, List<TableMeta> tables,
      List<Fingerprints.Done> kept, java.util.function.Consumer<List<String>> out) {
    MetaParse.rows(tool, generated, tables, kept, out);
  }

  /** The 1-based line of record {@code index} (0-based), from {@link #lines}. */
  public long line(long index) {
    long line = index + 2;
    for (int i = 0; i + 1 < lines.length && lines[i] <= index; i += 2) {
      line = lines[i + 1] + (index - lines[i]);
    }
    return line;
  }

  /**
   * Per column of a new version of the table named {@code names}, its column here: the one of its
   * name, else (renamed) the one at its place whose name the new version does not have; or -1.
   */
  int[] columnsOf(List<String> names) {
    int n = names.size();
    int[] old = new int[n];
    java.util.Set<Integer> used = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      old[i] = column(names.get(i));
      if (old[i] >= 0) {
        used.add(old[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (old[i] < 0 && i < columns.size() && !used.contains(i)
          && names.indexOf(columns.get(i).name()) < 0) {
        old[i] = i;
        used.add(i);
      }
    }
    return old;
  }

  /** The index of the column named {@code name}, or -1. */
  int column(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
