package dev.report;

/** How a run ends; the numbers are the process exit codes and are part of the public contract. */
public enum ExitCode {
  /** The report was written and no data error was found (warnings allowed). */
  OK(0),
  /** The report was written and data errors were found. */
  DATA_ERRORS(1),
  /** Bad usage or configuration: nothing was written. */
  USAGE(2),
  /** An input could not be read or an output could not be written; earlier outputs are intact. */
  IO(3),
  /** A bug in this tool (never a data problem). */
  INTERNAL(70);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
