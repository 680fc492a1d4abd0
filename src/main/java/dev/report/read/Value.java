package dev.report.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A typed cell value. Every value that came from text keeps that text for the report. */
public sealed interface Value {

  /** The empty cell: nothing was written, or a placeholder such as {@code n/a}. */
  record Empty(String text) implements Value {
    /** The empty cell with nothing written: one instance for all (wide tables have millions). */
    public static final Empty NONE = new Empty("");
  }

  record Text(String text) implements Value {}

  /** A number; percents are fractions (12.5 % is 0.125) and magnitudes are applied (60B is 6.0E10). */
  record Decimal(double value, String text) implements Value {}

  record Date(LocalDate date, String text) implements Value {}

  record DateTime(LocalDateTime dateTime, String text) implements Value {}

  /** A time of day without a date, such as {@code 10:30}. */
  record Time(LocalTime time, String text) implements Value {}

  record Bool(boolean value, String text) implements Value {}

  /** A range such as {@code 60-80}: its two ends as numbers (percents and magnitudes applied). */
  record Range(double low, double high, String text) implements Value {}

  /** A value that does not fit its column's type: kept as written, and reported. */
  record Invalid(String text) implements Value {}

  /** The text as written in the file. */
  String text();
}
