package dev.report.write;

import dev.report.check.Issue;
import java.util.List;

/**
 * Errors and warnings of one file, with the first issues for the console.
 *
 * @param first the file's first 20 issues, then its further errors until 20 errors are listed
 *     (the console prints the first 20, or with {@code --quiet} the first 20 errors)
 * @param firstAt where the file's first issue is on the Issues sheet, or empty
 */
public record IssueCounts(long errors, long warnings, List<Issue> first, String firstAt) {
  /** Issues per file printed on the console. */
  public static final int CONSOLE_PER_FILE = 20;
}
