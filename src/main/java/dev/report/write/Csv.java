package dev.report.write;

/** RFC 4180 quoting for the CSV files the report writes. */
final class Csv {
  private Csv() {}

  /**
   * The field made inert for spreadsheets that open CSV files: text starting with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return would run as a formula there, so
   * it gets a leading apostrophe (shown as text, as in Excel's own "'=1+1").
   */
  static String inert(String field) {
    if (field.isEmpty()) {
      return field;
    }
    char c = field.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + field : field;
  }

  /** The field, quoted when it holds a comma, a quote or a line break. */
  static String quote(String field) {
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
