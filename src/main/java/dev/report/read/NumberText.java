package dev.report.read;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Reads numbers as people write them: grouping, a decimal mark chosen per column, signs, accounting
 * parentheses, percents, currency symbols or codes and magnitude words.
 *
 * <p>Text that only looks numeric stays text: a leading zero ({@code 00123}), more than 15
 * significant digits (Excel would round them), irregular grouping ({@code +33 6 12 34 56 78}).
 */
final class NumberText {
  enum Unit { PLAIN, PERCENT, CURRENCY }

  /**
   * How the number was written, where that leaves a doubt only its column can settle.
   */
  enum Notation {
    /** Digits, grouping, signs, words such as {@code bn} or {@code million}: nothing to settle. */
    ORDINARY,
    /** Exponent notation with a fraction or a sign ({@code 1.5e3}, {@code 2e-5}, {@code 1e+05}). */
    SCIENTIFIC,
    /** Digits, {@code E}, digits ({@code 1E5}, {@code 2E05}): also how codes are written. */
    CODE_LIKE,
    /**
     * A magnitude letter without a currency ({@code 5 m}, {@code 512 B}, {@code 300 K}): also how
     * units (metres, bytes, kelvins) are written.
     */
    LETTER
  }

  /**
   * A number read from text.
   *
   * @param value the value, with percent (÷100) and magnitude (×10ⁿ) applied
   * @param decimals digits written after the decimal mark
   * @param currency the currency symbol as it should be shown ({@code $}, {@code €}, ...) or null
   * @param grouped whether the text used a grouping separator
   * @param notation how it was written, where its column must settle a doubt
   */
  record Parsed(double value, int decimals, Unit unit, String currency, boolean grouped,
      boolean magnitude, Notation notation) {

    /** A number written in the ordinary way. */
    Parsed(double value, int decimals, Unit unit, String currency, boolean grouped,
        boolean magnitude) {
      this(value, decimals, unit, currency, grouped, magnitude, Notation.ORDINARY);
    }
  }

  /** The digits of a number as a plain decimal text (such as {@code 1234.5} or {@code 1.5e3}). */
  private record Digits(String plain, int decimals, boolean grouped, Notation notation) {}

  private static final Map<String, String> CURRENCY_CODES = Map.of(
      "USD", "$", "US$", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "CHF", "CHF", "CAD", "CA$",
      "AUD", "A$");

  /**
   * Magnitude words and suffixes, lower case, longest first where one is a prefix of another.
   * Those from {@link #FIRST_LETTER} on are also units ({@code m} metres, {@code b} bytes, {@code k}
   * kelvins, {@code mn} minutes): {@link Notation#LETTER} unless a currency says money.
   */
  private static final String[][] MAGNITUDES = {
      {"thousand", "1e3"}, {"milliards", "1e9"}, {"milliard", "1e9"}, {"million", "1e6"},
      {"millions", "1e6"}, {"billion", "1e9"}, {"billions", "1e9"}, {"mrd", "1e9"},
      {"md", "1e9"}, {"bn", "1e9"}, {"mn", "1e6"}, {"k", "1e3"}, {"m", "1e6"}, {"b", "1e9"}};
  private static final int FIRST_LETTER = 10;

