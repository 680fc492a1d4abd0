package dev.report.read;

/** Tests on text held in a char array, {@code a[from..to)}, that strings would otherwise make. */
final class Chars {
  private Chars() {}

  /**
   * The same as {@code word.equalsIgnoreCase(new String(a, from, to - from))}: equal lengths and
   * each pair of characters equal as they are, upper-cased, or upper- then lower-cased.
   */
  static boolean equalsIgnoreCase(String word, char[] a, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c1 = word.charAt(i);
      char c2 = a[from + i];
      if (c1 == c2) {
        continue;
      }
      char u1 = Character.toUpperCase(c1);
      char u2 = Character.toUpperCase(c2);
      if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
        return false;
      }
    }
    return true;
  }
}
