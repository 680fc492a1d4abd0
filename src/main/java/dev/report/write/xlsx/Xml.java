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

  /**
   * Appends {@code s} as an ST_Xstring: the text of a {@code <t>} element (a cell's, a shared
   * string's, a comment's), a sheet's, table's or table column's name, a comment's author, a
   * link's location, a footer. Escaped as {@link #escape} does, and with the '_' of each
   * {@code _xHHHH_} in it written {@code _x005F_}, since Excel (and POI, LibreOffice) read
   * {@code _xHHHH_} in such a text as the character U+HHHH.
   */
  static StringBuilder text(StringBuilder b, String s) {
    int from = 0;
    for (int i = s.indexOf("_x"); i >= 0; i = s.indexOf("_x", i + 1)) {
      if (i + 7 <= s.length() && s.charAt(i + 6) == '_' && hex(s, i + 2, i + 6)) {
        escape(b, s.substring(from, i)).append("_x005F");
        from = i;
      }
    }
    return escape(b, from == 0 ? s : s.substring(from));
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("0123456789ABCDEFabcdef".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a {@code <t>} element with this text needs {@code xml:space="preserve"}. */
  static boolean preserve(String s) {
    return !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(s.length() - 1)) || s.indexOf('\n') >= 0);
  }
}
