package dev.report.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * What a column holds, decided from all its values, and how to read each of them.
 *
 * @param kind the value type
 * @param decimalMark '.' or ',' for numeric kinds
 * @param dateOrder for numeric dates such as 03/04/2024
 * @param currency the symbol shown for {@link Kind#CURRENCY} (or a range of amounts), else null
 * @param decimals the most digits written after the decimal mark (numeric kinds), as written
 *     (for {@code 1e-9}, 9): cells show their values as written; for {@link Kind#TIME}, 2 when
 *     some time has seconds (0: hours and minutes only)
 * @param yearLike an integer column of years, shown without grouping
 * @param rangePercent a range column of percents (its ends are fractions)
 * @param codeLength for a text column of upper-case letter codes, their length (2 to 4): a
 *     placeholder written so ({@code NA}: Namibia among country codes) is a code there, not a
 *     missing value; {@link #TITLE_WORDS} for a text column of capitalised words, where a
 *     placeholder written as one ({@code Nan}, {@code None}) is a value; 0 otherwise
 * @param reads the doubtful notations this column reads as numbers (a currency column also reads
 *     magnitude letters); the others are kept as text
 */
public record ColumnType(Kind kind, char decimalMark, DateOrder dateOrder, String currency,
    int decimals, boolean yearLike, boolean rangePercent, int codeLength, Set<Reading> reads)
    implements CellReader {

  /** Notations that are numbers only where the column says so. */
  public enum Reading {
    /** {@code 5 m}, {@code 300 K}, {@code 512 B} as magnitudes, in a column that says money. */
    MAGNITUDE_LETTERS,
    /** {@code 1E5} as 100000, in a column of measured numbers (it is a code elsewhere). */
    EXPONENTS
  }

  public enum Kind {
    TEXT("text"), INTEGER("integer"), DECIMAL("number"), PERCENT("percent"),
    CURRENCY("currency"), DATE("date"), DATETIME("date-time"),
    /** A month of a year, {@code April 2024}: its first day, shown as the month. */
    MONTH("month"),
    /** A time of day without a date, {@code 10:30}. */
    TIME("time"),
    BOOLEAN("boolean"),
    /** Two numbers such as {@code 60-80}: kept as written, with the low and high ends beside. */
    RANGE("range"),
    /**
     * Numbers written in several forms that no one format shows ({@code $35B}, {@code €60.5},
     * {@code 12%}, {@code 1,234.5}): each read as written and shown in its own format.
     */
    MIXED("number in mixed forms");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public boolean isNumeric() {
      return this == INTEGER || this == DECIMAL || this == PERCENT || this == CURRENCY
          || this == MIXED;
    }

    public boolean isTemporal() {
      return this == DATE || this == DATETIME || this == MONTH;
    }
  }

  public static final ColumnType TEXT =
      new ColumnType(Kind.TEXT, '.', DateOrder.MONTH_FIRST, null, 0, false, false, 0, Set.of());

  /** A column that reads no doubtful notation, whose placeholders are all missing values. */
  public ColumnType(Kind kind, char decimalMark, DateOrder dateOrder, String currency,
      int decimals, boolean yearLike, boolean rangePercent) {
    this(kind, decimalMark, dateOrder, currency, decimals, yearLike, rangePercent, 0, Set.of());
  }

  /** A column that reads the notations {@code reads}, whose placeholders are missing values. */
  public ColumnType(Kind kind, char decimalMark, DateOrder dateOrder, String currency,
      int decimals, boolean yearLike, boolean rangePercent, Set<Reading> reads) {
    this(kind, decimalMark, dateOrder, currency, decimals, yearLike, rangePercent, 0, reads);
  }

  /** A column of one kind that is not a range. */
  public ColumnType(Kind kind, char decimalMark, DateOrder dateOrder, String currency,
      int decimals, boolean yearLike) {
    this(kind, decimalMark, dateOrder, currency, decimals, yearLike, false);
  }

  /** The {@link #codeLength} of a text column of capitalised words (names, categories). */
  public static final int TITLE_WORDS = 1;

  /** A text column of upper-case codes of {@code length} letters (see {@link #codeLength}). */
  static ColumnType codes(int length) {
    return new ColumnType(Kind.TEXT, '.', DateOrder.MONTH_FIRST, null, 0, false, false, length,
        Set.of());
  }

  public ColumnType {
    reads = Set.copyOf(reads);
    if (decimalMark != '.' && decimalMark != ',') {
      throw new IllegalArgumentException("decimal mark must be '.' or ',', not '" + decimalMark + "'");
    }
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be 0 or more, not " + decimals);
    }
    if (kind != Kind.RANGE && (kind == Kind.CURRENCY) != (currency != null)) {
      throw new IllegalArgumentException("a currency symbol goes with the currency kind only");
    }
    if (codeLength != 0 && (kind != Kind.TEXT || codeLength < TITLE_WORDS || codeLength > 4)) {
      throw new IllegalArgumentException("codes of 2 to 4 letters, or words, are text, not "
          + codeLength);
    }
  }

  @Override
  public Value convert(String raw) {
    String t = Missing.trim(raw);
    if (Missing.isMissing(t) && !(codeLength > TITLE_WORDS && Missing.upperLetters(t) == codeLength
        || codeLength == TITLE_WORDS && Missing.titleWord(t))) {
      return raw.isEmpty() ? Value.Empty.NONE : new Value.Empty(raw);
    }
    switch (kind) {
      case TEXT:
        return new Value.Text(raw);
      case RANGE: {
        RangeText.Parsed r = RangeText.parse(t, decimalMark);
        if (r != null) {
          return new Value.Range(Math.min(r.low(), r.high()), Math.max(r.low(), r.high()), raw);
        }
        // A single number in a range column is a range of one value.
        NumberText.Parsed p = NumberText.parse(t, decimalMark);
        return p == null ? new Value.Invalid(raw) : new Value.Range(p.value(), p.value(), raw);
      }
      case BOOLEAN: {
        Boolean b = Booleans.parse(t);
        return b == null ? new Value.Invalid(raw) : new Value.Bool(b, raw);
      }
      case DATE:
      case DATETIME: {
        Object d = DateText.parse(t, dateOrder);
        if (d instanceof LocalDate date) {
          return kind == Kind.DATE ? new Value.Date(date, raw)
              : new Value.DateTime(date.atStartOfDay(), raw);
        }
        if (d instanceof LocalDateTime dt && kind == Kind.DATETIME) {
          return new Value.DateTime(dt, raw);
        }
        return new Value.Invalid(raw);
      }
      case MONTH: {
        LocalDate month = DateText.monthYear(t);
        return month == null ? new Value.Invalid(raw) : new Value.Date(month, raw);
      }
      case TIME: {
        java.time.LocalTime time = DateText.time(t);
        return time == null ? new Value.Invalid(raw) : new Value.Time(time, raw);
      }
      default: {
        NumberText.Parsed p = NumberText.parse(t, decimalMark);
        if (p == null || !fits(p)) {
          return new Value.Invalid(raw);
        }
        return new Value.Decimal(p.value(), raw);
      }
    }
  }

  private boolean fits(NumberText.Parsed p) {
    boolean notation = switch (p.notation()) {
      case ORDINARY, SCIENTIFIC -> true;
      case CODE_LIKE -> reads.contains(Reading.EXPONENTS);
      case LETTER -> kind == Kind.CURRENCY || reads.contains(Reading.MAGNITUDE_LETTERS);
    };
    return notation && switch (kind) {
      case INTEGER -> p.unit() == NumberText.Unit.PLAIN && p.value() == Math.rint(p.value());
      case DECIMAL -> p.unit() == NumberText.Unit.PLAIN;
      case PERCENT -> p.unit() == NumberText.Unit.PERCENT;
      // An amount in another currency is read all the same, and reported (foreignCurrency).
      case CURRENCY -> p.unit() != NumberText.Unit.PERCENT;
      case MIXED -> true;
      default -> false;
    };
  }

  /**
   * The currency of an amount read in this currency column when it is another one ({@code €} for
   * {@code €5} where the column is in {@code $}), else null.
   */
  public String foreignCurrency(String raw) {
    if (kind != Kind.CURRENCY || raw.contains(currency)) {
      return null;
    }
    NumberText.Parsed p = NumberText.parse(Missing.trim(raw), decimalMark);
    return p == null || p.currency() == null || p.currency().equals(currency) ? null
        : p.currency();
  }

  /** The Excel number format of the cell of {@code raw}: an amount in another currency shows it. */
  public String excelFormat(String raw) {
    if (kind == Kind.MIXED) {
      return ownFormat(raw);
    }
    String other = foreignCurrency(raw);
    return other == null ? excelFormat()
        : new ColumnType(kind, decimalMark, dateOrder, other, decimals, false).excelFormat();
  }

  /**
   * The format of a number of a {@link Kind#MIXED} column as it is written: its currency, its
   * percent sign, its decimals; a magnitude applied ({@code 1.2k} is 1200) keeps the decimals its
   * value needs. The column's format for a value that is not a number.
   */
  private String ownFormat(String raw) {
    NumberText.Parsed p = NumberText.parse(Missing.trim(raw), decimalMark);
    if (p == null) {
      return excelFormat();
    }
    int d = p.decimals();
    if (p.magnitude()) {
      double scaled = Math.abs(p.value()) * (p.unit() == NumberText.Unit.PERCENT ? 100 : 1);
      int need = 0;
      // Whole within 1e-12 (far above a double's rounding): 1.2 × 1000 is 1200, not 1199.999...
      while (need < d && Math.abs(scaled * Math.pow(10, need) - Math.rint(scaled * Math.pow(10, need)))
          > 1e-12 * Math.max(1, scaled * Math.pow(10, need))) {
        need++;
      }
      d = need;
    }
    Kind own = switch (p.unit()) {
      case CURRENCY -> Kind.CURRENCY;
      case PERCENT -> Kind.PERCENT;
      case PLAIN -> Kind.DECIMAL;
    };
    return new ColumnType(own, decimalMark, dateOrder, p.currency(), d, false).excelFormat();
  }

  /**
   * Why {@code raw}, kept as text in this numeric column, is not read as a number; null when there is nothing more particular to say than the
   * type expected.
   */
  public Reason whyNotANumber(String raw) {
    if (!kind.isNumeric()) {
      return null;
    }
    String t = Missing.trim(raw);
    NumberText.Parsed p = NumberText.parse(t, decimalMark);
    if (p != null && p.currency() != null && kind != Kind.CURRENCY) {
      return new Reason("it is written in " + p.currency() + " and the column's numbers are not",
          "");
    }
    return NumberText.explain(t, decimalMark);
  }

  /** What a message says about a value: its problem, and a suggestion or "". */
  public record Reason(String problem, String suggestion) {}


  /** Most decimals of a fixed number format (Excel's limit). */
  static final int MAX_FIXED_DECIMALS = 30;
  /**
   * Numbers with more decimals than a fixed format shows (1e-300): scientific, with up to the 15
   * significant digits a spreadsheet keeps.
   */
  static final String SCIENTIFIC = "0.0" + "#".repeat(13) + "E+00";

  /** The decimal part of a fixed format with this column's decimals: {@code .00}, or empty. */
  private String frac() {
    int d = Math.min(decimals, MAX_FIXED_DECIMALS);
    return d == 0 ? "" : "." + "0".repeat(d);
  }

  /** The Excel number format for cells of this column. */
  public String excelFormat() {
    String frac = frac();
    return switch (kind) {
      case TEXT, RANGE -> "@";
      case BOOLEAN, MIXED -> "General";
      case INTEGER -> yearLike ? "0" : "#,##0";
      case DECIMAL -> decimals > MAX_FIXED_DECIMALS ? SCIENTIFIC : "#,##0" + frac;
      case PERCENT -> "0" + frac + "%";
      case CURRENCY -> currency.equals("€")
          ? "#,##0" + frac + "\\ \"€\""
          : "\"" + currency + "\"#,##0" + frac;
      case DATE -> "yyyy-mm-dd";
      case DATETIME -> "yyyy-mm-dd hh:mm:ss";
      case MONTH -> "mmmm yyyy";
      case TIME -> decimals > 0 ? "hh:mm:ss" : "hh:mm";
    };
  }

  /** The Excel number format of the low and high ends of a range column. */
  public String rangeEndFormat() {
    String frac = frac();
    return currency != null ? "\"" + currency + "\"#,##0" + frac
        : rangePercent ? "0" + frac + "%" : "#,##0" + frac;
  }

  /** How the type is named in messages: {@code a number with ',' as decimal mark}. */
  public String describe() {
    return switch (kind) {
      case TEXT -> "text";
      case RANGE -> "a range such as " + (decimalMark == ',' ? "60,5-80" : "60.5-80") + " or 60 to 80";
      case BOOLEAN -> "a boolean (true/false, yes/no, oui/non)";
      case INTEGER -> "a whole number";
      case DECIMAL -> "a number with '" + decimalMark + "' as decimal mark";
      case PERCENT -> "a percent such as " + (decimalMark == ',' ? "12,5 %" : "12.5%");
      case CURRENCY -> "an amount in " + currency;
      case MIXED -> "a number (plain, a percent, or an amount with its currency)";
      case DATE -> "a date (" + dateOrder.label() + " or ISO yyyy-mm-dd)";
      case DATETIME -> "a date-time (ISO yyyy-mm-dd hh:mm)";
      case MONTH -> "a month such as April 2024";
      case TIME -> "a time of day such as 10:30";
    };
  }

  @Override
  public String toString() {
    return kind.label() + (kind.isNumeric() ? String.format(Locale.ROOT, " (decimal '%s')", decimalMark) : "");
  }
}
