package dev.report.compare;

import java.util.function.IntFunction;

/**
 * Earlier records by key, compact: an open-addressing table of record numbers (4 bytes a slot,
 * half full at most), probed by the key's hash; a candidate is confirmed by its key itself, read
 * back with {@code keyOf}. The first record of a key is the one found.
 */
final class KeyIndex {
  private final int[] slots;
  private final IntFunction<String> keyOf;

  KeyIndex(int records, IntFunction<String> keyOf) {
    int n = Integer.highestOneBit(Math.max(4, records) * 2 - 1) << 1;
    this.slots = new int[n];
    this.keyOf = keyOf;
    for (int r = 0; r < records; r++) {
      String key = keyOf.apply(r);
      int s = slot(key);
      while (slots[s] != 0 && !keyOf.apply(slots[s] - 1).equals(key)) {
        s = (s + 1) & (slots.length - 1);
      }
      if (slots[s] == 0) {
        slots[s] = r + 1;
      }
    }
  }

  /** The first earlier record of {@code key}, or -1. */
  int find(String key) {
    int s = slot(key);
    while (slots[s] != 0) {
      if (keyOf.apply(slots[s] - 1).equals(key)) {
        return slots[s] - 1;
      }
      s = (s + 1) & (slots.length - 1);
    }
    return -1;
  }

  private int slot(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (slots.length - 1);
  }
}
