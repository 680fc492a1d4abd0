package dev.report.read;


/** true/false, yes/no, oui/non, in any case. */
final class Booleans {
  private static final String[] TRUE = {"true", "yes", "oui"};
  private static final String[] FALSE = {"false", "no", "non"};

  private Booleans() {}

  static Boolean parse(String trimmed) {
    if (trimmed.length() > 5 || trimmed.length() < 2) {
      return null;
    }
    char c = Character.toLowerCase(trimmed.charAt(0));
    if (c != 't' && c != 'f' && c != 'y' && c != 'n' && c != 'o') {
      return null;
    }
    for (String t : TRUE) {
      if (t.equalsIgnoreCase(trimmed)) {
        return Boolean.TRUE;
      }
    }
    for (String f : FALSE) {
      if (f.equalsIgnoreCase(trimmed)) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /** The same as {@link #parse(String)} of the text {@code a[from..to)}, already trimmed. */
  static Boolean parse(char[] a, int from, int to) {
    int n = to - from;
    if (n > 5 || n < 2) {
      return null;
    }
    char c = Character.toLowerCase(a[from]);
    if (c != 't' && c != 'f' && c != 'y' && c != 'n' && c != 'o') {
      return null;
    }
    for (String t : TRUE) {
      if (Chars.equalsIgnoreCase(t, a, from, to)) {
        return Boolean.TRUE;
      }
    }
    for (String f : FALSE) {
      if (Chars.equalsIgnoreCase(f, a, from, to)) {
        return Boolean.FALSE;
      }
    }
    return null;
  }
}
