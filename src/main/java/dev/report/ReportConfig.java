package dev.report;

import dev.report.read.ReadOptions;
import java.nio.file.Path;
import java.time.Clock;
import dev.report.compare.CompareWith;
import java.util.List;

/**
 * Everything a run needs, validated once.
 *
 * @param inputs CSV files and folders (a folder means every {@code *.csv} in it)
 * @param outputDir where report.xlsx, issues.csv and charts/ are written
 * @param read what the reader assumes where the data cannot tell
 * @param failOn which issues give exit code 1
 * @param clock the time shown as the generation time
 * @param commandLine how the run was asked for, shown on the About sheet
 * @param progress told where the run is, for a progress line
 */
public record ReportConfig(List<Path> inputs, Path outputDir, ReadOptions read, FailOn failOn,
    Clock clock, String commandLine, Progress progress, CompareWith compare) {

  /** Compared with the report it replaces, if any. */
  public ReportConfig(List<Path> inputs, Path outputDir, ReadOptions read, FailOn failOn,
      Clock clock, String commandLine, Progress progress) {
    this(inputs, outputDir, read, failOn, clock, commandLine, progress, CompareWith.REPLACED);
  }

  /** Without a progress line. */
  public ReportConfig(List<Path> inputs, Path outputDir, ReadOptions read, FailOn failOn,
      Clock clock, String commandLine) {
    this(inputs, outputDir, read, failOn, clock, commandLine, Progress.NONE);
  }

  public ReportConfig {
    if (inputs == null || inputs.isEmpty()) {
      throw new ReportException(ExitCode.USAGE, "no input given: name a folder or CSV files");
    }
    if (outputDir == null) {
      throw new ReportException(ExitCode.USAGE, "no output folder given");
    }
    inputs = List.copyOf(inputs);
    read = read == null ? ReadOptions.DEFAULT : read;
    failOn = failOn == null ? FailOn.ERROR : failOn;
    clock = clock == null ? Clock.systemUTC() : clock;
    commandLine = commandLine == null ? "Report.run (library call)" : commandLine;
    progress = progress == null ? Progress.NONE : progress;
    compare = compare == null ? CompareWith.REPLACED : compare;
  }

  /** Defaults: en-US assumptions, fail on errors, the system clock. */
  public static ReportConfig of(List<Path> inputs, Path outputDir) {
    return new ReportConfig(inputs, outputDir, null, null, null, null);
  }
}
