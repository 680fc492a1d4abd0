package dev.report.write;

import dev.report.compare.Cell;
import dev.report.compare.TableDiff;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a data sheet marks what changed since the earlier report: fills and notes. */
final class ChangeMarks {
  private ChangeMarks() {}

  /**
   * {@code mark} (per column, the style of a cell with issues, 0 for none; null for no issues)
   * with each changed cell that has no issue given the changed fill.
   */
  static int[] marks(int[] mark, Value[] values, TableDiff.Mark change, Styles styles,
      List<String> formats, TableProfile table) {
    int[] out = mark == null ? new int[values.length] : mark;
    for (int i = 0; i < values.length && i < change.before().length; i++) {
      if (change.before()[i] == null || out[i] != 0) {
        continue;
      }
      Value v = values[i];
      ColumnType type = table.types().get(i);
      Cell now = Cell.of(v);
      String format = now instanceof Cell.Txt || now instanceof Cell.Blank ? "@"
          : formats.get(i).equals(type.excelFormat()) ? type.excelFormat(v.text())
          : formats.get(i);
      out[i] = styles.cell(format, Styles.Mark.CHANGED);
    }
    return out;
  }

  /** Per column, the note saying what changed there; empty when nothing did. */
  static Map<Integer, String> notes(TableDiff.Mark change, String since, TableProfile table) {
    Map<Integer, String> notes = new LinkedHashMap<>();
    if (change == null) {
      return notes;
    }
    if (change.added()) {
      notes.put(0, "Added since the report of " + since);
    } else if (change.before() != null) {
      for (int i = 0; i < change.before().length; i++) {
        Cell was = change.before()[i];
        if (was != null) {
          String shown = Cell.show(was, table.types().get(i).kind());
          notes.put(i, (shown.isEmpty() ? "was empty" : "was " + shown)
              + " in the report of " + since);
        }
      }
    }
    return notes;
  }

  /**
   * Adds the change notes to a record's comment texts (by column), after any issue's; a column
   * not shown gets none, and no new comment past {@code max} comments on the table.
   */
  static void addNotes(Map<Integer, StringBuilder> texts, Map<Integer, String> notes, int[] at,
      int comments, int max) {
    for (Map.Entry<Integer, String> e : notes.entrySet()) {
      int column = e.getKey();
      if (e.getValue().startsWith("Added")) {
        column = firstShown(at);
      }
      if (column < 0 || at[column] < 0) {
        continue;
      }
      StringBuilder b = texts.get(column);
      if (b != null) {
        b.append('\n').append(e.getValue());
      } else if (comments + texts.size() < max) {
        texts.put(column, new StringBuilder(e.getValue()));
      }
    }
  }

  private static int firstShown(int[] at) {
    for (int i = 0; i < at.length; i++) {
      if (at[i] >= 0) {
        return i;
      }
    }
    return -1;
  }
}
