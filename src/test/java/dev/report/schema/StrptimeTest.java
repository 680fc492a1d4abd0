package dev.report.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Table Schema's strptime formats, read as Python reads them. */
class StrptimeTest {
  private static DateTimeFormatter compile(String pattern) {
    try {
      return Strptime.compile(pattern);
    } catch (Strptime.BadPattern e) {
      throw new AssertionError(pattern + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate date(String pattern, String text) {
    return LocalDate.from(compile(pattern).parse(text));
  }

  private static void rejects(String pattern, String text) {
    assertThatThrownBy(() -> date(pattern, text)).as("%s in %s", text, pattern)
        .isInstanceOf(DateTimeParseException.class);
  }

  private static void bad(String pattern, String message) {
    assertThatThrownBy(() -> Strptime.compile(pattern))
        .isInstanceOf(Strptime.BadPattern.class).hasMessage(message);
  }

  @Test
  void dayMonthYearWithOneOrTwoDigits() {
    assertThat(date("%d/%m/%Y", "18/07/2023")).isEqualTo(LocalDate.of(2023, 7, 18));
    assertThat(date("%d/%m/%Y", "1/2/2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%d/%m/%Y", "01/2/2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%m/%d/%Y", "12/31/2024")).isEqualTo(LocalDate.of(2024, 12, 31));
    rejects("%d/%m/%Y", "31/02/2024");
    rejects("%d/%m/%Y", "2024-02-01");
    rejects("%d/%m/%Y", "001/02/2024");
    rejects("%d/%m/%Y", "1/2/24");
    rejects("%d/%m/%Y", "1/2/2024 ");
  }

  @Test
  void packedDigitsAreSplitByWidth() {
    assertThat(date("%Y%m%d", "20240201")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%d%m%Y", "01022024")).isEqualTo(LocalDate.of(2024, 2, 1));
    rejects("%Y%m%d", "2024201");
    rejects("%Y%m%d", "20241301");
  }

  @Test
  void twoDigitYearsAsPythonReadsThem() {
    assertThat(date("%d.%m.%y", "1.2.24")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%d.%m.%y", "1.2.68")).isEqualTo(LocalDate.of(2068, 2, 1));
    assertThat(date("%d.%m.%y", "1.2.69")).isEqualTo(LocalDate.of(1969, 2, 1));
  }

  @Test
  void monthAndDayNamesInAnyCase() {
    assertThat(date("%d %b %Y", "1 Feb 2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%d %b %Y", "1 feb 2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%d-%b-%Y", "01-FEB-2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%B %d, %Y", "september 3, 2024")).isEqualTo(LocalDate.of(2024, 9, 3));
    assertThat(date("%a %d %b %Y", "THU 1 Feb 2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    // A day name that is not the date's is refused (Python's strptime ignores it).
    rejects("%a %d %b %Y", "Fri 1 Feb 2024");
    rejects("%d %b %Y", "1 Fevrier 2024");
  }

  @Test
  void hoursAndMinutes() {
    DateTimeFormatter hm = compile("%H:%M");
    assertThat(LocalTime.from(hm.parse("09:05"))).isEqualTo(LocalTime.of(9, 5));
    assertThat(LocalTime.from(hm.parse("9:05"))).isEqualTo(LocalTime.of(9, 5));
    assertThat(LocalTime.from(hm.parse("23:59"))).isEqualTo(LocalTime.of(23, 59));
    assertThatThrownBy(() -> hm.parse("24:00")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> hm.parse("12:60")).isInstanceOf(DateTimeParseException.class);
    DateTimeFormatter pm = compile("%I:%M %p");
    assertThat(LocalTime.from(pm.parse("9:05 pm"))).isEqualTo(LocalTime.of(21, 5));
    assertThat(LocalTime.from(pm.parse("12:00 AM"))).isEqualTo(LocalTime.of(0, 0));
    DateTimeFormatter seconds = compile("%H:%M:%S.%f");
    assertThat(LocalTime.from(seconds.parse("12:30:15.25")))
        .isEqualTo(LocalTime.of(12, 30, 15, 250_000_000));
  }

  @Test
  void dateTimesWithAnOffset() {
    DateTimeFormatter f = compile("%Y-%m-%d %H:%M:%S%z");
    assertThat(OffsetDateTime.from(f.parse("2024-02-01 12:00:00+0200")))
        .isEqualTo(OffsetDateTime.of(2024, 2, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(OffsetDateTime.from(f.parse("2024-02-01 12:00:00Z")))
        .isEqualTo(OffsetDateTime.of(2024, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC));
    assertThat(LocalDateTime.from(compile("%d/%m/%Y %H:%M").parse("1/2/2024 9:30")))
        .isEqualTo(LocalDateTime.of(2024, 2, 1, 9, 30));
  }

  @Test
  void literalsAndPercentSigns() {
    assertThat(date("fmt:%d/%m/%Y", "1/2/2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%Y-W%j", "2024-W032")).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date("%d%%%m%%%Y", "1%2%2024")).isEqualTo(LocalDate.of(2024, 2, 1));
  }

  @Test
  void badPatternsSayWhy() {
    bad("%d/%q/%Y", "%q is not a strptime directive (known: %Y %y %m %d %H %I %M %S %f %p %b %B "
        + "%a %A %j %z %%)");
    bad("%d/%m/%Y%", "it ends with a lone %");
    bad("dd/mm/yyyy", "it has no directive such as %Y or %d");
    bad("%%", "it has no directive such as %Y or %d");
  }
}
