package dev.report.write;

/** RFC 4180 quoting for the CSV files the report writes. */
final class Csv {
  private Csv() {}

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
