package dev.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console form of an issue, its required parts, and the order of the Issues sheet. */
class IssueTest {
  @Test
  void consoleLineIsFileLineColumnSeverityProblemAndSuggestion() {
    Issue i = new Issue(Severity.ERROR, "partners.csv", 3, 2, "b", "",
        "the record has 1 of the header's 2 cells; \"b\" is missing", Rule.MISSING_CELL,
        "add the missing delimiters or values");
    assertThat(i.toConsoleLine()).isEqualTo("partners.csv:3:2: error: the record has 1 of the"
        + " header's 2 cells; \"b\" is missing (add the missing delimiters or values)");
  }

  @Test
  void consoleLineLeavesOutAnEmptySuggestion() {
    Issue i = new Issue(Severity.WARNING, "n.csv", 11, 1, "n", "12x",
        "expected a whole number like the other values of \"n\" (10 values); kept as text",
        Rule.TYPE_ERROR, "");
    assertThat(i.toConsoleLine()).isEqualTo("n.csv:11:1: warning: expected a whole number like"
        + " the other values of \"n\" (10 values); kept as text");
  }

  @Test
  void consoleLineOfAWholeRecordHasNoColumn() {
    Issue i = new Issue(Severity.WARNING, "a.csv", 4, 0, "", "",
        "the record is blank: every cell is empty", Rule.BLANK_ROW, "remove the line");
    assertThat(i.toConsoleLine())
        .isEqualTo("a.csv:4: warning: the record is blank: every cell is empty (remove the line)");
  }

  @Test
  void consoleLineOfAWholeFileHasNeitherLineNorColumn() {
    Issue binary = new Issue(Severity.ERROR, "image.csv", 0, 0, "", "",
        "the file is not text (it holds binary bytes); it was not read as a table",
        Rule.ENCODING_ERROR, "export it again as CSV");
    assertThat(binary.toConsoleLine()).isEqualTo("image.csv: error: the file is not text (it"
        + " holds binary bytes); it was not read as a table (export it again as CSV)");
    Issue empty = new Issue(Severity.WARNING, "empty.csv", 0, 0, "", "",
        "the file is empty: no header and no records", Rule.EMPTY_TABLE, "");
    assertThat(empty.toConsoleLine())
        .isEqualTo("empty.csv: warning: the file is empty: no header and no records");
    // A column without a line says nothing a reader could find: it is left out too.
    Issue odd = new Issue(Severity.WARNING, "x.csv", 0, 5, "", "", "p", Rule.TYPE_ERROR, "");
    assertThat(odd.toConsoleLine()).isEqualTo("x.csv: warning: p");
  }

  @Test
  void missingOptionalPartsBecomeEmptyAndRequiredOnesAreChecked() {
    Issue i = new Issue(Severity.WARNING, "a.csv", 1, 1, null, null, "p", Rule.BLANK_LABEL, null);
    assertThat(i.columnName()).isEmpty();
    assertThat(i.value()).isEmpty();
    assertThat(i.suggestion()).isEmpty();
    assertThatThrownBy(() -> new Issue(null, "a.csv", 1, 1, "", "", "p", Rule.BLANK_LABEL, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Issue(Severity.ERROR, null, 1, 1, "", "", "p", Rule.BLANK_LABEL,
        "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Issue(Severity.ERROR, "a.csv", 1, 1, "", "", null,
        Rule.BLANK_LABEL, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Issue(Severity.ERROR, "a.csv", 1, 1, "", "", "p", null, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Issue(Severity.ERROR, "a.csv", -1, 0, "", "", "p",
        Rule.BLANK_ROW, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Issue(Severity.ERROR, "a.csv", 1, -1, "", "", "p",
        Rule.BLANK_ROW, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void orderIsFileThenLineThenColumnThenRule() {
    Issue a = issue("a.csv", 9, 9, Rule.TYPE_ERROR);
    Issue b0 = issue("b.csv", 0, 0, Rule.ENCODING_ERROR);
    Issue b1 = issue("b.csv", 1, 0, Rule.EMPTY_TABLE);
    Issue b1c2 = issue("b.csv", 1, 2, Rule.BLANK_LABEL);
    Issue b10 = issue("b.csv", 10, 1, Rule.CONTROL_CHARACTER);
    Issue b10c3extra = issue("b.csv", 10, 3, Rule.EXTRA_CELL);
    Issue b10c3type = issue("b.csv", 10, 3, Rule.TYPE_ERROR);
    List<Issue> shuffled =
        new ArrayList<>(List.of(b10c3type, b10, a, b1c2, b10c3extra, b0, b1));
    shuffled.sort(Issue.ORDER);
    assertThat(shuffled).containsExactly(a, b0, b1, b1c2, b10, b10c3extra, b10c3type);
  }

  @Test
  void severityAndRuleCodesAreAsShownInTheReport() {
    assertThat(Severity.ERROR.label()).isEqualTo("error");
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
    assertThat(Severity.INFO.label()).isEqualTo("info");
    assertThat(Rule.values()).extracting(Rule::code).containsExactly("blank-label",
        "duplicate-label", "incorrect-label", "extra-label", "missing-label", "missing-cell",
        "extra-cell", "blank-row", "type-error", "date-out-of-range", "encoding-error",
        "format-error", "empty-table", "too-many-columns", "header-like-data", "text-too-long", "control-character",
        "mixed-formats", "ambiguous-value", "duplicate-row", "duplicate-value", "near-duplicate",
        "surrounding-spaces", "constraint-error", "unique-error", "primary-key", "foreign-key",
        "not-checked", "chart-not-drawn", "sheet-skipped", "file-not-read", "cell-error",
        "no-cached-value",
        "number-as-text", "table-skipped", "merged-cells-filled");
  }

  private static Issue issue(String file, long line, int column, Rule rule) {
    return new Issue(Severity.WARNING, file, line, column, "", "", "p", rule, "");
  }
}
