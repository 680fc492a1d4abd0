package dev.report.compare;

/**
 * Earlier records by the fingerprint of their key ({@link Digest}), compact: an open-addressing
 * table of record numbers (4 bytes a slot, half full at most) over the fingerprints themselves.
 * Records of one key are found in file order. Two keys of one fingerprint (a chance of about
 * 2^-64 a pair) would count as one.
 */
final class KeyIndex {
  /** Records of one key passed over at most when looking for one not yet matched. */
  static final int REPEATS = 64;

  private final int[] slots;
  private final long[] keys;
  private long repeated;

  KeyIndex(long[] keys) {
    int n = Integer.highestOneBit(Math.max(4, keys.length) * 2 - 1) << 1;
    this.slots = new int[n];
    this.keys = keys;
    for (int r = 0; r < keys.length; r++) {
      int s = slot(keys[r]);
      int same = 0;
      while (slots[s] != 0 && same < REPEATS) {
        if (keys[slots[s] - 1] == keys[r]) {
          same++;
        }
        s = (s + 1) & (slots.length - 1);
      }
      repeated += same > 0 ? 1 : 0;
      // Past REPEATS records of one key, the others are never found: not kept.
      if (same < REPEATS) {
        slots[s] = r + 1;
      }
    }
  }

  /** Records whose key an earlier record has too. */
  long repeated() {
    return repeated;
  }

  /**
   * The first earlier record of the key whose fingerprint is {@code key} that is not
   * {@code matched} yet (of the first {@link #REPEATS}), or -1.
   */
  int find(long key, boolean[] matched) {
    int s = slot(key);
    int seen = 0;
    while (slots[s] != 0) {
      int r = slots[s] - 1;
      if (keys[r] == key) {
        if (!matched[r]) {
          return r;
        }
        if (++seen == REPEATS) {
          return -1;
        }
      }
      s = (s + 1) & (slots.length - 1);
    }
    return -1;
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & (slots.length - 1);
  }
}
