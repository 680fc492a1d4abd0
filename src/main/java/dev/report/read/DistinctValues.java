package dev.report.read;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each distinct value of a column and how often it occurs, in the order first seen, until there
 * are more than {@code cap}: then none is kept and the column has "many". Values are looked up
 * from strings or from characters in an array (no string is made for a value seen before).
 */
final class DistinctValues {
  private final int cap;
  /** The values in the order first seen, their counts and string hashes. */
  private final String[] keys;
  /** The characters of each value, compared without a string's per-character checks. */
  private final char[][] chars;
  private final int[] counts;
  private final int[] hashes;
  private int size;
  /** Open addressing, linear probing: 1 + an index into {@code keys}, or 0 for a free slot. */
  private final int[] slots;
  private boolean many;
  private Map<String, Integer> view;

  DistinctValues(int cap) {
    this.cap = cap;
    keys = new String[cap + 1];
    chars = new char[cap + 1][];
    counts = new int[cap + 1];
    hashes = new int[cap + 1];
    slots = new int[Integer.highestOneBit(cap + 1) * 4];
  }

  /** Counts {@code value}. */
  void add(String value) {
    if (many) {
      return;
    }
    int h = value.hashCode();
    int mask = slots.length - 1;
    int at = h & mask;
    for (int k; (k = slots[at]) != 0; at = (at + 1) & mask) {
      if (hashes[k - 1] == h && keys[k - 1].equals(value)) {
        counts[k - 1]++;
        return;
      }
    }
    insert(at, value, h);
  }

  /**
   * Counts the value written {@code a[from..to)}, the same as {@link #add(String)} of it;
   * {@code h} is the {@link String#hashCode} of that text.
   */
  void add(char[] a, int from, int to, int h) {
    if (many) {
      return;
    }
    int mask = slots.length - 1;
    int at = h & mask;
    for (int k; (k = slots[at]) != 0; at = (at + 1) & mask) {
      if (hashes[k - 1] == h && same(chars[k - 1], a, from, to)) {
        counts[k - 1]++;
        return;
      }
    }
    insert(at, new String(a, from, to - from), h);
  }

  private static boolean same(char[] key, char[] a, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != a[from + i]) {
        return false;
      }
    }
    return true;
  }

  private void insert(int slot, String value, int h) {
    view = null;
    if (size == cap) {
      many = true; // one more than the cap: forget them all
      Arrays.fill(keys, null);
      Arrays.fill(chars, null);
      size = 0;
      return;
    }
    keys[size] = value;
    chars[size] = value.toCharArray();
    counts[size] = 1;
    hashes[size] = h;
    slots[slot] = ++size;
  }

  /** The number of distinct values, or -1 when there are more than the cap. */
  int count() {
    return many ? -1 : size;
  }

  /** Each value with its count, in the order first seen; empty when there are many. */
  Map<String, Integer> asMap() {
    if (view == null) {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        m.put(keys[i], counts[i]);
      }
      view = Collections.unmodifiableMap(m);
    }
    return view;
  }
}
