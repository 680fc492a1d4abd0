package dev.report.check;

/** The rule an issue breaks; codes follow Frictionless' error names where one fits. */
public enum Rule {
  BLANK_LABEL("blank-label"),
  DUPLICATE_LABEL("duplicate-label"),
  INCORRECT_LABEL("incorrect-label"),
  EXTRA_LABEL("extra-label"),
  MISSING_LABEL("missing-label"),
  MISSING_CELL("missing-cell"),
  EXTRA_CELL("extra-cell"),
  BLANK_ROW("blank-row"),
  TYPE_ERROR("type-error"),
  /** A date an Excel date cell cannot show (before 1900, after 9999): kept as text. */
  DATE_OUT_OF_RANGE("date-out-of-range"),
  ENCODING_ERROR("encoding-error"),
  FORMAT_ERROR("format-error"),
  EMPTY_TABLE("empty-table"),
  TOO_MANY_COLUMNS("too-many-columns"),
  /** A header whose labels read as values of their columns: likely a first record. */
  HEADER_LIKE_DATA("header-like-data"),
  TEXT_TOO_LONG("text-too-long"),
  CONTROL_CHARACTER("control-character"),
  MIXED_FORMATS("mixed-formats"),
  AMBIGUOUS_VALUE("ambiguous-value"),
  DUPLICATE_ROW("duplicate-row"),
  DUPLICATE_VALUE("duplicate-value"),
  NEAR_DUPLICATE("near-duplicate"),
  SPACES("surrounding-spaces"),
  CONSTRAINT_ERROR("constraint-error"),
  UNIQUE_ERROR("unique-error"),
  PRIMARY_KEY("primary-key"),
  FOREIGN_KEY("foreign-key"),
  /** Something a Data Package asks that this tool does not check, said once. */
  NOT_CHECKED("not-checked"),
  /** A chart the data asked for that cannot be drawn (sums past the largest double). */
  CHART_NOT_DRAWN("chart-not-drawn"),
  /** A workbook's sheet that is not a table: hidden, a chart, or empty. */
  SHEET_SKIPPED("sheet-skipped"),
  /** A workbook found in a folder in a form not read (a legacy .xls, an encrypted one). */
  FILE_NOT_READ("file-not-read"),
  /** A worksheet cell holding an error value such as {@code #N/A}: a missing value. */
  CELL_ERROR("cell-error"),
  /** A worksheet formula saved without its value: a missing value. */
  NO_CACHED_VALUE("no-cached-value"),
  /** A worksheet text cell read as a number, in a column of numbers. */
  NUMBER_AS_TEXT("number-as-text"),
  /** A table report.yaml leaves out ({@code skip: true}): not read. */
  TABLE_SKIPPED("table-skipped"),
  /** A worksheet's one-column merged ranges whose cells were filled from their top cell. */
  MERGED_CELLS_FILLED("merged-cells-filled");

  private final String code;

  Rule(String code) {
    this.code = code;
  }

  /** The code shown in the report, e.g. {@code missing-cell}. */
  public String code() {
    return code;
  }
}
