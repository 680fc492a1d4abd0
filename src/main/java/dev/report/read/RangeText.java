package dev.report.read;

/**
 * Reads ranges as people write them: {@code 60-80}, {@code 60–80}, {@code 60 to 80},
 * {@code 60 à 80}, {@code $60-80B}, {@code 12,5 % - 15 %}. A unit or magnitude written once, on
 * either side, applies to both ends (60 to 80 billion is 6.0E10 to 8.0E10).
 */
final class RangeText {
  /** Word separators, tried before dashes; spaces around them are required. */
  private static final String[] WORDS = {" to ", " à ", " a ", " bis "};

  private RangeText() {}

  /** A range read from text; {@code low} may be greater than {@code high} as written. */
  record Parsed(double low, double high, int decimals, NumberText.Unit unit, String currency) {}

  /** A cheap first look: a dash or a separating word, and a digit. */
  static boolean mayBeRange(String t) {
    boolean sep = false;
    boolean digit = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '-' || c == '\u2013' || c == '\u2014' || c == ' ') {
        sep = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      }
    }
    return sep && digit;
  }

  static Parsed parse(String text, char decimalMark) {
    int n = text.length();
    if (n < 3 || n > 80) {
      return null;
    }
    int at = -1;
    int len = 0;
    for (String w : WORDS) {
      int i = text.indexOf(w);
      if (i > 0) {
        at = i;
        len = w.length();
        break;
      }
    }
    if (at < 0) {
      // A dash after the first character (so a leading minus stays a sign); exactly one.
      for (int i = 1; i < n - 1; i++) {
        char c = text.charAt(i);
        if (c == '-' || c == '\u2013' || c == '\u2014') {
          if (at >= 0) {
            return null;
          }
          at = i;
          len = 1;
        }
      }
      if (at < 0) {
        return null;
      }
    }
    String left = Missing.trim(text.substring(0, at));
    String right = Missing.trim(text.substring(at + len));
    NumberText.Parsed lo = NumberText.parse(left, decimalMark);
    NumberText.Parsed hi = NumberText.parse(right, decimalMark);
    if (lo == null || hi == null) {
      return null;
    }
    if (lo.unit() != NumberText.Unit.PLAIN && hi.unit() != NumberText.Unit.PLAIN
        && (lo.unit() != hi.unit() || !java.util.Objects.equals(lo.currency(), hi.currency()))) {
      return null;
    }
    // A unit or magnitude on one side only applies to both: "$60-80", "60-80%", "60 to 80 bn".
    NumberText.Parsed loFull = lo;
    NumberText.Parsed hiFull = hi;
    if (lo.unit() == NumberText.Unit.PLAIN && hi.unit() != NumberText.Unit.PLAIN
        || !lo.magnitude() && hi.magnitude()) {
      loFull = NumberText.parse(left + suffixOf(right, hi), decimalMark);
    }
    if (hi.unit() == NumberText.Unit.PLAIN && lo.unit() != NumberText.Unit.PLAIN) {
      hiFull = NumberText.parse(prefixOf(left) + right, decimalMark);
    }
    if (loFull == null || hiFull == null || doubtful(loFull) || doubtful(hiFull)) {
      return null;
    }
    NumberText.Unit unit = loFull.unit() != NumberText.Unit.PLAIN ? loFull.unit() : hiFull.unit();
    String currency = loFull.currency() != null ? loFull.currency() : hiFull.currency();
    return new Parsed(loFull.value(), hiFull.value(), Math.max(lo.decimals(), hi.decimals()),
        unit, currency);
  }

  /**
   * An end that only its column could settle ({@code 60-80 m}: metres or millions; {@code 1E5}: a
   * code): then the text is not read as a range, and stays as written.
   */
  private static boolean doubtful(NumberText.Parsed end) {
    return end.notation() == NumberText.Notation.LETTER
        || end.notation() == NumberText.Notation.CODE_LIKE;
  }

  /** What follows the digits of {@code right} (a percent sign, a magnitude, a currency code). */
  private static String suffixOf(String right, NumberText.Parsed hi) {
    int end = right.length();
    int i = end;
    while (i > 0 && !Character.isDigit(right.charAt(i - 1))) {
      i--;
    }
    return right.substring(i, end);
  }

  /** What comes before the digits of {@code left} (a currency symbol or code). */
  private static String prefixOf(String left) {
    int i = 0;
    while (i < left.length() && !Character.isDigit(left.charAt(i)) && left.charAt(i) != '-') {
      i++;
    }
    return left.substring(0, i);
  }
}
