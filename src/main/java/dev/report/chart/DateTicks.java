package dev.report.chart;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;

/**
 * The step of a date axis, chosen from the span of its data so that no two ticks share a label:
 * JFreeChart then picks the multiple (1, 2, 7 days...) that keeps the labels apart.
 */
enum DateTicks {
  DAYS, WEEKS, MONTHS, QUARTERS, YEARS;

  /** Longest spans, in days, stepped by days, weeks and months. */
  static final long MAX_DAYS = 14;
  static final long MAX_WEEKS = 92;
  static final long MAX_MONTHS = 731;
  /** Longest span, in whole years, stepped by quarters. */
  static final long MAX_QUARTER_YEARS = 6;

  static DateTicks of(LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last);
    if (days <= MAX_DAYS) {
      return DAYS;
    } else if (days <= MAX_WEEKS) {
      return WEEKS;
    } else if (days <= MAX_MONTHS) {
      return MONTHS;
    }
    return ChronoUnit.YEARS.between(first, last) <= MAX_QUARTER_YEARS ? QUARTERS : YEARS;
  }

  /** Sets {@code axis} to step by this unit, each tick labelled at its own resolution. */
  void apply(DateAxis axis) {
    axis.setDateFormatOverride(null);
    axis.setStandardTickUnits(units());
    axis.setAutoTickUnitSelection(true);
  }

  TickUnits units() {
    TickUnits units = new TickUnits();
    switch (this) {
      case DAYS -> add(units, DateTickUnitType.DAY, Charts.utcFormat("d MMM yyyy"), 1, 2, 3, 7);
      case WEEKS -> add(units, DateTickUnitType.DAY, Charts.utcFormat("d MMM yyyy"), 7, 14, 28);
      case MONTHS -> add(units, DateTickUnitType.MONTH, Charts.utcFormat("MMM yyyy"), 1, 2, 3, 6);
      case QUARTERS -> add(units, DateTickUnitType.MONTH, new QuarterFormat(), 3, 6, 12);
      case YEARS -> add(units, DateTickUnitType.YEAR, Charts.utcFormat("yyyy"),
          1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000);
    }
    return units;
  }

  private static void add(TickUnits units, DateTickUnitType type, DateFormat format,
      int... multiples) {
    for (int m : multiples) {
      units.add(new DateTickUnit(type, m, format));
    }
  }

  /** "Q2 2024": the quarter a date falls in, in UTC. */
  static final class QuarterFormat extends DateFormat {
    private static final long serialVersionUID = 1L;

    QuarterFormat() {
      calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      numberFormat = NumberFormat.getIntegerInstance(Locale.ROOT);
    }

    @Override
    public StringBuffer format(Date date, StringBuffer to, FieldPosition pos) {
      calendar.setTime(date);
      return to.append('Q').append(calendar.get(Calendar.MONTH) / 3 + 1).append(' ')
          .append(calendar.get(Calendar.YEAR));
    }

    @Override
    public Date parse(String source, ParsePosition pos) {
      throw new UnsupportedOperationException("tick labels are only written");
    }
  }
}
