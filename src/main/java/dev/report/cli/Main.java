package dev.report.cli;

import picocli.CommandLine;

/** {@code java -jar report.jar}: see {@link ReportCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Apache POI's first workbook costs about a second of one core: it starts now, beside the
    // command line's parsing and the reading of the inputs.
    dev.report.write.xlsx.WarmUp.start();
    int code;
    try {
      code = ReportCommand.commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // Not an Exception, so past ReportCommand's handler: a message, not a stack trace. The
      // outputs were written to temporary files, so the previous report is as it was.
      System.err.println(ReportCommand.outOfMemory());
      code = dev.report.ExitCode.INTERNAL.code();
    }
    System.exit(code);
  }
}
