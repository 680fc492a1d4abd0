package dev.report.write;

import dev.report.compare.Cell;
import dev.report.compare.Change;
import dev.report.compare.ChangeList;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The Changes sheet, right after Issues, and changes.csv: one row per changed cell, added or
 * removed record, new or gone table or column, with typed Before and After cells and the Line
 * linking to the record's cell (issue 17).
 */
final class ChangesSheet {
  static final List<String> HEADER =
      List.of("Change", "Table", "Line", "Key", "Column", "Before", "After");
  static final String NAME = "Changes";

  private ChangesSheet() {}

  /**
   * Writes {@code changes} as the sheet (made at tab {@code index}) and to {@code csv}; with no
   * change, one line saying so and naming {@code since}, the earlier report's generation time.
   */
  static Sheet write(Workbook wb, Styles styles, SheetNames names, int index, ChangeList all,
      String since, Writer csv) throws IOException {
    List<Change> changes = all.listed();
    Sheet s = wb.addSheet(names.unique(NAME));
    wb.moveSheet(s, index);
    s.freezeHeaderRow();
    Print.setUp(s, NAME, Print.HeaderRow.REPEAT);
    int[] widths = {14, 22, 7, 28, 20, 22, 22};
    for (int i = 0; i < widths.length; i++) {
      s.columnWidth(i, widths[i]);
    }
    s.startRow(0);
    for (int i = 0; i < HEADER.size(); i++) {
      Cells.text(s, i, HEADER.get(i), styles.header);
    }
    s.endRow();
    csvRow(csv, HEADER);
    int r = 1;
    if (changes.isEmpty()) {
      s.startRow(r);
      Cells.text(s, 0, "No changes since the report of " + since + ".", styles.text);
      s.endRow();
      return s;
    }
    for (Change c : changes) {
      s.startRow(r);
      Cells.text(s, 0, c.kind().label(), styles.text);
      Cells.text(s, 1, c.table(), styles.text);
      if (c.line() > 0) {
        s.number(2, styles.integer, c.line());
        if (!c.link().isEmpty() && r <= Links.MAX_PER_SHEET_SERIES) {
          s.internalLink(r, 2, c.link());
        }
      }
      Cells.text(s, 3, c.key(), styles.text);
      Cells.text(s, 4, c.column(), styles.text);
      cell(s, 5, c.before(), styles.cell(c.beforeFormat(), Styles.Mark.NONE), styles);
      cell(s, 6, c.after(), styles.cell(c.afterFormat(), Styles.Mark.NONE), styles);
      s.endRow();
      csvRow(csv, List.of(c.kind().label(), c.table(), c.line() > 0 ? Long.toString(c.line()) : "",
          c.key(), c.column(), c.beforeText(), c.afterText()));
      r++;
    }
    s.autoFilter(r - 1, HEADER.size() - 1);
    if (all.unlisted() > 0) {
      s.startRow(r + 1);
      Cells.text(s, 0, String.format(java.util.Locale.ROOT, "%,d more changes are not listed, here"
          + " or in changes.csv: the first %,d are. The Overview counts them all.",
          all.unlisted(), ChangeList.LISTED), styles.text);
      s.endRow();
    }
    return s;
  }

  /**
   * Per table a line such as {@code capex_guidance: 1 changed cell, 0 added, 0 removed}: the tables
   * written, in {@code tables}' order, then the gone ones; a new or gone table says so.
   */
  static List<String> perTable(List<String> tables, ChangeList changes) {
    java.util.Map<String, long[]> counts = new java.util.LinkedHashMap<>();
    tables.forEach(t -> counts.put(t, new long[Change.Kind.values().length]));
    changes.byTable().forEach((t, n) -> counts.merge(t, n, (a, b) -> b));
    List<String> lines = new java.util.ArrayList<>();
    counts.forEach((file, n) -> {
      int dot = file.lastIndexOf('.');
      String name = dot > 0 ? file.substring(0, dot) : file;
      if (n[Change.Kind.NEW_TABLE.ordinal()] > 0) {
        lines.add(name + ": new table");
      } else if (n[Change.Kind.GONE_TABLE.ordinal()] > 0) {
        lines.add(name + ": table gone");
      } else {
        long changed = n[Change.Kind.CHANGED.ordinal()];
        lines.add(name + ": " + changed + (changed == 1 ? " changed cell, " : " changed cells, ")
            + n[Change.Kind.ADDED.ordinal()] + " added, " + n[Change.Kind.REMOVED.ordinal()]
            + " removed");
      }
    });
    return lines;
  }

  private static void cell(Sheet s, int col, Cell c, int style, Styles styles) {
    if (c instanceof Cell.Num n) {
      s.number(col, style, n.value());
    } else if (c instanceof Cell.Bool b) {
      s.bool(col, style, b.value());
    } else if (c instanceof Cell.Txt t) {
      Cells.text(s, col, t.text(), styles.text);
    }
  }

  private static void csvRow(Writer csv, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.write(',');
      }
      csv.write(Csv.quote(Csv.inert(fields.get(i))));
    }
    csv.write("\r\n");
  }
}
