package dev.report.schema;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Python {@code strptime} patterns, as Table Schema's date, time and datetime formats use them
 * ({@code %d/%m/%Y}), turned into a strict {@link DateTimeFormatter}. As in Python, {@code %d},
 * {@code %m}, {@code %H}, {@code %M}, {@code %S} and {@code %I} take one or two digits unless
 * another number follows at once ({@code %Y%m%d}), and month and day names ignore case.
 */
final class Strptime {
  /** The directives understood, for messages. */
  static final String KNOWN = "%Y %y %m %d %H %I %M %S %f %p %b %B %a %A %j %z %%";

  private Strptime() {}

  /** Thrown for a pattern this class cannot read; the message names the directive. */
  static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    BadPattern(String message) {
      super(message);
    }
  }

  static DateTimeFormatter compile(String pattern) throws BadPattern {
    String p = pattern.startsWith("fmt:") ? pattern.substring(4) : pattern;
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
    boolean any = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c != '%') {
        b.appendLiteral(c);
        continue;
      }
      if (i + 1 >= p.length()) {
        throw new BadPattern("it ends with a lone %");
      }
      char d = p.charAt(++i);
      // A number right after this one: fixed widths, so that %Y%m%d can be split.
      boolean packed = i + 2 < p.length() && p.charAt(i + 1) == '%'
          && "YymdHIMSfj".indexOf(p.charAt(i + 2)) >= 0;
      any |= d != '%';
      switch (d) {
        case 'Y' -> b.appendValue(ChronoField.YEAR, 4);
        case 'y' -> b.appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.of(1969, 1, 1));
        case 'm' -> two(b, ChronoField.MONTH_OF_YEAR, packed);
        case 'd' -> two(b, ChronoField.DAY_OF_MONTH, packed);
        case 'H' -> two(b, ChronoField.HOUR_OF_DAY, packed);
        case 'I' -> two(b, ChronoField.CLOCK_HOUR_OF_AMPM, packed);
        case 'M' -> two(b, ChronoField.MINUTE_OF_HOUR, packed);
        case 'S' -> two(b, ChronoField.SECOND_OF_MINUTE, packed);
        case 'f' -> b.appendFraction(ChronoField.NANO_OF_SECOND, 1, 6, false);
        case 'p' -> b.appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
        case 'b' -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
        case 'B' -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
        case 'a' -> b.appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT);
        case 'A' -> b.appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL);
        case 'j' -> b.appendValue(ChronoField.DAY_OF_YEAR, 3);
        case 'z' -> b.appendOffset("+HHMM", "Z");
        case '%' -> b.appendLiteral('%');
        default -> throw new BadPattern("%" + d + " is not a strptime directive (known: " + KNOWN + ")");
      }
    }
    if (!any) {
      throw new BadPattern("it has no directive such as %Y or %d");
    }
    return b.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  private static void two(DateTimeFormatterBuilder b, ChronoField field, boolean packed) {
    if (packed) {
      b.appendValue(field, 2);
    } else {
      b.appendValue(field, 1, 2, SignStyle.NOT_NEGATIVE);
    }
  }
}
