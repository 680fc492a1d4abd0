package dev.report.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Fills the cells of a sheet's one-column merged ranges below the header with their top cell, as
 * the rows stream in sheet order. Only rows that hold cells pass through it: a blank row stays
 * blank. A cell of the range that holds a value of its own keeps it.
 */
final class FillDown {
  private final MergedRanges ranges;
  /** The next range not yet reached, in the order of their first rows. */
  private int next;
  private final List<Active> active = new ArrayList<>();
  /** The ranges that filled at least one cell, by index. */
  private final BitSet filled = new BitSet();

  /** A range the rows have reached; {@code top} is null when its top cell is empty or absent. */
  private record Active(int index, SheetCell top) {}

  FillDown(MergedRanges ranges) {
    this.ranges = ranges;
  }

  /**
   * The cells of row {@code row} (1-based, after {@code headerRow}), with the empty ones of the
   * ranges above them filled; {@code cells} itself when none is.
   */
  List<SheetCell> apply(long row, long headerRow, List<SheetCell> cells) {
    if (ranges.size() == 0) {
      return cells;
    }
    active.removeIf(a -> ranges.last(a.index()) < row);
    for (; next < ranges.size() && ranges.first(next) <= row; next++) {
      if (ranges.first(next) > headerRow && ranges.last(next) >= row) {
        SheetCell top = ranges.first(next) == row ? at(cells, ranges.column(next)) : null;
        active.add(new Active(next, top == null || top.isEmpty() ? null : top));
      }
    }
    List<SheetCell> out = cells;
    for (Active a : active) {
      if (a.top() == null || ranges.first(a.index()) == row) {
        continue;
      }
      SheetCell here = at(out, a.top().column());
      if (here != null && !here.isEmpty()) {
        continue;
      }
      if (out == cells) {
        out = new ArrayList<>(cells);
      }
      out.remove(here);
      int at = 0;
      while (at < out.size() && out.get(at).column() < a.top().column()) {
        at++;
      }
      out.add(at, a.top());
      filled.set(a.index());
    }
    return out;
  }

  private static SheetCell at(List<SheetCell> cells, int column) {
    for (SheetCell c : cells) {
      if (c.column() == column) {
        return c;
      }
    }
    return null;
  }

  /**
   * What was filled, for the Issues sheet, e.g. {@code 2 merged ranges were filled down from
   * their top cell (A3:A6, B7:B9)}: the first three named; "" when none was.
   */
  String summary() {
    int n = filled.cardinality();
    if (n == 0) {
      return "";
    }
    List<String> named = new ArrayList<>();
    for (int i = filled.nextSetBit(0); i >= 0 && named.size() < 3; i = filled.nextSetBit(i + 1)) {
      named.add(ranges.ref(i));
    }
    String more = n > 3 ? String.format(Locale.ROOT, " and %,d more", n - 3) : "";
    return n == 1
        ? "1 merged range was filled down from its top cell (" + named.get(0) + ")"
        : String.format(Locale.ROOT, "%,d merged ranges were filled down from their top cell (%s%s)",
            n, String.join(", ", named), more);
  }
}
