package dev.report.check;

import java.util.List;

/**
 * The first line of each distinct record, by a 64-bit hash of its cells, in two flat arrays
 * (16 bytes a record at most twice over): finds records that repeat an earlier one exactly.
 */
public final class RowIndex {
  /** Records remembered at most (about 64 MB); later ones are not compared. */
  static final int MAX_RECORDS = 2_000_000;
  private static final long EMPTY = 0;

  private long[] keys = new long[1 << 10];
  private long[] lines = new long[1 << 10];
  private int size;

  /** The line of an earlier record with the same cells, or 0; remembers this one if new. */
  public long firstLine(List<String> cells, long line) {
    return firstLine(hash(cells), line);
  }

  /** The line of an earlier entry of hash {@code h} (never 0), or 0; remembers this one if new. */
  public long firstLine(long h, long line) {
    int mask = keys.length - 1;
    int i = (int) (mix(h) & mask);
    while (keys[i] != EMPTY) {
      if (keys[i] == h) {
        return lines[i];
      }
      i = (i + 1) & mask;
    }
    if (size >= MAX_RECORDS) {
      return 0;
    }
    keys[i] = h;
    lines[i] = line;
    if (++size * 2 > keys.length) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldLines = lines;
    keys = new long[oldKeys.length * 2];
    lines = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != EMPTY) {
        int i = (int) (mix(oldKeys[k]) & mask);
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[k];
        lines[i] = oldLines[k];
      }
    }
  }

  /** FNV-1a over the cells, with the cell count and a separator between cells; never 0. */
  public static long hash(List<String> cells) {
    long h = 0xcbf29ce484222325L;
    for (String c : cells) {
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
