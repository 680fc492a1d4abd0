package dev.report.cli;

import picocli.CommandLine;

/** {@code java -jar report.jar}: see {@link ReportCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(ReportCommand.commandLine().execute(args));
  }
}
