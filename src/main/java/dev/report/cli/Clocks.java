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
  /** The last instant the workbook's properties (W3CDTF, four-digit years) can say. */
  static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");

  static Clock fromOptions(String generatedAt, String sourceDateEpoch) {
    if (generatedAt != null) {
      Instant at;
      try {
        at = OffsetDateTime.parse(generatedAt.strip()).toInstant();
      } catch (DateTimeParseException e) {
        throw new ReportException(ExitCode.USAGE, "--generated-at '" + generatedAt
            + "' is not an ISO 8601 time with an offset: write it like 2026-01-31T12:00:00Z");
      }
      if (at.isAfter(LAST)) {
        throw new ReportException(ExitCode.USAGE, "--generated-at '" + generatedAt
            + "' is " + at + " in UTC, past the year 9999 that a workbook can say: give a time "
            + "up to 9999-12-31T23:59:59Z");
      }
      return Clock.fixed(at, ZoneOffset.UTC);
    }
    if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
      Instant at;
      try {
        at = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        throw new ReportException(ExitCode.USAGE, "SOURCE_DATE_EPOCH '" + sourceDateEpoch
            + "' is not a number of seconds since 1970-01-01: unset it or fix it");
      }
      if (at.isAfter(LAST)) {
        throw new ReportException(ExitCode.USAGE, "SOURCE_DATE_EPOCH '" + sourceDateEpoch
            + "' is " + at + ", past the year 9999 that a workbook can say: give at most "
            + "253402300799");
      }
      return Clock.fixed(at, ZoneOffset.UTC);
    }
    return Clock.systemUTC();
  }
}
