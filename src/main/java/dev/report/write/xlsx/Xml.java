package dev.report.write.xlsx;

/** Text and attribute escaping for the package's XML. */
final class Xml {
  private Xml() {}

  /**
   * Appends {@code s} as XML character data or an attribute value: markup characters and line
   * breaks escaped (a literal CR would be read back as LF); control characters, U+FFFE and U+FFFF,
   * which XML 1.0 cannot hold, become '?' (as POI writes them).
   */
  static StringBuilder escape(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("&#xa;");
        case '\r' -> b.append("&#xd;");
        case '\t' -> b.append("&#x9;");
        default -> b.append(ch < ' ' || ch == '\uFFFE' || ch == '\uFFFF' ? '?' : ch);
      }
    }
    return b;
  }

  static String escape(String s) {
    return escape(new StringBuilder(s.length() + 16), s).toString();
  }

  /** Whether a {@code <t>} element with this text needs {@code xml:space="preserve"}. */
  static boolean preserve(String s) {
    return !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(s.length() - 1)) || s.indexOf('\n') >= 0);
  }
}
