package dev.report.check;

/** How bad an issue is; errors make the run end with exit code 1. */
public enum Severity {
  ERROR("error"), WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** As shown in the report: {@code error} or {@code warning}. */
  public String label() {
    return label;
  }
}
