package dev.report.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A numeric cell as Excel shows it, in the notation the CSV reading rules read as the same kind
 * of value: dates in ISO form, percents with {@code %}, money with its symbol, numbers with
 * {@code .} as decimal mark, no grouping, and as many decimals as the format shows.
 */
final class ExcelValues {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private ExcelValues() {}

  /** The cell of number {@code v} shown with format {@code id}/{@code code}. */
  static SheetCell number(int column, double v, int id, String code, boolean date1904) {
    if (DateUtil.isADateFormat(id, code) && DateUtil.isValidExcelDate(v)) {
      String shown = unquoted(code).toLowerCase(Locale.ROOT);
      boolean hasDate = shown.contains("y") || shown.contains("d") || shown.contains("mmm")
          || !shown.contains("h") && !shown.contains("s");
      LocalDateTime t = DateUtil.getLocalDateTime(v, date1904, true);
      if (!hasDate && v < 1) {
        return new SheetCell(column, TIME.format(t.toLocalTime()),
            new Value.Time(t.toLocalTime(), TIME.format(t.toLocalTime())), SheetCell.Note.NONE, "");
      }
      if (t.toLocalTime().toSecondOfDay() == 0 && t.getNano() == 0) {
        String text = t.toLocalDate().toString();
        return new SheetCell(column, text, new Value.Date(t.toLocalDate(), text),
            SheetCell.Note.NONE, "");
      }
      String text = DATE_TIME.format(t);
      return new SheetCell(column, text, new Value.DateTime(t, text), SheetCell.Note.NONE, "");
    }
    String section = unquoted(firstSection(code));
    int decimals = decimals(section);
    boolean percent = section.indexOf('%') >= 0;
    String symbol = currency(firstSection(code));
    double shown = percent ? v * 100 : v;
    String digits = plain(shown, decimals);
    String text;
    if (symbol != null) {
      text = digits.startsWith("-") ? "-" + symbol + digits.substring(1) : symbol + digits;
    } else {
      text = percent ? digits + "%" : digits;
    }
    return new SheetCell(column, text, new Value.Decimal(v, text), SheetCell.Note.NONE, "");
  }

  /**
   * {@code v} without exponent: with {@code decimals} digits, or as few as it takes if -1. From
   * 1e15 on, in General, with an exponent (as Excel shows it): more than 15 digits in a row read
   * as an identifier, which a number cell is not.
   */
  static String plain(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v) || decimals < 0 && Math.abs(v) >= 1e15) {
      return Double.toString(v);
    }
    BigDecimal d = BigDecimal.valueOf(v);
    if (decimals >= 0) {
      d = d.setScale(decimals, RoundingMode.HALF_EVEN);
    } else {
      d = d.stripTrailingZeros();
      if (d.scale() < 0) {
        d = d.setScale(0);
      }
    }
    return d.toPlainString();
  }

  /** Digits shown after the decimal point, or -1 for General (as many as there are). */
  static int decimals(String section) {
    if (section.equalsIgnoreCase("General") || section.isEmpty()) {
      return -1;
    }
    int dot = section.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int n = 0;
    for (int i = dot + 1; i < section.length(); i++) {
      char c = section.charAt(i);
      if (c == '0' || c == '#' || c == '?') {
        n++;
      } else if (c != ',') {
        break;
      }
    }
    return n;
  }

  /** The money symbol a format shows ({@code $}, {@code €}, from {@code [$€-407]} too), or null. */
  static String currency(String section) {
    int bracket = section.indexOf("[$");
    if (bracket >= 0) {
      int end = section.indexOf(']', bracket);
      int dash = section.indexOf('-', bracket);
      String s = section.substring(bracket + 2, dash > bracket && dash < end ? dash : end);
      return s.isBlank() ? null : s;
    }
    for (String s : new String[] {"$", "€", "£", "¥"}) {
      if (section.contains(s)) {
        return s;
      }
    }
    return null;
  }

  private static String firstSection(String code) {
    int semi = code.indexOf(';');
    return semi < 0 ? code : code.substring(0, semi);
  }

  /** The format without its quoted text, escapes and bracketed parts (colours, locales). */
  private static String unquoted(String code) {
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        int end = code.indexOf(']', i);
        i = end < 0 ? code.length() : end;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
