package dev.report.read;

import static dev.report.read.DateOrder.DAY_FIRST;
import static dev.report.read.DateOrder.MONTH_FIRST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Dates and date-times as people write them, one value at a time. */
class DateTextTest {

  private static void bothOrders(String text, Object expected) {
    assertThat(DateText.parse(text, DAY_FIRST)).as("%s day first", text).isEqualTo(expected);
    assertThat(DateText.parse(text, MONTH_FIRST)).as("%s month first", text).isEqualTo(expected);
  }

  @Test
  void isoDates() {
    bothOrders("2024-04-24", LocalDate.of(2024, 4, 24));
    bothOrders("2024-4-24", LocalDate.of(2024, 4, 24));
    bothOrders("2024-4-5", LocalDate.of(2024, 4, 5));
    bothOrders("2024/04/24", LocalDate.of(2024, 4, 24));
    bothOrders("2024.04.24", LocalDate.of(2024, 4, 24));
    assertThat(DateText.form("2024-04-24")).isEqualTo(DateText.Form.ISO);
    assertThat(DateText.form("2024-4-24")).isEqualTo(DateText.Form.ISO);
    assertThat(DateText.hasTime("2024-04-24")).isFalse();
  }

  @Test
  void isoDateTimes() {
    bothOrders("2024-04-24T10:30:00", LocalDateTime.of(2024, 4, 24, 10, 30, 0));
    bothOrders("2024-04-24 10:30", LocalDateTime.of(2024, 4, 24, 10, 30));
    bothOrders("2024-04-24T10:30:15.25", LocalDateTime.of(2024, 4, 24, 10, 30, 15, 250_000_000));
    // A zone offset is applied: the time is in UTC (issue 19, item 8).
    bothOrders("2024-04-24T10:30:00Z", LocalDateTime.of(2024, 4, 24, 10, 30));
    bothOrders("2024-04-24T10:30:00+02:00", LocalDateTime.of(2024, 4, 24, 8, 30));
    bothOrders("2024-04-24T10:30:00-0530", LocalDateTime.of(2024, 4, 24, 16, 0));
    bothOrders("2024-04-24T01:00+02:00", LocalDateTime.of(2024, 4, 23, 23, 0));
    bothOrders("2024-04-24T10:30:00+19:00", null);
    assertThat(DateText.form("2024-04-24T10:30:00")).isEqualTo(DateText.Form.ISO);
    assertThat(DateText.hasTime("2024-04-24T10:30:00")).isTrue();
    assertThat(DateText.hasTime("2024-04-24 10:30")).isTrue();
  }

  @Test
  void invalidIsoIsNotADate() {
    bothOrders("2024-13-01", null);
    bothOrders("2023-02-29", null);
    bothOrders("2024-04-24T25:00", null);
    bothOrders("2024-04/24", null);
    assertThat(DateText.form("2024-13-01")).isNull();
    bothOrders("2024-02-29", LocalDate.of(2024, 2, 29));
  }

  @Test
  void dayFirstNumericDate() {
    assertThat(DateText.parse("18/07/2023", DAY_FIRST)).isEqualTo(LocalDate.of(2023, 7, 18));
    assertThat(DateText.parse("18/07/2023", MONTH_FIRST)).isNull();
    assertThat(DateText.form("18/07/2023")).isEqualTo(DateText.Form.NUMERIC);
    assertThat(DateText.parse("18.07.2023", DAY_FIRST)).isEqualTo(LocalDate.of(2023, 7, 18));
    assertThat(DateText.parse("18-07-2023", DAY_FIRST)).isEqualTo(LocalDate.of(2023, 7, 18));
  }

  @Test
  void monthFirstNumericDate() {
    assertThat(DateText.parse("4/24/2024", MONTH_FIRST)).isEqualTo(LocalDate.of(2024, 4, 24));
    assertThat(DateText.parse("4/24/2024", DAY_FIRST)).isNull();
    assertThat(DateText.form("4/24/2024")).isEqualTo(DateText.Form.NUMERIC);
  }

  @Test
  void ambiguousNumericDateFollowsTheOrder() {
    assertThat(DateText.parse("03/04/2024", DAY_FIRST)).isEqualTo(LocalDate.of(2024, 4, 3));
    assertThat(DateText.parse("03/04/2024", MONTH_FIRST)).isEqualTo(LocalDate.of(2024, 3, 4));
  }

  @Test
  void twoDigitYears() {
    assertThat(DateText.parse("18/07/23", DAY_FIRST)).isEqualTo(LocalDate.of(2023, 7, 18));
    assertThat(DateText.parse("01/02/68", DAY_FIRST)).isEqualTo(LocalDate.of(2068, 2, 1));
    assertThat(DateText.parse("01/02/69", DAY_FIRST)).isEqualTo(LocalDate.of(1969, 2, 1));
  }

  @Test
  void impossibleNumericDateIsNotADateEitherWay() {
    bothOrders("31/02/2024", null);
    bothOrders("13/13/2024", null);
    assertThat(DateText.form("31/02/2024")).isNull();
    assertThat(DateText.form("13/13/2024")).isNull();
  }

  @Test
  void englishMonthNames() {
    bothOrders("Apr 24, 2024", LocalDate.of(2024, 4, 24));
    bothOrders("April 24 2024", LocalDate.of(2024, 4, 24));
    bothOrders("Sept. 5th, 2024", LocalDate.of(2024, 9, 5));
    bothOrders("24 Apr 2024", LocalDate.of(2024, 4, 24));
    bothOrders("24-Apr-2024", LocalDate.of(2024, 4, 24));
    bothOrders("1st December 2024", LocalDate.of(2024, 12, 1));
    assertThat(DateText.form("Apr 24, 2024")).isEqualTo(DateText.Form.NAMED);
  }

