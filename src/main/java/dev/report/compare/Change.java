package dev.report.compare;

import dev.report.read.ColumnType;

/**
 * One row of the Changes sheet and changes.csv.
 *
 * @param line the record's 1-based line in the new file, or in the old one when removed; 0: none
 * @param link where the record's cell is in this workbook ({@code 'Sheet'!B7}), or empty
 * @param before the value in the earlier report, shown as {@code beforeFormat} (Excel format)
 */
public record Change(Kind kind, String table, long line, String key, String column, Cell before,
    ColumnType.Kind beforeKind, String beforeFormat, Cell after, ColumnType.Kind afterKind,
    String afterFormat, String link) {

  /** What changed; the label is the Change column's text. */
  public enum Kind {
    CHANGED("changed"), ADDED("added"), REMOVED("removed"),
    NEW_TABLE("new table"), GONE_TABLE("table gone"),
    NEW_COLUMN("new column"), GONE_COLUMN("column gone"), RENAMED_COLUMN("column renamed"),
    TYPE_CHANGED("type changed");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A change of a table or column as a whole: Before and After are texts. */
  static Change about(Kind kind, String table, String column, String before, String after) {
    return new Change(kind, table, 0, "", column, text(before), null, "@", text(after), null, "@",
        "");
  }

  /** A table that is new, or gone: one row. */
  public static Change table(Kind kind, String table) {
    return about(kind, table, "", "", "");
  }

  private static Cell text(String s) {
    return s.isEmpty() ? Cell.BLANK : new Cell.Txt(s);
  }

  /** Before and After as a person reads them (changes.csv). */
  public String beforeText() {
    return Cell.show(before, beforeKind);
  }

  public String afterText() {
    return Cell.show(after, afterKind);
  }
}
