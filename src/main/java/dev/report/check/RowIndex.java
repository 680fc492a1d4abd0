package dev.report.check;

import java.util.List;

/**
 * The first line of each distinct record, by a 64-bit hash of its cells, in one flat array of
 * (hash, line) pairs (16 bytes a record at most twice over, one cache line per look-up): finds
 * records that repeat an earlier one exactly.
 */
public final class RowIndex {
  /** Records remembered at most (about 64 MB); later ones are not compared. */
  static final int MAX_RECORDS = 2_000_000;
  private static final long EMPTY = 0;

  /** Hash at even indexes, its line at the next; a hash of 0 marks a free slot. */
  private long[] slots;
  private int size;

  public RowIndex() {
    this(0);
  }

  /** An index sized for {@code expected} records (the count of the first pass), so it never grows. */
  public RowIndex(long expected) {
    int n = 1 << 10;
    while (n < 2 * Math.min(expected, MAX_RECORDS)) {
      n <<= 1;
    }
    slots = new long[2 * n];
  }

  /** The line of an earlier record with the same cells, or 0; remembers this one if new. */
  public long firstLine(List<String> cells, long line) {
    return firstLine(hash(cells), line);
  }

  /** The line of an earlier entry of hash {@code h} (never 0), or 0; remembers this one if new. */
  public long firstLine(long h, long line) {
    int mask = slots.length / 2 - 1;
    int i = (int) (mix(h) & mask);
    while (slots[2 * i] != EMPTY) {
      if (slots[2 * i] == h) {
        return slots[2 * i + 1];
      }
      i = (i + 1) & mask;
    }
    if (size >= MAX_RECORDS) {
      return 0;
    }
    slots[2 * i] = h;
    slots[2 * i + 1] = line;
    if (++size * 2 > slots.length / 2) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length / 2 - 1;
    for (int k = 0; k < old.length; k += 2) {
      if (old[k] != EMPTY) {
        int i = (int) (mix(old[k]) & mask);
        while (slots[2 * i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = old[k];
        slots[2 * i + 1] = old[k + 1];
      }
    }
  }

  /** FNV-1a over the cells, with the cell count and a separator between cells; never 0. */
  public static long hash(List<String> cells) {
    long h = 0xcbf29ce484222325L;
    for (int k = 0, n = cells.size(); k < n; k++) {
      String c = cells.get(k);
      for (int i = 0; i < c.length(); i++) {
        h ^= c.charAt(i);
        h *= 0x100000001b3L;
      }
      h ^= 0x1F;
      h *= 0x100000001b3L;
    }
    h ^= cells.size();
    return h == EMPTY ? 1 : h;
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }
}
