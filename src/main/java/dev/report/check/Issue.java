package dev.report.check;

import java.util.Comparator;

/**
 * One problem found in the data, at the place a user can find it.
 *
 * @param file the file name, e.g. {@code partners.csv}
 * @param line the 1-based physical line where the record starts (the header is line 1), or 0 when
 *     the issue is about the whole file
 * @param column the 1-based column position, or 0 when the issue is about a whole record or file
 * @param columnName the column's name as in the report, or empty
 * @param value the value as written, or empty
 * @param problem one sentence that says what is wrong and what was expected
 * @param suggestion a likely fix, or empty
 */
public record Issue(Severity severity, String file, long line, int column, String columnName,
    String value, String problem, Rule rule, String suggestion) {

  /** File, then line, then column, then rule: the order of the Issues sheet. */
  public static final Comparator<Issue> ORDER = Comparator.comparing(Issue::file)
      .thenComparingLong(Issue::line)
      .thenComparingInt(Issue::column)
      .thenComparing(Issue::rule);

  public Issue {
    if (severity == null || file == null || rule == null || problem == null) {
      throw new IllegalArgumentException("severity, file, rule and problem are required");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based, or 0 for none");
    }
    columnName = columnName == null ? "" : columnName;
    value = value == null ? "" : value;
    suggestion = suggestion == null ? "" : suggestion;
  }

  /**
   * Like a compiler: {@code file:line:column: severity: problem}; for a worksheet's cell the
   * column is its header's name: {@code budget.xlsx [Capex]:7:high: error: ...}.
   */
  public String toConsoleLine() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0 && file.endsWith("]") && !columnName.isEmpty()) {
        // A worksheet's cell: by its header, as the user finds it in the workbook.
        b.append(':').append(columnName);
      } else if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ").append(severity.label()).append(": ").append(problem);
    if (!suggestion.isEmpty()) {
      b.append(" (").append(suggestion).append(')');
    }
    return b.toString();
  }
}