  private static final java.util.regex.Pattern EXPONENT =
      java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]{1,3}");

  private NumberText() {}

  /**
   * Reads {@code text} (already trimmed) with {@code decimalMark} ('.' or ','), or returns null
   * when it is not a number written that way.
   */
  static Parsed parse(String text, char decimalMark) {
    String s = text;
    if (s.isEmpty() || s.length() > 64 || !hasDigit(s)) {
      return null;
    }
    Parsed plain = plain(s, decimalMark);
    if (plain != null) {
      return plain;
    }
    boolean negative = false;
    if (s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
      negative = true;
      s = Missing.trim(s.substring(1, s.length() - 1));
    }
    Unit unit = Unit.PLAIN;
    if (!s.isEmpty() && s.charAt(s.length() - 1) == '%') {
      unit = Unit.PERCENT;
      s = Missing.trim(s.substring(0, s.length() - 1));
    }
    // Sign before a currency prefix ("-$5").
    if (!s.isEmpty() && isMinus(s.charAt(0))) {
      negative = !negative;
      s = s.substring(1);
    } else if (!s.isEmpty() && s.charAt(0) == '+') {
      s = s.substring(1);
    }
    String currency = null;
    String[] prefix = currencyPrefix(s);
    if (prefix != null) {
      if (unit == Unit.PERCENT) {
        return null;
      }
      currency = prefix[0];
      unit = Unit.CURRENCY;
      s = Missing.trim(s.substring(prefix[1].length()));
      if (!s.isEmpty() && isMinus(s.charAt(0))) {
        negative = !negative;
        s = s.substring(1);
      }
    } else {
      String[] suffix = currencySuffix(s);
      if (suffix != null) {
        if (unit == Unit.PERCENT) {
          return null;
        }
        currency = suffix[0];
        unit = Unit.CURRENCY;
        s = Missing.trim(s.substring(0, s.length() - suffix[1].length()));
      }
    }
    String scale = null;
    boolean magnitude = false;
    boolean letter = false;
    String[] mag = magnitudeSuffix(s);
    if (mag != null) {
      scale = mag[1];
      magnitude = true;
      letter = mag[2] != null;
      s = Missing.trim(s.substring(0, s.length() - mag[0].length()));
      if (currency == null) {
        String[] suffix = currencySuffix(s);
        if (suffix != null) {
          currency = suffix[0];
          unit = Unit.CURRENCY;
          s = Missing.trim(s.substring(0, s.length() - suffix[1].length()));
        }
      }
    }
    Digits core = digits(s, decimalMark);
    if (core == null) {
      return null;
    }
    double v;
    if (magnitude || unit == Unit.PERCENT) {
      // Scaled in decimal, so that 33.3 % is the double nearest 0.333 (33.3 / 100 is not).
      BigDecimal exact = new BigDecimal(core.plain());
      if (magnitude) {
        exact = exact.multiply(new BigDecimal(scale));
      }
      if (unit == Unit.PERCENT) {
        exact = exact.movePointLeft(2);
      }
      v = Double.parseDouble(exact.toString());
    } else {
      v = Double.parseDouble(core.plain());
    }
    if (!fitsExcel(v, core.plain())) {
      return null;
    }
    if (core.notation() != Notation.ORDINARY && (unit != Unit.PLAIN || magnitude)
        || letter && currency == null && unit != Unit.PLAIN) {
      return null; // 1e3 %, $2E5, 5 m %: no one writes a number so
    }
    Notation notation = letter && currency == null ? Notation.LETTER : core.notation();
    return new Parsed(negative ? -v : v, core.decimals(), unit, currency, core.grouped(), magnitude,
        notation);
  }

  /**
   * Whether {@code v}, read from the digits {@code plain}, is the number written: not beyond a
   * double, and not so close to 0 that it became 0 or lost digits (Excel keeps no number under
   * 2.2e-308, {@link Double#MIN_NORMAL}).
   */
  private static boolean fitsExcel(double v, String plain) {
    if (!Double.isFinite(v)) {
      return false;
    }
    if (v != 0) {
      return Math.abs(v) >= Double.MIN_NORMAL;
    }
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == 'e' || c == 'E') {
        return true;
      }
      if (c >= '1' && c <= '9') {
        return false; // 1e-400: not zero, but read as 0
      }
    }
    return true;
  }

  /**
   * The common case, quickly: an optional minus, digits, at most one '.' (only when it is the
   * decimal mark) and no grouping; null when the text is anything else (the full path decides).
   */
  private static Parsed plain(String s, char decimalMark) {
    int n = s.length();
    int i = s.charAt(0) == '-' ? 1 : 0;
    int start = i;
    int dot = -1;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.' && decimalMark == '.' && dot < 0) {
        dot = i;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    int intDigits = (dot < 0 ? n : dot) - start;
    int decimals = dot < 0 ? 0 : n - dot - 1;
    if (intDigits == 0 || (dot >= 0 && decimals == 0) || intDigits + decimals > 15) {
      return null;
    }
    if (intDigits > 1 && s.charAt(start) == '0') {
      return null; // a code such as 00123 or 0870
    }
    long digits = 0;
    for (int k = start; k < n; k++) {
      if (k != dot) {
        digits = digits * 10 + (s.charAt(k) - '0');
      }
    }
    double v = exact(digits, decimals);
    return new Parsed(start == 1 ? -v : v, decimals, Unit.PLAIN, null, false, false);
  }

  /** 10^0 to 10^15, each exact in a double. */
  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
      1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

  /**
   * {@code digits / 10^decimals} for at most 15 digits in all: the same double as
   * {@link Double#parseDouble} of the text. Both operands are exact (under 2^53 and a power of ten
   * up to 10^22), and one IEEE division is correctly rounded (Clinger's fast path).
   */
  static double exact(long digits, int decimals) {
    return digits / POWERS_OF_TEN[decimals];
  }

  /**
   * Why {@code text} (trimmed) was not read as a number although it looks like one, or why it may
   * not be the number it reads as; null when there is nothing particular to say. For messages
   * only: it parses again.
   */
  static ColumnType.Reason explain(String text, char decimalMark) {
    int n = text.length();
    if (n > 1 && isMinus(text.charAt(n - 1))) {
      String rest = Missing.trim(text.substring(0, n - 1));
      if (!rest.isEmpty() && !isMinus(rest.charAt(0)) && parse(rest, decimalMark) != null) {
        return new ColumnType.Reason("the minus sign comes after the number", "did you mean -" + rest + "?");
      }
    }
    Parsed p = parse(text, decimalMark);
    if (p != null) {
      return switch (p.notation()) {
        case LETTER -> {
          String letters = trailingLetters(text);
          String word = switch (letters.toLowerCase(Locale.ROOT)) {
            case "k" -> "thousand";
            case "b" -> "billion";
            default -> "million";
          };
          yield new ColumnType.Reason("\"" + letters + "\" after the number may be a unit as well as a magnitude ("
              + word + ")", "if it is a magnitude, write " + word + " or bn; if it is a unit, name it "
              + "in the header and write the number alone");
        }
        case CODE_LIKE -> {
          // Whole, and exact in a double up to 10^22.
          String plain = new BigDecimal(p.value()).toPlainString();
          yield new ColumnType.Reason("digits, E and digits is how codes are written as well as powers of ten",
              Math.abs(p.value()) < 1e16 ? "if it is the number " + plain + ", write " + plain : "");
        }
        default -> null;
      };
    }
    String digits = n > 0 && (isMinus(text.charAt(0)) || text.charAt(0) == '+')
        ? text.substring(1) : text;
    if (decimalMark == '.' && EXPONENT.matcher(digits).matches()) {
      double v = Double.parseDouble(digits);
      if (Double.isInfinite(v)) {
        return new ColumnType.Reason("the number is beyond the largest one Excel holds (about 1.8e308)", "");
      }
      if (Math.abs(v) < Double.MIN_NORMAL) {
        return new ColumnType.Reason("the number is nearer to 0 than any Excel holds (2.2e-308 is the least)",
            "if it means 0, write 0");
      }
    }
    return null;
  }

  private static String trailingLetters(String s) {
    int i = s.length();
    while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(i);
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean isMinus(char c) {
    return c == '-' || c == '\u2212';
  }

  /**
   * Parses plain digits with optional grouping and one decimal mark. Groups after the first must
   * have exactly three digits, and one kind of grouping character is used throughout.
   */
  private static Digits digits(String s, char decimalMark) {
    int n = s.length();
    if (n == 0) {
      return null;
    }
    StringBuilder plain = new StringBuilder(n);
    char group = 0;
    int groupLen = 0; // digits since the last grouping character
    int firstGroupLen = -1;
    int intDigits = 0;
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        plain.append(c);
        groupLen++;
        intDigits++;
      } else if (c == decimalMark) {
        break;
      } else if (isGroupChar(c, decimalMark) && (group == 0 || c == group)) {
        if (groupLen == 0 || (firstGroupLen < 0 ? groupLen > 3 : groupLen != 3)) {
          return null;
        }
        if (firstGroupLen < 0) {
          firstGroupLen = groupLen;
        }
        group = c;
        groupLen = 0;
      } else {
        return exponent(s, decimalMark);
      }
    }
    if (intDigits == 0 && i >= n) {
      return null;
    }
    if (group != 0 && groupLen != 3) {
      return null;
    }
    if (intDigits > 1 && plain.charAt(0) == '0') {
      return null; // a code such as 00123 or 0870
    }
    int decimals = 0;
    if (i < n) {
      plain.append('.');
      for (i++; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return exponent(s, decimalMark);
        }
        plain.append(c);
        decimals++;
      }
      if (decimals == 0) {
        return null;
      }
    }
    if (intDigits + decimals > 15 && significant(plain) > 15) {
      return null; // Excel keeps 15 significant digits; such long numbers are identifiers
    }
    if (intDigits == 0) {
      plain.insert(0, '0');
    }
    return new Digits(plain.toString(), decimals, group != 0, Notation.ORDINARY);
  }

  /** Scientific notation such as {@code 1.5e3}, only with a '.' decimal mark and no grouping. */
  private static Digits exponent(String s, char decimalMark) {
    if (decimalMark != '.' || (s.indexOf('e') < 0 && s.indexOf('E') < 0)
        || !EXPONENT.matcher(s).matches()) {
      return null;
    }
    if (s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.') {
      return null;
    }
    // Decimals as written in full: 1e-9 has 9, 1.25e-3 has 5, 1.5e3 none. The caller rejects
    // what a double or Excel cannot hold.
    int e = Math.max(s.indexOf('e'), s.indexOf('E'));
    int point = s.indexOf('.');
    int mantissa = point < 0 || point > e ? 0 : e - point - 1;
    int decimals = Math.max(0, mantissa - Integer.parseInt(s.substring(e + 1).replace("+", "")));
    // 1E5 and 2E05 are also codes; 1.5e3, 2e-5 and R's 1e+05 are not.
    boolean code = s.indexOf('.') < 0 && s.indexOf('-') < 0 && s.indexOf('+') < 0;
    return new Digits(s, decimals, false, code ? Notation.CODE_LIKE : Notation.SCIENTIFIC);
  }

  private static int significant(CharSequence digits) {
    int count = 0;
    boolean started = false;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c >= '1' && c <= '9') {
        started = true;
      }
      if (started && c != '.') {
        count++;
      }
    }
    return count;
  }

  private static boolean isGroupChar(char c, char decimalMark) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\''
        || (decimalMark == '.' ? c == ',' : c == '.');
  }

  /** {shown symbol, matched text} for a currency at the start, or null. */
  private static String[] currencyPrefix(String s) {
    if (s.isEmpty()) {
      return null;
    }
    char c = s.charAt(0);
    if (c == '$' || c == '€' || c == '£' || c == '¥') {
      return new String[] {String.valueOf(c), String.valueOf(c)};
    }
    if (s.length() > 3 && Character.isLetter(c)) {
      for (Map.Entry<String, String> e : CURRENCY_CODES.entrySet()) {
        String code = e.getKey();
        if (s.regionMatches(true, 0, code, 0, code.length())
            && !Character.isLetter(s.charAt(code.length()))) {
          return new String[] {e.getValue(), code};
        }
      }
    }
    return null;
  }

  /** {shown symbol, matched text} for a currency at the end, or null. */
  private static String[] currencySuffix(String s) {
    if (s.isEmpty()) {
      return null;
    }
    char c = s.charAt(s.length() - 1);
    if (c == '$' || c == '€' || c == '£' || c == '¥') {
      return new String[] {String.valueOf(c), String.valueOf(c)};
    }
    if (s.length() > 3 && Character.isLetter(c)) {
      for (Map.Entry<String, String> e : CURRENCY_CODES.entrySet()) {
        String code = e.getKey();
        int at = s.length() - code.length();
        if (s.regionMatches(true, at, code, 0, code.length())
            && !Character.isLetter(s.charAt(at - 1))) {
          return new String[] {e.getValue(), code};
        }
      }
    }
    return null;
  }

  /**
   * {matched suffix, factor, null or "letter"} for a magnitude at the end, or null; "letter" when
   * the suffix may also be a unit.
   */
  private static String[] magnitudeSuffix(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(s.length() - 1))) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (int k = 0; k < MAGNITUDES.length; k++) {
      String[] m = MAGNITUDES[k];
      String word = m[0];
      if (lower.endsWith(word) && lower.length() > word.length()) {
        char before = lower.charAt(lower.length() - word.length() - 1);
        boolean digitBefore = before >= '0' && before <= '9';
        boolean spaceBefore = Missing.isSpace(before);
        // Single letters must follow a digit directly or after one space ("60B", "60 M").
        if (digitBefore || spaceBefore) {
          return new String[] {s.substring(s.length() - word.length()), m[1],
              k >= FIRST_LETTER ? "letter" : null};
        }
      }
    }
    return null;
  }
}
