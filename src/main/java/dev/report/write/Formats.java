package dev.report.write;

/** Excel number formats derived from a column's. */
final class Formats {
  /**
   * Decimals that figures derived from a column (its mean, its median) show beyond the column's
   * own: a mean of 1 and 2 is 1.50, the median of 2024 and 2025 is 2024.50.
   */
  static final int DERIVED_DECIMALS = 2;

  private Formats() {}

  /**
   * {@code format} with {@code n} more decimals in each of its number sections: after the last
   * {@code 0} of its decimals, or as a new decimal part after its last digit placeholder (before
   * an exponent). A format with no digit placeholder (General, text, dates) is returned as is.
   */
  static String moreDecimals(String format, int n) {
    StringBuilder out = new StringBuilder(format.length() + 8);
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\\') {
        i++;
      } else if (!quoted && c == ';') {
        out.append(section(format.substring(start, i), n)).append(';');
        start = i + 1;
      }
    }
    return out.append(section(format.substring(start), n)).toString();
  }

  private static String section(String s, int n) {
    int point = -1;
    int lastZeroAfterPoint = -1;
    int lastPlaceholder = -1;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++; // the next character is a literal, a space's width or a fill
      } else if (c == '[') {
        int end = s.indexOf(']', i);
        i = end < 0 ? s.length() : end;
      } else if (c == '@') {
        return s; // the text section
      } else if ((c == 'E' || c == 'e') && i + 1 < s.length()
          && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')) {
        break; // the exponent's digits are not decimals
      } else if (c == '.' && point < 0) {
        point = i;
      } else if (c == '0' || c == '#' || c == '?') {
        lastPlaceholder = i;
        if (point >= 0 && c == '0') {
          lastZeroAfterPoint = i;
        }
      }
    }
    if (lastPlaceholder < 0) {
      return s;
    }
    String zeros = "0".repeat(n);
    if (point >= 0) {
      int at = Math.max(point, lastZeroAfterPoint) + 1;
      return s.substring(0, at) + zeros + s.substring(at);
    }
    return s.substring(0, lastPlaceholder + 1) + "." + zeros + s.substring(lastPlaceholder + 1);
  }
}
