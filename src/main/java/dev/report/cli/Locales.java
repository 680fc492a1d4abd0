package dev.report.cli;

import dev.report.ExitCode;
import dev.report.ReportException;
import dev.report.read.DateOrder;
import dev.report.read.ReadOptions;
import java.text.DecimalFormatSymbols;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Turns {@code --locale} into what the reader assumes where the data cannot tell. */
final class Locales {
  private Locales() {}

  static ReadOptions readOptions(String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      throw new ReportException(ExitCode.USAGE,
          "--locale '" + tag + "' is not a language tag: use one such as en-US, fr-FR or de-DE");
    }
    if (locale.getLanguage().isEmpty()) {
      throw new ReportException(ExitCode.USAGE,
          "--locale '" + tag + "' names no language: use one such as en-US, fr-FR or de-DE");
    }
    char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
        FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
    DateOrder order = pattern.indexOf('M') < pattern.indexOf('d')
        ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    return new ReadOptions(decimal == ',' ? ',' : '.', order);
  }
}
