package dev.report.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels in the data's own style, short: {@code $60B}, {@code 1.5M}, {@code 12K}, {@code 850}.
 * Used when the values are large enough for the grouped digits to crowd the axis.
 */
final class CompactFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;
  private static final String[] SUFFIX = {"", "K", "M", "B", "T"};

  private final String prefix;
  private final DecimalFormat digits =
      new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));

  /** {@code prefix} is a currency symbol, or "" for none. */
  CompactFormat(String prefix) {
    this.prefix = prefix;
  }

  /** The currency symbol, or "". */
  String prefix() {
    return prefix;
  }

  @Override
  public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
    double abs = Math.abs(number);
    int k = 0;
    while (abs >= 1000 && k < SUFFIX.length - 1) {
      abs /= 1000;
      k++;
    }
    if (number < 0) {
      to.append('-');
    }
    return to.append(prefix).append(digits.format(abs)).append(SUFFIX[k]);
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
