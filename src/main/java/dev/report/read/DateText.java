package dev.report.read;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and date-times as people write them: ISO ({@code 2024-04-24}, also unpadded),
 * numeric day-first or month-first ({@code 24/04/2024}, {@code 4/24/2024 10:30}; the order is
 * chosen per column), and month names in English and French ({@code Apr 24, 2024},
 * {@code 24 avril 2024}). A date-time with a zone offset ({@code Z}, {@code +02:00}) is read in UTC.
 */
public final class DateText {
  /** The written form of a date, for per-column statistics. */
  enum Form { ISO, NUMERIC, NAMED }

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern NUMERIC = Pattern.compile(
      "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:er|st|nd|rd|th)?[ -]([\\p{L}]{3,10})\\.?[ -](\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([\\p{L}]{3,10})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([\\p{L}]{3,10})\\.? (\\d{4})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Map<String, Integer> MONTHS = months();
  /** The first and last days an Excel date cell can show (1900 date system). */
  private static final LocalDate EXCEL_FIRST = LocalDate.of(1900, 1, 1);
  private static final LocalDate EXCEL_LAST = LocalDate.of(9999, 12, 31);

  private DateText() {}

  /**
   * True when a value could be a date at all; cheap, to skip the patterns for most text. Each
   * pattern but {@code MONTH_DAY_YEAR} starts with a digit 0-9, and that one ends with four: a
   * value with neither matches none.
   */
  private static boolean plausible(String s) {
    int n = s.length();
    if (n < 6 || n > 40) {
      return false;
    }
    char first = s.charAt(0);
    char last = s.charAt(n - 1);
    return (Character.isDigit(first) || Character.isLetter(first))
        && (Character.isDigit(last) || last == 'Z')
        && (isDigit(first) || isDigit(s.charAt(n - 4)) && isDigit(s.charAt(n - 3))
            && isDigit(s.charAt(n - 2)) && isDigit(last));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The form of {@code s} if it is a date under at least one order, else null. */
  static Form form(String s) {
    if (isoDay(s) != null) {
      return Form.ISO;
    }
    if (!plausible(s)) {
      return null;
    }
    if (ISO.matcher(s).matches()) {
      return parse(s, DateOrder.DAY_FIRST) != null ? Form.ISO : null;
    }
    if (NUMERIC.matcher(s).matches()) {
      return parse(s, DateOrder.DAY_FIRST) != null || parse(s, DateOrder.MONTH_FIRST) != null
          ? Form.NUMERIC : null;
    }
    return parse(s, DateOrder.DAY_FIRST) != null ? Form.NAMED : null;
  }

  /** True when {@code s} has a time of day. */
  static boolean hasTime(String s) {
    if (s.length() <= 10) {
      return false;
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return m.group(5) != null;
    }
    m = NUMERIC.matcher(s);
    return m.matches() && m.group(5) != null;
  }

  /**
   * Whether an Excel date cell can show {@code d} as the date it is: from 1900-01-01 (serial 1) to
   * 9999-12-31. Excel's serial 0 shows as "1900-01-00", and it has none before.
   */
  public static boolean excelCanShow(LocalDate d) {
    return !d.isBefore(EXCEL_FIRST) && !d.isAfter(EXCEL_LAST);
  }

  /**
   * Reads {@code s} (trimmed) as a date or date-time: a {@link LocalDate} or {@link LocalDateTime}
   * (with a zone offset, the time in UTC: {@code 10:00+02:00} is 08:00), or null.
   */
  public static Object parse(String s, DateOrder order) {
    LocalDate iso = isoDay(s);
    if (iso != null) {
      return iso;
    }
    if (!plausible(s)) {
      return null;
    }
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)));
        if (m.group(5) == null) {
          return d;
        }
        int nanos = 0;
        if (m.group(8) != null) {
          String f = (m.group(8) + "000000000").substring(0, 9);
          nanos = Integer.parseInt(f);
        }
        LocalTime t = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
            m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), nanos);
        LocalDateTime local = LocalDateTime.of(d, t);
        return m.group(9) == null ? local
            : local.minusSeconds(ZoneOffset.of(m.group(9)).getTotalSeconds());
      }
      m = NUMERIC.matcher(s);
      if (m.matches()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int y = year(m.group(4));
        LocalDate d = order == DateOrder.DAY_FIRST ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
        if (m.group(5) == null) {
          return d;
        }
        return LocalDateTime.of(d, LocalTime.of(Integer.parseInt(m.group(5)),
            Integer.parseInt(m.group(6)), m.group(7) == null ? 0 : Integer.parseInt(m.group(7))));
      }
      m = DAY_MONTH_YEAR.matcher(s);
      if (m.matches()) {
        Integer month = MONTHS.get(fold(m.group(2)));
        return month == null ? null
            : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
      }
      m = MONTH_DAY_YEAR.matcher(s);
      if (m.matches()) {
        Integer month = MONTHS.get(fold(m.group(1)));
        return month == null ? null
            : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
      }
    } catch (DateTimeException e) {
      return null; // 31/02, month 13 and the like: not a date under this order
    }
    return null;
  }

  /**
   * The common case, quickly: exactly {@code yyyy-mm-dd}; null for anything else, including an
   * impossible date (the full path then says it is not a date).
   */
  static LocalDate isoDay(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  /** Whether {@code a[from..to)} is a date {@link #isoDay(String)} reads. */
  static boolean isIsoDay(char[] a, int from, int to) {
    if (to - from != 10 || a[from + 4] != '-' || a[from + 7] != '-') {
      return false;
    }
    int y = digits(a, from, from + 4);
    int m = digits(a, from + 5, from + 7);
    int d = digits(a, from + 8, from + 10);
    return y >= 0 && m >= 1 && m <= 12 && d >= 1
        && d <= java.time.YearMonth.of(y, m).lengthOfMonth();
  }

  /** The number written by the digits a[from..to), or -1 when one is not a digit. */
  private static int digits(char[] a, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The number written by the digits s[from..to), or -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Two-digit years are 2000-2068 below 69 and 1969-1999 from 69, as POSIX strptime does. */
  private static int year(String y) {
    int v = Integer.parseInt(y);
    if (y.length() == 2) {
      return v < 69 ? 2000 + v : 1900 + v;
    }
    return v;
  }

  private static String fold(String word) {
    String n = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}", "");
  }

  private static Map<String, Integer> months() {
    String[][] names = {
        {"january", "jan", "janvier", "janv"},
        {"february", "feb", "fevrier", "fevr", "fev"},
        {"march", "mar", "mars"},
        {"april", "apr", "avril", "avr"},
        {"may", "mai"},
        {"june", "jun", "juin"},
        {"july", "jul", "juillet", "juil"},
        {"august", "aug", "aout"},
        {"september", "sep", "sept", "septembre"},
        {"october", "oct", "octobre"},
        {"november", "nov", "novembre"},
        {"december", "dec", "decembre"}};
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        map.put(name, i + 1);
      }
    }
    return Map.copyOf(map);
  }

  /**
   * A month of a year, {@code April 2024}, {@code Sept. 2023} or {@code avril 2024}: its first day,
   * or null.
   */
  public static LocalDate monthYear(String s) {
    int n = s.length();
    if (n < 8 || n > 16 || !Character.isLetter(s.charAt(0)) || !isDigit(s.charAt(n - 1))) {
      return null;
    }
    Matcher m = MONTH_YEAR.matcher(s);
    if (!m.matches()) {
      return null;
    }
    Integer month = MONTHS.get(fold(m.group(1)));
    return month == null ? null : LocalDate.of(Integer.parseInt(m.group(2)), month, 1);
  }

  /** A time of day on a 24-hour clock, {@code 9:05}, {@code 10:30} or {@code 23:59:59}, or null. */
  public static LocalTime time(String s) {
    int n = s.length();
    if (n < 4 || n > 8 || !isDigit(s.charAt(0)) || !isDigit(s.charAt(n - 1))) {
      return null;
    }
    Matcher m = TIME.matcher(s);
    if (!m.matches()) {
      return null;
    }
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return h > 23 || min > 59 || sec > 59 ? null : LocalTime.of(h, min, sec);
  }

  /**
   * Why {@code s}, written as an ISO or a numeric date (in {@code order}), names no date, such as
   * {@code "February 2023 has 28 days"}; null when it names one or is not written so. Not on the
   * hot path: only for values that did not read as dates.
   */
  public static String nonexistent(String s, DateOrder order) {
    if (!plausible(s)) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    int year;
    int month;
    int day;
    if (m.matches()) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(3));
      day = Integer.parseInt(m.group(4));
    } else {
      m = NUMERIC.matcher(s);
      if (!m.matches()) {
        return null;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      year = year(m.group(4));
      month = order == DateOrder.DAY_FIRST ? b : a;
      day = order == DateOrder.DAY_FIRST ? a : b;
    }
    if (month < 1 || month > 12) {
      return "there is no month " + month;
    }
    if (day < 1) {
      return "there is no day " + day;
    }
    int days = YearMonth.of(year, month).lengthOfMonth();
    if (day > days) {
      return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
          + days + " days";
    }
    if (m.group(5) != null) {
      String[] units = {"hour", "minute", "second"};
      int[] limits = {23, 59, 59};
      for (int i = 0; i < 3; i++) {
        String g = m.group(5 + i);
        if (g != null && Integer.parseInt(g) > limits[i]) {
          return "there is no " + units[i] + " " + Integer.parseInt(g);
        }
      }
    }
    if (m.pattern() == ISO && m.group(9) != null) {
      try {
        ZoneOffset.of(m.group(9));
      } catch (DateTimeException e) {
        return "there is no zone offset " + m.group(9);
      }
    }
    return null;
  }
}
