package dev.report;

import dev.report.check.Issue;
import dev.report.write.TableRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run wrote and found.
 *
 * @param tables one row per input, in order
 * @param firstIssues per file, the first issues (for the console; the outputs hold them all)
 * @param written the output files, report.xlsx first
 * @param changes lines for the console about the comparison with the earlier report: what changed
 *     since, or why there was no comparison; empty on a first run
 */
public record ReportResult(List<TableRow> tables, long errors, long warnings,
    Map<String, List<Issue>> firstIssues, List<Path> written, Duration elapsed, FailOn failOn,
    List<String> changes) {

  public ExitCode exitCode() {
    boolean fail = switch (failOn) {
      case ERROR -> errors > 0;
      case WARNING -> errors + warnings > 0;
      case NEVER -> false;
    };
    return fail ? ExitCode.DATA_ERRORS : ExitCode.OK;
  }
}
