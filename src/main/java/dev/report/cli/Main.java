package dev.report.cli;

import picocli.CommandLine;

/** {@code java -jar report.jar}: see {@link ReportCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Apache POI's first workbook costs about a second of one core: it starts now, beside the
    // command line's parsing and the reading of the inputs.
    // Out of memory on another thread (the warm-up, a chart being drawn) is no stack trace: the
    // run itself then fails, and says so below or in ReportCommand's handler.
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      if (!ReportCommand.outOfMemory(e)) {
        System.err.println("report: internal error on thread " + t.getName()
            + " (a bug in report, please report it): " + e);
      }
    });
    dev.report.write.xlsx.WarmUp.start();
    int code;
    try {
      code = ReportCommand.commandLine().execute(args);
    } catch (Error e) {
      // Not an Exception, so past ReportCommand's handler: one line, not a stack trace. The
      // outputs were written to temporary files, so the previous report is as it was.
      System.err.println(ReportCommand.outOfMemory(e) || dev.report.write.xlsx.WarmUp.ranOutOfMemory()
          ? ReportCommand.outOfMemory()
          : "report: internal error (a bug in report, please report it): " + e);
      code = dev.report.ExitCode.INTERNAL.code();
    }
    System.exit(code);
  }
}
