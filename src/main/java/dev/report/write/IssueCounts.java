package dev.report.write;

import dev.report.check.Issue;
import java.util.List;

/**
 * Errors and warnings of one file, with the first issues for the console.
 *
 * @param firstAt where the file's first issue is on the Issues sheet, or empty
 */
public record IssueCounts(long errors, long warnings, List<Issue> first, String firstAt) {}
