package dev.report.write;

import dev.report.check.CellText;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A table's records written straight to sheet XML, with no SXSSF row or cell: the cells
 * {@link DataSheet} would make, with the same values and styles, for records that have no issue
 * to mark and no link to make.
 *
 * <p>Texts of category columns (text with few distinct values in the first pass) are shared
 * strings, each text once in the workbook; other texts are inline, so memory stays flat.
 */
final class StraightRows {
  /**
   * Shared strings per category column at most. The first pass counted at most a few dozen
   * distinct values there, but it compared them trimmed: variants in spacing go inline past this.
   */
  static final int MAX_SHARED = 1_000;

  /** Per column, where its first cell goes (-1: not shown), as {@link SheetLayout#first()}. */
  private final int[] at;
  // Style indexes per column: its values, values that do not fit, a range's ends.
  private final int[] styles;
  private final int[] marked;
  private final int[] ends;
  private final int text;
  private final int wrapped;
  /** Per column, the shared string index of each text written; null for inline columns. */
  private final List<Map<String, Integer>> shared = new ArrayList<>();
  private final SharedStringsTable strings;

  StraightRows(TableProfile table, SheetLayout layout, CellStyle[] styles, CellStyle[] marked,
      CellStyle[] ends, Styles all, SharedStringsTable strings) {
    this.at = layout.first();
    this.styles = indexes(styles);
    this.marked = indexes(marked);
    this.ends = indexes(ends);
    this.text = all.text.getIndex();
    this.wrapped = all.wrapped.getIndex();
    this.strings = strings;
    for (int i = 0; i < styles.length; i++) {
      boolean category = table.types().get(i).kind() == ColumnType.Kind.TEXT
          && table.profiles().get(i).distinctCount() >= 0;
      shared.add(category ? new HashMap<>() : null);
    }
  }

  /** Writes record {@code values} as row {@code row} (0-based) of the writer's sheet. */
  void write(FastSheetDataWriter w, int row, Value[] values) throws IOException {
    w.startRow(row);
    for (int i = 0; i < values.length; i++) {
      Value v = values[i];
      int col = at[i];
      if (v instanceof Value.Empty || col < 0) {
        continue;
      }
      if (v instanceof Value.Range g) {
        w.text(col, text, CellText.forCell(g.text()));
        w.number(col + 1, ends[i], g.low());
        w.number(col + 2, ends[i], g.high());
      } else if (v instanceof Value.Decimal d) {
        w.number(col, styles[i], d.value());
      } else if (v instanceof Value.Date d) {
        // As SXSSF converts a date: serial days in the 1900 date system.
        w.number(col, styles[i], DateUtil.getExcelDate(d.date().atStartOfDay(), false));
      } else if (v instanceof Value.DateTime d) {
        w.number(col, styles[i], DateUtil.getExcelDate(d.dateTime(), false));
      } else if (v instanceof Value.Bool b) {
        w.bool(col, styles[i], b.value());
      } else if (v instanceof Value.Invalid) {
        w.text(col, marked[i], CellText.forCell(v.text()));
      } else {
        int style = v.text().length() > DataSheet.MAX_WIDTH ? wrapped : text;
        int index = sharedIndex(i, v.text());
        if (index >= 0) {
          w.shared(col, style, index);
        } else {
          w.text(col, style, CellText.forCell(v.text()));
        }
      }
    }
    w.endRow();
  }

  /**
   * The shared string index of a text of column {@code i}, added on first use; -1 when the
   * column's texts are written inline.
   */
  private int sharedIndex(int i, String s) {
    Map<String, Integer> map = shared.get(i);
    if (map == null) {
      return -1;
    }
    Integer index = map.get(s);
    if (index == null) {
      if (map.size() >= MAX_SHARED) {
        return -1;
      }
      index = strings.addSharedStringItem(new XSSFRichTextString(CellText.forCell(s)));
      map.put(s, index);
    }
    return index;
  }

  private static int[] indexes(CellStyle[] styles) {
    int[] out = new int[styles.length];
    for (int i = 0; i < styles.length; i++) {
      out[i] = styles[i].getIndex();
    }
    return out;
  }
}
