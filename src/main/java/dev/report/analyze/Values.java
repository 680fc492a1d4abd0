package dev.report.analyze;

import dev.report.read.Value;
import java.time.LocalDate;

/** Reading typed values for aggregation: what is not of the asked type counts as missing. */
final class Values {
  private Values() {}

  static LocalDate date(Value v) {
    if (v instanceof Value.Date d) {
      return d.date();
    }
    if (v instanceof Value.DateTime dt) {
      return dt.dateTime().toLocalDate();
    }
    return null;
  }

  /** The number, or NaN. */
  static double number(Value v) {
    return v instanceof Value.Decimal d ? d.value() : Double.NaN;
  }

  /** The low end of a range, or the number itself, or NaN. */
  static double low(Value v) {
    return v instanceof Value.Range r ? r.low() : number(v);
  }

  /** The high end of a range, or the number itself, or NaN. */
  static double high(Value v) {
    return v instanceof Value.Range r ? r.high() : number(v);
  }

  /** The trimmed text of a non-empty value, or "" for an empty one. */
  static String label(Value v) {
    return v instanceof Value.Empty ? "" : v.text().strip();
  }
}
