package dev.report.cli;

import dev.report.ExitCode;
import dev.report.ReportException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The clock of a run: fixed by {@code --generated-at} or SOURCE_DATE_EPOCH, else the system's. */
final class Clocks {
  private Clocks() {}

  /**
   * @param generatedAt ISO 8601 with an offset ({@code 2026-01-31T12:00:00Z}), or null
   * @param sourceDateEpoch seconds since 1970-01-01 UTC (the reproducible-builds convention), or null
   */
  static Clock fromOptions(String generatedAt, String sourceDateEpoch) {
    if (generatedAt != null) {
      try {
        return Clock.fixed(OffsetDateTime.parse(generatedAt.strip()).toInstant(), ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new ReportException(ExitCode.USAGE, "--generated-at '" + generatedAt
            + "' is not an ISO 8601 time with an offset: write it like 2026-01-31T12:00:00Z");
      }
    }
    if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
      try {
        return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())),
            ZoneOffset.UTC);
      } catch (NumberFormatException | java.time.DateTimeException e) {
        throw new ReportException(ExitCode.USAGE, "SOURCE_DATE_EPOCH '" + sourceDateEpoch
            + "' is not a number of seconds since 1970-01-01: unset it or fix it");
      }
    }
    return Clock.systemUTC();
  }
}
