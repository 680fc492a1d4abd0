package dev.report.write;

/**
 * One input as listed on the Overview and the console.
 *
 * @param sheet the sheet holding its records, or empty when it was not read as a table
 * @param issuesAt where its first issue is on the Issues sheet ({@code 'Issues'!A7}), or empty
 */
public record TableRow(String file, String sheet, long rows, int columns, String encoding,
    String delimiter, long errors, long warnings, String issuesAt) {}
