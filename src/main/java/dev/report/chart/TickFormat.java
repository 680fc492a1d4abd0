package dev.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A value axis' tick labels: {@code format}'s, with a tick a rounding error away from 0 shown as
 * 0 (JFreeChart computes ticks by adding steps, so 0 may come out as -1e-25, shown {@code -0}).
 */
final class TickFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;

  private final NumberFormat format;
  /** Ticks nearer to 0 than this are 0: a billionth of the axis' extent. */
  private final double zero;

  TickFormat(NumberFormat format, double zero) {
    this.format = format;
    this.zero = zero;
  }

  /** The format of ticks away from 0. */
  NumberFormat inner() {
    return format;
  }

  @Override
  public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
    if (Math.abs(number) > zero) {
      return format.format(number, to, pos);
    }
    String z = format.format(0.0); // "0E0" in an exponent format: plain 0
    return to.append(z.endsWith("E0") ? z.substring(0, z.length() - 2) : z);
  }

  @Override
  public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
    return format((double) number, to, pos);
  }

  @Override
  public Number parse(String source, ParsePosition pos) {
    throw new UnsupportedOperationException("tick labels are only written");
  }
}
