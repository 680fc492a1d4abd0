package dev.report.analyze;

import dev.report.read.DateText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Dates as Excel stores them: serial days in the 1900 date system, the time of day a fraction.
 * 1900-01-01 is 1; from 1900-03-01 on, one more, because Excel counts a 29 February 1900 that
 * never was (kept for Lotus 1-2-3). 1899-12-31 is 0 (Excel's "0 January 1900", where times of day
 * live); earlier dates have no serial: -1, as Apache POI gives. Neither shows as the date it is:
 * such a date is written as text (see {@link #fits}).
 */
public final class ExcelDate {
  private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 31);
  private static final double MILLIS_PER_DAY = 86_400_000.0;

  private ExcelDate() {}

  public static double serial(LocalDateTime t) {
    long days = ChronoUnit.DAYS.between(DAY_ZERO, t.toLocalDate());
    if (days < 0) {
      return -1;
    }
    // Milliseconds, as Excel keeps them.
    double fraction = (t.toLocalTime().toNanoOfDay() / 1_000_000) / MILLIS_PER_DAY;
    double value = days + fraction;
    return value >= 60 ? value + 1 : value;
  }

  /** A time of day as the fraction of a day Excel keeps (to the millisecond). */
  public static double serial(java.time.LocalTime t) {
    return (t.toNanoOfDay() / 1_000_000) / MILLIS_PER_DAY;
  }

  public static double serial(LocalDate d) {
    return serial(d.atStartOfDay());
  }

  /** Whether a date cell can show {@code t} as the date it is (see {@link DateText#excelCanShow}). */
  public static boolean fits(LocalDateTime t) {
    return DateText.excelCanShow(t.toLocalDate());
  }
}
