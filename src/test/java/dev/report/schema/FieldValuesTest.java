package dev.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.read.DateOrder;
import dev.report.read.Value;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A field's values read as Table Schema defines them. */
class FieldValuesTest {
  private static final Object INVALID = FieldValues.INVALID;
  private static final Object MISSING = FieldValues.MISSING;

  private static Field field(FieldType type) {
    return new Field("f", type, "default", null, ".", "", true, Field.TRUE_VALUES,
        Field.FALSE_VALUES, Set.of(""), Constraints.NONE);
  }

  private static FieldValues values(Field f) {
    return new FieldValues(f, DateOrder.DAY_FIRST);
  }

  private static FieldValues values(FieldType type) {
    return values(field(type));
  }

  private static FieldValues number(String decimalChar, String groupChar, boolean bare) {
    return values(new Field("f", FieldType.NUMBER, "default", null, decimalChar, groupChar, bare,
        Field.TRUE_VALUES, Field.FALSE_VALUES, Set.of(""), Constraints.NONE));
  }

  private static FieldValues integer(String groupChar, boolean bare) {
    return values(new Field("f", FieldType.INTEGER, "default", null, ".", groupChar, bare,
        Field.TRUE_VALUES, Field.FALSE_VALUES, Set.of(""), Constraints.NONE));
  }

  private static FieldValues formatted(FieldType type, String format) throws Strptime.BadPattern {
    return values(new Field("f", type, format, Strptime.compile(format), ".", "", true,
        Field.TRUE_VALUES, Field.FALSE_VALUES, Set.of(""), Constraints.NONE));
  }

  @Test
  void numbers() {
    FieldValues v = values(FieldType.NUMBER);
    assertThat(v.read("1.5")).isEqualTo(1.5);
    assertThat(v.read(" -2 ")).isEqualTo(-2.0);
    assertThat(v.read("+.5")).isEqualTo(0.5);
    assertThat(v.read("5.")).isEqualTo(5.0);
    assertThat(v.read("1e3")).isEqualTo(1000.0);
    assertThat(v.read("1.5E-2")).isEqualTo(0.015);
    assertThat(v.read("1,5")).isSameAs(INVALID);
    assertThat(v.read("1 000")).isSameAs(INVALID);
    assertThat(v.read("0x10")).isSameAs(INVALID);
    assertThat(v.read("")).isSameAs(MISSING);
    assertThat(v.read(" ")).isSameAs(INVALID);
  }

