package dev.report.read;

import java.util.Set;

/**
 * Which texts mean "no value", and how values and labels are trimmed. A placeholder is missing
 * where it is no regular value of its column: {@code NA} is a code among upper-case codes of two
 * letters (see {@link ColumnType#codeLength}).
 */
public final class Missing {
  /** Compared after trimming and lower-casing. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("n/a", "na", "-", "\u2014", "\u2013", "n/d", "nd", "null", "none", "#n/a", "nan");

  private Missing() {}

  static boolean isMissing(String trimmed) {
    if (trimmed.isEmpty()) {
      return true;
    }
    if (trimmed.length() > 4) {
      return false;
    }
    char c = trimmed.charAt(0);
    if (c != 'n' && c != 'N' && c != '-' && c != '#' && c != '\u2014' && c != '\u2013') {
      return false;
    }
    for (String p : PLACEHOLDERS) {
      if (p.equalsIgnoreCase(trimmed)) {
        return true;
      }
    }
    return false;
  }

  /** The same as {@link #isMissing(String)} of the text {@code a[from..to)}, already trimmed. */
  static boolean isMissing(char[] a, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return true;
    }
    if (n > 4) {
      return false;
    }
    char c = a[from];
    if (c != 'n' && c != 'N' && c != '-' && c != '#' && c != '\u2014' && c != '\u2013') {
      return false;
    }
    for (String p : PLACEHOLDERS) {
      if (Chars.equalsIgnoreCase(p, a, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** The length of {@code t} when it is 2 to 4 upper-case letters A-Z (a code such as NA), else 0. */
  static int upperLetters(String t) {
    int n = t.length();
    if (n < 2 || n > 4) {
      return 0;
    }
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c < 'A' || c > 'Z') {
        return 0;
      }
    }
    return n;
  }

  /** Longest capitalised word counted: names and category words, not sentences. */
  static final int MAX_WORD = 20;

  /**
   * Whether {@code t} is one capitalised word of ASCII letters ({@code Nan}, {@code None},
   * {@code Cloud}): how names and categories are written, and placeholders that are such words.
   */
  static boolean titleWord(String t) {
    int n = t.length();
    if (n < 2 || n > MAX_WORD || t.charAt(0) < 'A' || t.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = t.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** {@link #titleWord(String)} of {@code a[from..to)}. */
  static boolean titleWord(char[] a, int from, int to) {
    int n = to - from;
    if (n < 2 || n > MAX_WORD || a[from] < 'A' || a[from] > 'Z') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (a[i] < 'a' || a[i] > 'z') {
        return false;
      }
    }
    return true;
  }

  /** {@link #upperLetters(String)} of {@code a[from..to)}. */
  static int upperLetters(char[] a, int from, int to) {
    int n = to - from;
    if (n < 2 || n > 4) {
      return 0;
    }
    for (int i = from; i < to; i++) {
      if (a[i] < 'A' || a[i] > 'Z') {
        return 0;
      }
    }
    return n;
  }

  /** Trims ASCII white space and the no-break spaces that spreadsheets leave around values. */
  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }
}
