package dev.report.cli;

import picocli.CommandLine;

/** {@code java -jar report.jar}: see {@link ReportCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Apache POI's first workbook costs about a second of one core: it starts now, beside the
    // command line's parsing and the reading of the inputs.
    dev.report.write.xlsx.WarmUp.start();
    System.exit(ReportCommand.commandLine().execute(args));
  }
}