  @Test
  void notANumberAndInfinities() {
    FieldValues v = values(FieldType.NUMBER);
    assertThat(v.read("NaN")).isEqualTo(Double.NaN);
    assertThat(v.read("INF")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(v.read("-INF")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(v.read("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
    // In the workbook they stay text: a cell cannot hold them.
    assertThat(v.convert("NaN")).isEqualTo(new Value.Text("NaN"));
    assertThat(v.convert("INF")).isEqualTo(new Value.Text("INF"));
    assertThat(values(FieldType.INTEGER).read("NaN")).isSameAs(INVALID);
  }

  @Test
  void groupAndDecimalCharacters() {
    FieldValues european = number(",", ".", true);
    assertThat(european.read("1.234.567,89")).isEqualTo(1234567.89);
    assertThat(european.read("0,5")).isEqualTo(0.5);
    FieldValues comma = number(",", "", true);
    assertThat(comma.read("1,5")).isEqualTo(1.5);
    // With ',' as decimal mark, a '.' is neither mark: not a number.
    assertThat(comma.read("1.5")).isSameAs(INVALID);
    FieldValues us = number(".", ",", true);
    assertThat(us.read("1,234.5")).isEqualTo(1234.5);
    assertThat(us.read("1,2,3,4")).isEqualTo(1234.0);
  }

  @Test
  void aSpaceAsGroupCharAlsoAcceptsTheNoBreakSpaces() {
    FieldValues v = number(",", " ", true);
    assertThat(v.read("1 234,5")).isEqualTo(1234.5);
    assertThat(v.read("1\u00A0234,5")).isEqualTo(1234.5);
    assertThat(v.read("1\u202F234,5")).isEqualTo(1234.5);
    assertThat(v.read("1 234\u00A0567")).isEqualTo(1234567.0);
    FieldValues nbsp = integer("\u00A0", true);
    assertThat(nbsp.read("1 000")).isEqualTo(1000L);
    assertThat(nbsp.read("1\u202F000")).isEqualTo(1000L);
    // Another group character does not stand for spaces.
    assertThat(integer(",", true).read("1 000")).isSameAs(INVALID);
  }

  @Test
  void bareNumberFalseAllowsTextAroundTheNumber() {
    FieldValues v = number(".", "", false);
    assertThat(v.read("€95")).isEqualTo(95.0);
    assertThat(v.read("95%")).isEqualTo(95.0);
    assertThat(v.read("95 %")).isEqualTo(95.0);
    assertThat(v.read("USD -1.5")).isEqualTo(-1.5);
    assertThat(v.read("1.5 M$")).isEqualTo(1.5);
    assertThat(v.read("about")).isSameAs(INVALID);
    FieldValues bare = number(".", "", true);
    assertThat(bare.read("€95")).isSameAs(INVALID);
    assertThat(bare.read("95%")).isSameAs(INVALID);
    assertThat(integer("", false).read("€1 000")).isSameAs(INVALID);
    assertThat(integer(" ", false).read("€1 000")).isEqualTo(1000L);
  }

  @Test
  void integersSmallAndBig() {
    FieldValues v = values(FieldType.INTEGER);
    assertThat(v.read("42")).isEqualTo(42L);
    assertThat(v.read("+42")).isEqualTo(42L);
    assertThat(v.read("-007")).isEqualTo(-7L);
    assertThat(v.read("9223372036854775807")).isEqualTo(new BigInteger("9223372036854775807"));
    assertThat(v.read("123456789012345678901234567890"))
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(v.read("-123456789012345678901234567890"))
        .isEqualTo(new BigInteger("-123456789012345678901234567890"));
    assertThat(v.read("1.0")).isSameAs(INVALID);
    assertThat(v.read("1e3")).isSameAs(INVALID);
    assertThat(v.read("١٢")).as("Arabic-Indic digits").isSameAs(INVALID);
    // A long and a BigInteger of one value are one key.
    assertThat(Keys.canonical(v.read("123456789012345678")))
        .isEqualTo("123456789012345678");
    assertThat(Keys.canonical(v.read("0123456789012345678")))
        .isEqualTo("123456789012345678");
  }

  @Test
  void booleans() {
    FieldValues v = values(FieldType.BOOLEAN);
    assertThat(v.read("true")).isEqualTo(true);
    assertThat(v.read("TRUE")).isEqualTo(true);
    assertThat(v.read("1")).isEqualTo(true);
    assertThat(v.read("False")).isEqualTo(false);
    assertThat(v.read("0")).isEqualTo(false);
    assertThat(v.read("yes")).isSameAs(INVALID);
    assertThat(v.read("tRUE")).isSameAs(INVALID);
    FieldValues french = values(new Field("f", FieldType.BOOLEAN, "default", null, ".", "", true,
        List.of("oui"), List.of("non"), Set.of("", "?"), Constraints.NONE));
    assertThat(french.read("oui")).isEqualTo(true);
    assertThat(french.read("non")).isEqualTo(false);
    assertThat(french.read("true")).isSameAs(INVALID);
    assertThat(french.read("?")).isSameAs(MISSING);
    assertThat(french.convert("oui")).isEqualTo(new Value.Bool(true, "oui"));
  }

  @Test
  void dates() throws Strptime.BadPattern {
    FieldValues iso = values(FieldType.DATE);
    assertThat(iso.read("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(iso.read("2023-02-29")).isSameAs(INVALID);
    assertThat(iso.read("29/02/2024")).isSameAs(INVALID);
    assertThat(iso.read("2024-02-29T10:00:00")).isSameAs(INVALID);
    FieldValues dayFirst = formatted(FieldType.DATE, "%d/%m/%Y");
    assertThat(dayFirst.read("1/2/2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(dayFirst.convert("1/2/2024"))
        .isEqualTo(new Value.Date(LocalDate.of(2024, 2, 1), "1/2/2024"));
    FieldValues any = values(new Field("f", FieldType.DATE, "any", null, ".", "", true,
        Field.TRUE_VALUES, Field.FALSE_VALUES, Set.of(""), Constraints.NONE));
    assertThat(any.read("03/04/2024")).isEqualTo(LocalDate.of(2024, 4, 3));
    assertThat(any.read("2024-04-03")).isEqualTo(LocalDate.of(2024, 4, 3));
    assertThat(any.read("soon")).isSameAs(INVALID);
  }

  @Test
  void yearsAndYearMonths() {
    assertThat(values(FieldType.YEAR).read("2024")).isEqualTo(Year.of(2024));
    assertThat(values(FieldType.YEAR).read("24")).isSameAs(INVALID);
    assertThat(values(FieldType.YEAR).convert("2024")).isEqualTo(new Value.Decimal(2024, "2024"));
    assertThat(values(FieldType.YEARMONTH).read("2024-02")).isEqualTo(YearMonth.of(2024, 2));
    assertThat(values(FieldType.YEARMONTH).read("2024-13")).isSameAs(INVALID);
    assertThat(values(FieldType.YEARMONTH).read("2024-2")).isSameAs(INVALID);
  }

  @Test
  void timesWithAnOffsetAreInUtc() throws Strptime.BadPattern {
    FieldValues v = values(FieldType.TIME);
    assertThat(v.read("12:30:00")).isEqualTo(LocalTime.of(12, 30));
    assertThat(v.read("12:30:00Z")).isEqualTo(LocalTime.of(12, 30));
    assertThat(v.read("12:30:00+02:00")).isEqualTo(LocalTime.of(10, 30));
    assertThat(v.read("23:30:00-05:00")).isEqualTo(LocalTime.of(4, 30));
    assertThat(v.read("24:00:00")).isSameAs(INVALID);
    assertThat(v.read("noon")).isSameAs(INVALID);
    assertThat(formatted(FieldType.TIME, "%H:%M").read("9:05")).isEqualTo(LocalTime.of(9, 5));
    assertThat(formatted(FieldType.TIME, "%H:%M").read("9h05")).isSameAs(INVALID);
  }

  @Test
  void dateTimesWithZOrAnOffsetAreInUtc() throws Strptime.BadPattern {
    FieldValues v = values(FieldType.DATETIME);
    assertThat(v.read("2024-02-01T12:00:00")).isEqualTo(LocalDateTime.of(2024, 2, 1, 12, 0));
    assertThat(v.read("2024-02-01T12:00:00Z")).isEqualTo(LocalDateTime.of(2024, 2, 1, 12, 0));
    assertThat(v.read("2024-02-01 12:00:00Z")).isEqualTo(LocalDateTime.of(2024, 2, 1, 12, 0));
    assertThat(v.read("2024-02-01T01:00:00+02:00")).isEqualTo(LocalDateTime.of(2024, 1, 31, 23, 0));
    assertThat(v.read("2024-02-01T22:00:00-05:00")).isEqualTo(LocalDateTime.of(2024, 2, 2, 3, 0));
    assertThat(v.read("2024-02-01")).isSameAs(INVALID);
    assertThat(v.convert("2024-02-01T12:00:00Z"))
        .isEqualTo(new Value.DateTime(LocalDateTime.of(2024, 2, 1, 12, 0), "2024-02-01T12:00:00Z"));
    FieldValues offset = formatted(FieldType.DATETIME, "%d/%m/%Y %H:%M%z");
    assertThat(offset.read("1/2/2024 12:00+0100")).isEqualTo(LocalDateTime.of(2024, 2, 1, 11, 0));
    assertThat(formatted(FieldType.DATETIME, "%d/%m/%Y %H:%M").read("1/2/2024 9:30"))
        .isEqualTo(LocalDateTime.of(2024, 2, 1, 9, 30));
  }

  @Test
  void aDateTimeFormatWithoutATimeReadsMidnightAsPythonDoes() throws Strptime.BadPattern {
    FieldValues v = formatted(FieldType.DATETIME, "%d/%m/%Y");
    assertThat(v.read("1/2/2024")).isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
    assertThat(v.read("31/2/2024")).isSameAs(INVALID);
  }

  @Test
  void stringFormats() {
    FieldValues email = values(new Field("f", FieldType.STRING, "email", null, ".", "", true,
        Field.TRUE_VALUES, Field.FALSE_VALUES, Set.of(""), Constraints.NONE));
    assertThat(email.read("ada@example.org")).isEqualTo("ada@example.org");
    assertThat(email.read("ada@example")).isSameAs(INVALID);
    assertThat(email.read("ada example@x.org")).isSameAs(INVALID);
    FieldValues uri = values(new Field("f", FieldType.STRING, "uri", null, ".", "", true,
        Field.TRUE_VALUES, Field.FALSE_VALUES, Set.of(""), Constraints.NONE));
    assertThat(uri.read("mailto:ada@example.org")).isEqualTo("mailto:ada@example.org");
    assertThat(uri.read("example.org/a")).isSameAs(INVALID);
    assertThat(uri.read("https://example.org/a b")).isSameAs(INVALID);
    FieldValues uuid = values(new Field("f", FieldType.STRING, "uuid", null, ".", "", true,
        Field.TRUE_VALUES, Field.FALSE_VALUES, Set.of(""), Constraints.NONE));
    assertThat(uuid.read("123E4567-E89B-12D3-A456-426614174000")).isNotSameAs(INVALID);
    assertThat(uuid.read("123e4567e89b12d3a456426614174000")).isSameAs(INVALID);
    // A string is never trimmed: its spaces are part of it.
    assertThat(values(FieldType.STRING).read(" a ")).isEqualTo(" a ");
  }

  @Test
  void missingValuesAreMatchedAsWritten() {
    FieldValues v = values(new Field("f", FieldType.INTEGER, "default", null, ".", "", true,
        Field.TRUE_VALUES, Field.FALSE_VALUES, Set.of("n/a", "-"), Constraints.NONE));
    assertThat(v.read("n/a")).isSameAs(MISSING);
    assertThat(v.read("-")).isSameAs(MISSING);
    assertThat(v.read(" n/a")).isSameAs(INVALID);
    // Not listed: the empty string is a value, and not an integer.
    assertThat(v.read("")).isSameAs(INVALID);
    assertThat(v.convert("n/a")).isEqualTo(new Value.Empty("n/a"));
    assertThat(v.convert("x")).isEqualTo(new Value.Invalid("x"));
  }
}
