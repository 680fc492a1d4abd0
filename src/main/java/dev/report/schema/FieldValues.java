package dev.report.schema;

import dev.report.read.DateOrder;
import dev.report.read.DateText;
import dev.report.read.Value;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Reads a field's values as Table Schema defines them. A value reads to a Java value (String,
 * Double, Long or BigInteger, Boolean, LocalDate, LocalTime, LocalDateTime, Year, YearMonth),
 * to {@link #MISSING} or to {@link #INVALID}; those Java values are what constraints, keys and
 * foreign keys compare.
 */
final class FieldValues {
  /** A value listed in {@code missingValues}. */
  static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "missing";
    }
  };
  /** A value that does not read as its field's type. */
  static final Object INVALID = new Object() {
    @Override
    public String toString() {
      return "invalid";
    }
  };

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final Field field;
  private final DateOrder order;

  /** {@code order} reads numeric dates of the {@code any} format ({@code 03/04/2024}). */
  FieldValues(Field field, DateOrder order) {
    this.field = field;
    this.order = order;
  }

  Field field() {
    return field;
  }

  /** The value of {@code raw} (as written in the file, not trimmed). */
  Object read(String raw) {
    if (field.missingValues().contains(raw)) {
      return MISSING;
    }
    String s = raw.strip();
    try {
      Object v = switch (field.type()) {
        case STRING -> string(raw);
        case NUMBER -> number(s);
        case INTEGER -> integer(s);
        case BOOLEAN -> field.trueValues().contains(s) ? Boolean.TRUE
            : field.falseValues().contains(s) ? Boolean.FALSE : null;
        case DATE -> date(s);
        case TIME -> time(s);
        case DATETIME -> dateTime(s);
        case YEAR -> YEAR.matcher(s).matches() ? Year.of(Integer.parseInt(s)) : null;
        case YEARMONTH -> YEAR_MONTH.matcher(s).matches() ? YearMonth.parse(s) : null;
        default -> raw;
      };
      return v == null ? INVALID : v;
    } catch (DateTimeException | NumberFormatException e) {
      return INVALID;
    }
  }

  /**
   * The value of {@code raw} given its cell {@code v} as this reader (or a reader that shows it as
   * the data reads) made it: taken from the cell when it holds the value unchanged, else read
   * again. Equal to {@code read(raw)}.
   */
  Object of(Value v, String raw) {
    if (v instanceof Value.Empty) {
      return MISSING;
    } else if (v instanceof Value.Invalid) {
      return INVALID;
    }
    switch (field.type()) {
      case STRING, ANY, OBJECT, ARRAY, LIST, DURATION, GEOPOINT, GEOJSON -> {
        return raw;
      }
      case DATE -> {
        if (v instanceof Value.Date d) {
          return d.date();
        }
      }
      case DATETIME -> {
        if (v instanceof Value.DateTime d) {
          return d.dateTime();
        }
      }
      case BOOLEAN -> {
        if (v instanceof Value.Bool b) {
          return b.value();
        }
      }
      case NUMBER -> {
        if (field.bareNumber() && v instanceof Value.Decimal d) {
          return d.value();
        }
      }
      case INTEGER -> {
        if (field.bareNumber() && v instanceof Value.Decimal d && Math.abs(d.value()) < 1e15) {
          return (long) d.value();
        }
      }
      default -> { }
    }
    return read(raw);
  }

  /** The typed cell for the workbook: numbers, dates and booleans as such, the rest as text. */
  Value convert(String raw) {
    return cell(read(raw), raw);
  }

  static Value cell(Object v, String raw) {
    if (v == MISSING) {
      return new Value.Empty(raw);
    } else if (v == INVALID) {
      return new Value.Invalid(raw);
    } else if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? new Value.Text(raw) : new Value.Decimal(d, raw);
    } else if (v instanceof Long l) {
      return new Value.Decimal(l, raw);
    } else if (v instanceof BigInteger b) {
      return new Value.Decimal(b.doubleValue(), raw);
    } else if (v instanceof Year y) {
      return new Value.Decimal(y.getValue(), raw);
    } else if (v instanceof Boolean b) {
      return new Value.Bool(b, raw);
    } else if (v instanceof LocalDate d) {
      return new Value.Date(d, raw);
    } else if (v instanceof LocalDateTime d) {
      return new Value.DateTime(d, raw);
    }
    return new Value.Text(raw);
  }

  private Object string(String raw) {
    return switch (field.format()) {
      case "email" -> EMAIL.matcher(raw).matches() ? raw : null;
      case "uuid" -> UUID.matcher(raw).matches() ? raw : null;
      case "uri" -> uri(raw);
      case "binary" -> base64(raw);
      default -> raw;
    };
  }

  private static Object uri(String raw) {
    try {
      URI u = new URI(raw);
      return u.getScheme() != null ? raw : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static Object base64(String raw) {
    try {
      Base64.getDecoder().decode(raw);
      return raw;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Digits as the spec reads them: group characters removed, the decimal mark made '.'. */
  private String bare(String s) {
    if (!field.bareNumber()) {
      s = strip(s);
    }
    String g = field.groupChar();
    if (!g.isEmpty()) {
      s = s.replace(g, "");
      // French Excel writes a no-break space between thousands where people type a space.
      if (g.equals(" ") || g.equals("\u00A0") || g.equals("\u202F")) {
        s = s.replace("\u00A0", "").replace("\u202F", "").replace(" ", "");
      }
    }
    if (!field.decimalChar().equals(".")) {
      if (s.indexOf('.') >= 0) {
        return null;
      }
      s = s.replace(field.decimalChar(), ".");
    }
    return s;
  }

  /** Leading and trailing characters that cannot be part of a number ({@code €}, {@code %}). */
  private String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && !numberStart(s.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isDigit(s.charAt(to - 1)) && s.charAt(to - 1) != '.') {
      to--;
    }
    return s.substring(from, to).strip();
  }

  private boolean numberStart(char c) {
    return Character.isDigit(c) || c == '-' || c == '+' || field.decimalChar().indexOf(c) >= 0;
  }

  private Object number(String s) {
    switch (s) {
      case "NaN", "nan" -> {
        return Double.NaN;
      }
      case "INF", "+INF", "inf", "Infinity" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-INF", "-inf", "-Infinity" -> {
        return Double.NEGATIVE_INFINITY;
      }
      default -> { }
    }
    String b = bare(s);
    return b != null && DECIMAL.matcher(b).matches() ? Double.parseDouble(b) : null;
  }

  private Object integer(String s) {
    String b = bare(s);
    if (b == null || !INTEGER.matcher(b).matches()) {
      return null;
    }
    String digits = b.startsWith("+") ? b.substring(1) : b;
    return digits.length() <= 18 ? (Object) Long.parseLong(digits) : new BigInteger(digits);
  }

  private Object date(String s) {
    DateTimeFormatter p = field.pattern();
    if (p != null) {
      TemporalAccessor t = p.parse(s);
      return LocalDate.from(t);
    }
    if (field.format().equals("any")) {
      Object d = DateText.parse(s, order);
      return d instanceof LocalDate ? d : null;
    }
    return LocalDate.parse(s);
  }

  private Object time(String s) {
    DateTimeFormatter p = field.pattern();
    if (p != null) {
      return LocalTime.from(p.parse(s));
    }
    if (s.endsWith("Z") || s.lastIndexOf('+') > 0 || s.lastIndexOf('-') > 0) {
      return OffsetTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
    }
    return LocalTime.parse(s);
  }

  private Object dateTime(String s) {
    DateTimeFormatter p = field.pattern();
    if (p != null) {
      TemporalAccessor t = p.parse(s);
      if (t.query(TemporalQueries.localTime()) == null) {
        // A format of the date alone ("%d/%m/%Y"): midnight, as Python's strptime reads it.
        return LocalDate.from(t).atStartOfDay();
      }
      return t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
          ? OffsetDateTime.from(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
          : LocalDateTime.from(t);
    }
    if (field.format().equals("any")) {
      Object d = DateText.parse(s, order);
      return d instanceof LocalDateTime ? d : d instanceof LocalDate ld ? ld.atStartOfDay() : null;
    }
    String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    if (iso.endsWith("Z") || iso.indexOf('+', 10) > 0 || iso.indexOf('-', 11) > 0) {
      return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
    return LocalDateTime.parse(iso);
  }
}
