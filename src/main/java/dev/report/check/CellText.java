package dev.report.check;

/**
 * What Excel can hold in a text cell: at most 32,767 characters and no control characters other
 * than tab and line breaks (XML cannot hold them: they would be written as '?'). The checker
 * reports values that break these limits; the writer writes {@link #clean} of every text (and
 * the xlsx writer protects a literal {@code _xHHHH_}, which spreadsheets would read as an escaped
 * character).
 */
public final class CellText {
  /** Excel's limit on characters in one cell. */
  public static final int MAX_LENGTH = 32_767;
  static final String CUT_MARK = " [cut: the value was longer than Excel allows]";

  private CellText() {}

  public static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFE'
        || c == '\uFFFF';
  }

  /** The text without control characters, cut to Excel's limit with a visible mark. */
  public static String clean(String s) {
    String t = s;
    if (hasControl(t)) {
      StringBuilder b = new StringBuilder(t.length());
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (!isControl(c)) {
          b.append(c);
        }
      }
      t = b.toString();
    }
    if (t.length() > MAX_LENGTH) {
      int end = MAX_LENGTH - CUT_MARK.length();
      if (Character.isHighSurrogate(t.charAt(end - 1))) {
        end--;
      }
      t = t.substring(0, end) + CUT_MARK;
    }
    return t;
  }
}