  @Test
  void frenchMonthNames() {
    bothOrders("24 avril 2024", LocalDate.of(2024, 4, 24));
    bothOrders("29 janvier 2025", LocalDate.of(2025, 1, 29));
    bothOrders("1er mai 2024", LocalDate.of(2024, 5, 1));
    bothOrders("15 août 2024", LocalDate.of(2024, 8, 15));
    bothOrders("3 févr. 2024", LocalDate.of(2024, 2, 3));
    bothOrders("12 DÉCEMBRE 2023", LocalDate.of(2023, 12, 12));
    assertThat(DateText.form("24 avril 2024")).isEqualTo(DateText.Form.NAMED);
    assertThat(DateText.form("29 janvier 2025")).isEqualTo(DateText.Form.NAMED);
  }

  @Test
  void unknownMonthOrImpossibleDayIsNotADate() {
    bothOrders("24 Foo 2024", null);
    bothOrders("Foo 24, 2024", null);
    bothOrders("30 février 2024", null);
    assertThat(DateText.form("24 Foo 2024")).isNull();
  }

  @Test
  void shortOrOddTextIsNotADate() {
    bothOrders("1/2", null);
    bothOrders("MARCH1", null);
    bothOrders("March", null);
    bothOrders("2024", null);
    bothOrders("20240424", null);
    bothOrders("12/2024", null);
    bothOrders("on 2024-04-24", null);
    bothOrders("2024-04-24!", null);
    assertThat(DateText.form("1/2")).isNull();
    assertThat(DateText.form("MARCH1")).isNull();
    assertThat(DateText.form("hello")).isNull();
  }

  @Test
  void numericDateTimesFollowTheOrder() {
    assertThat(DateText.parse("24/04/2024 10:30", DAY_FIRST))
        .isEqualTo(LocalDateTime.of(2024, 4, 24, 10, 30));
    assertThat(DateText.parse("4/24/2024 10:30:15", MONTH_FIRST))
        .isEqualTo(LocalDateTime.of(2024, 4, 24, 10, 30, 15));
    assertThat(DateText.parse("24/04/2024 10:30", MONTH_FIRST)).isNull();
    assertThat(DateText.parse("24/04/2024 24:30", DAY_FIRST)).isNull();
    assertThat(DateText.form("24/04/2024 10:30")).isEqualTo(DateText.Form.NUMERIC);
    assertThat(DateText.hasTime("24/04/2024 10:30")).isTrue();
    assertThat(DateText.hasTime("24/04/2024")).isFalse();
  }

  /** Why a value shaped like a date is none: the reason, or null when it is one or not so shaped. */
  @Test
  void datesThatDoNotExistSayWhy() {
    String[][] cases = {
        {"2023-02-29", "DAY_FIRST", "February 2023 has 28 days"},
        {"2024-04-31", "MONTH_FIRST", "April 2024 has 30 days"},
        {"2024-4-31", "MONTH_FIRST", "April 2024 has 30 days"},
        {"2024-13-01", "DAY_FIRST", "there is no month 13"},
        {"2024-00-10", "DAY_FIRST", "there is no month 0"},
        {"2024-04-00", "DAY_FIRST", "there is no day 0"},
        {"2024/02/30", "DAY_FIRST", "February 2024 has 29 days"},
        {"31/02/2024", "DAY_FIRST", "February 2024 has 29 days"},
        {"02/31/2024", "MONTH_FIRST", "February 2024 has 29 days"},
        {"13/13/2024", "DAY_FIRST", "there is no month 13"},
        {"2024-04-24T25:00", "DAY_FIRST", "there is no hour 25"},
        {"2024-04-24T10:60", "DAY_FIRST", "there is no minute 60"},
        {"2024-04-24T10:59:61", "DAY_FIRST", "there is no second 61"},
        {"2024-04-24T10:00+19:00", "DAY_FIRST", "there is no zone offset +19:00"},
        {"24/04/2024 24:30", "DAY_FIRST", "there is no hour 24"},
        {"2024-02-29", "DAY_FIRST", null},
        {"03/04/2024", "MONTH_FIRST", null},
        {"hello", "DAY_FIRST", null},
        {"2024-04", "DAY_FIRST", null},
    };
    for (String[] c : cases) {
      assertThat(DateText.nonexistent(c[0], DateOrder.valueOf(c[1]))).as(c[0]).isEqualTo(c[2]);
    }
  }

  @Test
  void monthYearsAreTheFirstOfTheirMonth() {
    assertThat(DateText.monthYear("April 2024")).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(DateText.monthYear("Apr 2024")).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(DateText.monthYear("Sept. 2023")).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(DateText.monthYear("avril 2024")).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(DateText.monthYear("Foo 2024")).isNull();
    assertThat(DateText.monthYear("April 24, 2024")).isNull();
    assertThat(DateText.monthYear("2024")).isNull();
    assertThat(DateText.parse("April 2024", DAY_FIRST)).as("not a day").isNull();
  }

  @Test
  void timesOfDay() {
    assertThat(DateText.time("10:30")).isEqualTo(java.time.LocalTime.of(10, 30));
    assertThat(DateText.time("9:05")).isEqualTo(java.time.LocalTime.of(9, 5));
    assertThat(DateText.time("23:59:59")).isEqualTo(java.time.LocalTime.of(23, 59, 59));
    assertThat(DateText.time("24:00")).isNull();
    assertThat(DateText.time("10:60")).isNull();
    assertThat(DateText.time("10:3")).isNull();
    assertThat(DateText.time("1030")).isNull();
    assertThat(DateText.time("10:30 am")).isNull();
  }
}
