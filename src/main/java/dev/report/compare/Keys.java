package dev.report.compare;

import java.util.List;

/** Which columns identify a record when comparing, and a key's text for the index. */
final class Keys {
  /** Columns tried, from the first, for a key inferred from the data. */
  static final int CANDIDATES = 6;

  private Keys() {}

  /**
   * The new table's key columns: the declared key; else the earlier report's; else the first
   * column, or pair of columns, whose earlier values are all there and all different (as
   * {@code describe} infers one); else none. A key must name columns both versions have.
   */
  static int[] choose(List<String> declared, List<String> earlier, List<String> names, int[] old,
      List<Cell[]> records) {
    for (List<String> k : List.of(declared, earlier)) {
      int[] cols = columns(k, names, old);
      if (cols != null) {
        return cols;
      }
    }
    if (records.size() < 2) {
      return new int[0];
    }
    int n = Math.min(CANDIDATES, names.size());
    for (int c = 0; c < n; c++) {
      if (old[c] >= 0 && unique(records, new int[] {old[c]})) {
        return new int[] {c};
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (old[a] >= 0 && old[b] >= 0 && unique(records, new int[] {old[a], old[b]})) {
          return new int[] {a, b};
        }
      }
    }
    return new int[0];
  }

  /** The new table's columns of {@code key}, or null when one is not in both versions. */
  static int[] columns(List<String> key, List<String> names, int[] old) {
    if (key.isEmpty()) {
      return null;
    }
    int[] cols = new int[key.size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = names.indexOf(key.get(i));
      if (cols[i] < 0 || old[cols[i]] < 0) {
        return null;
      }
    }
    return cols;
  }

  /** Whether the earlier records' cells in {@code cols} are complete and unique. */
  private static boolean unique(List<Cell[]> records, int[] cols) {
    // Fingerprints, sorted: 8 bytes a record. Two keys of one fingerprint count as equal (not
    // unique), which only makes the inference more careful.
    long[] hashes = new long[records.size()];
    for (int i = 0; i < hashes.length; i++) {
      Cell[] r = records.get(i);
      for (int c : cols) {
        if (r[c] instanceof Cell.Blank) {
          return false;
        }
      }
      hashes[i] = Digest.of(r, cols);
    }
    java.util.Arrays.sort(hashes);
    for (int i = 1; i < hashes.length; i++) {
      if (hashes[i] == hashes[i - 1]) {
        return false;
      }
    }
    return true;
  }
}
