package dev.report;

/** Which issues make the run end with exit code 1 (the report is written either way). */
public enum FailOn {
  /** Errors only (the default). */
  ERROR,
  /** Errors and warnings. */
  WARNING,
  /** Nothing: exit 0 whenever the report is written. */
  NEVER
}
