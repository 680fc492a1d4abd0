package dev.report.write.xlsx;

/**
 * Texts as the workbook must hold them to read back as given. Excel, LibreOffice and POI read
 * {@code _xHHHH_} in a cell's, a shared string's or a comment's text, a sheet's, table's or
 * column's name, an author, a link's location or a footer (an ST_Xstring) as the character U+HHHH;
 * POI writes such texts as they are. So the '_' of a literal {@code _xHHHH_} is written
 * {@code _x005F_}, which reads back as '_'.
 */
final class Texts {
  private Texts() {}

  /** {@code s} with each literal {@code _xHHHH_} protected; {@code s} itself when it has none. */
  static String protect(String s) {
    int i = s.indexOf("_x");
    if (i < 0) {
      return s;
    }
    StringBuilder b = null;
    int from = 0;
    for (; i >= 0; i = s.indexOf("_x", i + 1)) {
      if (i + 7 <= s.length() && s.charAt(i + 6) == '_' && hex(s, i + 2, i + 6)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 12);
        }
        b.append(s, from, i).append("_x005F");
        from = i;
      }
    }
    return b == null ? s : b.append(s, from, s.length()).toString();
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("0123456789ABCDEFabcdef".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cell's text as written: protected, and within a cell's limit. The caller cut the text as
   * given to it; protection can only lengthen one that holds a literal {@code _xHHHH_}, and then
   * the end goes (never half of a surrogate pair).
   */
  static String forCell(String s) {
    String p = protect(s);
    if (p.length() <= Workbook.MAX_CELL_TEXT) {
      return p;
    }
    int end = Workbook.MAX_CELL_TEXT;
    return p.substring(0, Character.isHighSurrogate(p.charAt(end - 1)) ? end - 1 : end);
  }
}
