package dev.report.check;

/** How bad an issue is; errors make the run end with exit code 1. */
public enum Severity {
  ERROR("error"), WARNING("warning"),
  /** Said for the record (a workbook's sheet passed over); counted neither as error nor warning. */
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** As shown in the report: {@code error}, {@code warning} or {@code info}. */
  public String label() {
    return label;
  }
}
