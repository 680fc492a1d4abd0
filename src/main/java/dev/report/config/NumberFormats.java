package dev.report.config;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.format.CellFormat;

/**
 * Checks an Excel number format from report.yaml before any cell gets it: a format Excel cannot
 * read makes Excel repair the file and LibreOffice print the column blank.
 */
final class NumberFormats {
  /** Excel reads at most four sections: positive; negative; zero; text. */
  static final int MAX_SECTIONS = 4;

  /** What may stand in brackets: a colour, a condition, a currency/locale, elapsed time. */
  private static final Pattern BRACKET = Pattern.compile(
      "black|blue|cyan|green|magenta|red|white|yellow|color\\d{1,2}|\\$.*|[<>=]{1,2}\\s*-?[\\d.]+"
          + "|h+|m+|s+|dbnum\\d|natnum\\d");

  private NumberFormats() {}

  /** Why Excel cannot read {@code format}, or null when it can. */
  static String problem(String format) {
    int sections = 1;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      switch (c) {
        case '"' -> {
          int end = format.indexOf('"', i + 1);
          if (end < 0) {
            return "the quote (\") at character " + (i + 1) + " is not closed";
          }
          i = end;
        }
        case '\\', '_', '*' -> {
          if (i + 1 == format.length()) {
            return "it ends with \"" + c + "\", which needs a character after it";
          }
          i++;
        }
        case '[' -> {
          int end = format.indexOf(']', i + 1);
          if (end < 0) {
            return "the \"[\" at character " + (i + 1) + " is not closed";
          }
          String inside = format.substring(i + 1, end);
          if (!BRACKET.matcher(inside.toLowerCase(Locale.ROOT)).matches()) {
            return "[" + inside + "] is not a colour, a condition such as [>100], a currency such"
                + " as [$€-x] or elapsed time such as [h]";
          }
          i = end;
        }
        case ']' -> {
          return "the \"]\" at character " + (i + 1) + " closes no \"[\"";
        }
        case ';' -> sections++;
        default -> { }
      }
    }
    if (sections > MAX_SECTIONS) {
      return "it has " + sections + " sections; Excel reads at most " + MAX_SECTIONS
          + " (positive;negative;zero;text)";
    }
    try {
      CellFormat.getInstance(Locale.ROOT, format).apply(-1234.5);
    } catch (RuntimeException e) {
      return "Apache POI cannot read it";
    }
    return null;
  }
}
