package dev.report.write;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the report was made, for the About sheet.
 *
 * @param commandLine the command as the user typed it, or how the library was called
 * @param generated the generation time: shown, and the workbook's creation date
 * @param assumptions what the reader assumed where the data could not tell
 */
public record RunInfo(String tool, String commandLine, Instant generated, String assumptions,
    String timeZone, String java) {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The generation time as shown, e.g. {@code 2026-11-26 18:50 UTC}. */
  public String generatedAt() {
    return STAMP.format(generated);
  }
}
