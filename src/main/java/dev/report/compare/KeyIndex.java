package dev.report.compare;

/**
 * Earlier records by the fingerprint of their key ({@link Digest}), compact: an open-addressing
 * table of record numbers (4 bytes a slot, half full at most) over the fingerprints themselves.
 * The first record of a key is the one found. Two keys of one fingerprint (a chance of about
 * 2^-64 a pair) would count as one.
 */
final class KeyIndex {
  private final int[] slots;
  private final long[] keys;

  KeyIndex(long[] keys) {
    int n = Integer.highestOneBit(Math.max(4, keys.length) * 2 - 1) << 1;
    this.slots = new int[n];
    this.keys = keys;
    for (int r = 0; r < keys.length; r++) {
      int s = slot(keys[r]);
      while (slots[s] != 0 && keys[slots[s] - 1] != keys[r]) {
        s = (s + 1) & (slots.length - 1);
      }
      if (slots[s] == 0) {
        slots[s] = r + 1;
      }
    }
  }

  /** The first earlier record of the key whose fingerprint is {@code key}, or -1. */
  int find(long key) {
    int s = slot(key);
    while (slots[s] != 0) {
      if (keys[slots[s] - 1] == key) {
        return slots[s] - 1;
      }
      s = (s + 1) & (slots.length - 1);
    }
    return -1;
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & (slots.length - 1);
  }
}
