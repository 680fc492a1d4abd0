package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a column's values decide its type, and how that type then reads each value. */
class ColumnProfileTest {

  private static ColumnProfile profile(String... values) {
    ColumnProfile p = new ColumnProfile();
    for (String v : values) {
      p.add(v);
    }
    return p;
  }

  private static ColumnType decide(String... values) {
    return decide(ReadOptions.DEFAULT, values);
  }

  private static ColumnType decide(ReadOptions options, String... values) {
    return profile(values).decide(options.decimalMark(), options.dateOrder());
  }

  private static List<String> repeat(String value, int times) {
    return new ArrayList<>(Collections.nCopies(times, value));
  }

  // ---- numbers

  @Test
  void integers() {
    ColumnType t = decide("1", "2", "30", "-4", "1,200");
    assertThat(t).isEqualTo(
        new ColumnType(ColumnType.Kind.INTEGER, '.', DateOrder.MONTH_FIRST, null, 0, false));
    assertThat(t.excelFormat()).isEqualTo("#,##0");
    assertThat(t.convert("1,200")).isEqualTo(new Value.Decimal(1200, "1,200"));
    assertThat(t.convert(" 30 ")).isEqualTo(new Value.Decimal(30, " 30 "));
    assertThat(t.convert("2.5")).isEqualTo(new Value.Invalid("2.5"));
    assertThat(t.convert("5%")).isEqualTo(new Value.Invalid("5%"));
  }

  @Test
  void decimals() {
    ColumnType t = decide("1.5", "2.25", "3");
    assertThat(t).isEqualTo(
        new ColumnType(ColumnType.Kind.DECIMAL, '.', DateOrder.MONTH_FIRST, null, 2, false));
    assertThat(t.excelFormat()).isEqualTo("#,##0.00");
    assertThat(t.convert("3")).isEqualTo(new Value.Decimal(3, "3"));
    assertThat(t.convert("2.25")).isEqualTo(new Value.Decimal(2.25, "2.25"));
    assertThat(t.convert("$2")).isEqualTo(new Value.Invalid("$2"));
  }

  @Test
  void decimalsAreAsWrittenSoThatCellsShowTheValueAsWritten() {
    ColumnType t = decide("0.123456789", "1.5");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DECIMAL);
    assertThat(t.decimals()).isEqualTo(9);
    assertThat(t.excelFormat()).isEqualTo("#,##0.000000000");
    // Exponents count: 1e-9 is 0.000000001 (issue 19, item 15).
    assertThat(decide("1e-9", "2.5e-10").excelFormat()).isEqualTo("#,##0.00000000000");
    assertThat(decide("1.5e3", "2.5").decimals()).isEqualTo(1);
    assertThat(decide("1e-300", "0.5").excelFormat()).isEqualTo("0.0#############E+00");
    assertThat(decide("0.00000091%", "5%").excelFormat()).isEqualTo("0.00000000%");
  }

  @Test
  void percents() {
    ColumnType t = decide("12%", "7.5%", "100 %");
    assertThat(t).isEqualTo(
        new ColumnType(ColumnType.Kind.PERCENT, '.', DateOrder.MONTH_FIRST, null, 1, false));
    assertThat(t.excelFormat()).isEqualTo("0.0%");
    assertThat(t.convert("7.5%")).isEqualTo(new Value.Decimal(0.075, "7.5%"));
    assertThat(t.convert("12")).isEqualTo(new Value.Invalid("12"));
  }

  @Test
  void percentsWithDecimalComma() {
    ColumnType t = decide("12,5 %", "15 %", "3 %");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.PERCENT);
    assertThat(t.decimalMark()).isEqualTo(',');
    assertThat(t.convert("12,5 %")).isEqualTo(new Value.Decimal(0.125, "12,5 %"));
    assertThat(t.describe()).isEqualTo("a percent such as 12,5 %");
  }

  @Test
  void currencies() {
    ColumnType dollars = decide("$5", "$7.50", "$1,000");
    assertThat(dollars).isEqualTo(
        new ColumnType(ColumnType.Kind.CURRENCY, '.', DateOrder.MONTH_FIRST, "$", 2, false));
    assertThat(dollars.excelFormat()).isEqualTo("\"$\"#,##0.00");
    assertThat(dollars.convert("$1,000")).isEqualTo(new Value.Decimal(1000, "$1,000"));
    assertThat(dollars.convert("12")).isEqualTo(new Value.Decimal(12, "12"));
    // Another currency is read, and reported by the checker (issue 19, item 7).
    assertThat(dollars.convert("€12")).isEqualTo(new Value.Decimal(12, "€12"));
    assertThat(dollars.foreignCurrency("€12")).isEqualTo("€");

    ColumnType euros = decide("5 €", "12 €", "EUR 3");
    assertThat(euros.kind()).isEqualTo(ColumnType.Kind.CURRENCY);
    assertThat(euros.currency()).isEqualTo("€");
    assertThat(euros.excelFormat()).isEqualTo("#,##0\\ \"€\"");
    assertThat(euros.describe()).isEqualTo("an amount in €");
  }

  @Test
  void magnitudeWordsAreNumbers() {
    ColumnType t = decide("60 bn", "1.5 bn", "3 thousand", "2 million", "5 Md");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DECIMAL);
    assertThat(t.convert("60 bn")).isEqualTo(new Value.Decimal(6.0E10, "60 bn"));
    assertThat(t.convert("1.5 bn")).isEqualTo(new Value.Decimal(1.5E9, "1.5 bn"));
    assertThat(t.convert("5 Md")).isEqualTo(new Value.Decimal(5e9, "5 Md"));
  }

  // ---- magnitude letters, which may be units (issue 19, item 5)

  private static ColumnType decideHeaded(String label, String... values) {
    return profile(values).decide('.', DateOrder.MONTH_FIRST, label);
  }

  @Test
  void magnitudeLettersWithoutMoneyAreText() {
    for (String[] column : new String[][] {{"5 m", "12 m", "0.5 m"}, {"512 B", "64 B"},
        {"300 K", "273 K"}, {"0.5 M", "2 M"}}) {
      ColumnType t = decideHeaded("size", column);
      assertThat(t).as(String.join(",", column)).isEqualTo(ColumnType.TEXT);
      assertThat(t.convert(column[0])).isEqualTo(new Value.Text(column[0]));
      assertThat(profile(column).doubts(t).units()).as(String.join(",", column)).hasSize(1);
    }
    ColumnProfile.Doubts d = profile("5 m", "12 m", "3 M", "n/a").doubts(ColumnType.TEXT);
    assertThat(d.units()).containsExactly("m", "M");
    assertThat(d.unitExample()).isEqualTo("5 m");
    assertThat(profile("5 m", "abc", "def").doubts(ColumnType.TEXT).units()).isEmpty();
  }

  @Test
  void aMagnitudeLetterAmongPlainNumbersIsReportedNotScaled() {
    List<String> values = repeat("7", 9);
    values.add("5 m");
    ColumnType t = decide(values.toArray(String[]::new));
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.INTEGER);
    assertThat(t.convert("5 m")).isEqualTo(new Value.Invalid("5 m"));
    assertThat(t.whyNotANumber("5 m").problem())
        .isEqualTo("\"m\" after the number may be a unit as well as a magnitude (million)");
  }

  @Test
  void magnitudeLettersAreMagnitudesWhereTheColumnSaysMoney() {
    ColumnType headed = decideHeaded("revenue_usd", "5 m", "12 m", "300 K");
    assertThat(headed.kind()).isEqualTo(ColumnType.Kind.INTEGER);
    assertThat(headed.reads()).containsExactly(ColumnType.Reading.MAGNITUDE_LETTERS);
    assertThat(headed.convert("5 m")).isEqualTo(new Value.Decimal(5e6, "5 m"));
    assertThat(headed.convert("300 K")).isEqualTo(new Value.Decimal(3e5, "300 K"));
    for (String label : new String[] {"Price", "cost (€)", "amount", "capex_busd", "Sales $"}) {
      assertThat(decideHeaded(label, "5 m", "2 m").reads()).as(label)
          .containsExactly(ColumnType.Reading.MAGNITUDE_LETTERS);
    }
    for (String label : new String[] {"size", "distance", "memory", "temperature", "mass"}) {
      assertThat(decideHeaded(label, "5 m", "2 m")).as(label).isEqualTo(ColumnType.TEXT);
    }
    ColumnType amounts = decide("$60B", "$5 m", "12 m", "0.5 M");
    assertThat(amounts.kind()).isEqualTo(ColumnType.Kind.CURRENCY);
    assertThat(amounts.convert("12 m")).isEqualTo(new Value.Decimal(12e6, "12 m"));
    assertThat(amounts.convert("$60B")).isEqualTo(new Value.Decimal(60e9, "$60B"));
  }

  // ---- exponent notation, which may be a code (issue 19, item 6)

  @Test
  void codesInExponentNotationKeepTheColumnText() {
    ColumnType t = decideHeaded("code", "1E5", "2E05", "3E7");
    assertThat(t).isEqualTo(ColumnType.TEXT);
    assertThat(t.convert("2E05")).isEqualTo(new Value.Text("2E05"));
    List<String> values = new ArrayList<>();
    for (int i = 100; i < 120; i++) {
      values.add(String.valueOf(i));
    }
    values.add("1E5"); // like 0870 among them: a code
    assertThat(decide(values.toArray(String[]::new))).isEqualTo(ColumnType.TEXT);
  }

  @Test
  void exponentNotationIsANumberAmongMeasuredNumbers() {
    ColumnType t = decide("0.5", "1.25", "1E5", "3E-7");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DECIMAL);
    assertThat(t.reads()).containsExactly(ColumnType.Reading.EXPONENTS);
    assertThat(t.convert("1E5")).isEqualTo(new Value.Decimal(1e5, "1E5"));
    assertThat(t.convert("3E-7")).isEqualTo(new Value.Decimal(3e-7, "3E-7"));
    ColumnType scientific = decide("1.5e3", "2.5e3", "1E5");
    assertThat(scientific.kind()).isEqualTo(ColumnType.Kind.INTEGER);
    assertThat(scientific.convert("1E5")).isEqualTo(new Value.Decimal(1e5, "1E5"));
    assertThat(decide("1e-05", "3e-06").convert("1e-05")).isEqualTo(new Value.Decimal(1e-5, "1e-05"));
  }

  // ---- numbers a double or Excel cannot hold (issue 19, item 17)

  @Test
  void aNumberNearerToZeroThanExcelHoldsIsReportedNotZero() {
    ColumnType t = decide("1.5", "2.5", "0.25", "3.5", "4.5", "1e-400");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DECIMAL);
    assertThat(t.convert("1e-400")).isEqualTo(new Value.Invalid("1e-400"));
    assertThat(t.convert("1e400")).isEqualTo(new Value.Invalid("1e400"));
    assertThat(t.whyNotANumber("1e-400").problem())
        .isEqualTo("the number is nearer to 0 than any Excel holds (2.2e-308 is the least)");
  }

  // ---- decimal mark

  @Test
  void aDecimalCommaValueDecidesTheMark() {
    ColumnType t = decide("12,4", "1,234", "7");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DECIMAL);
    assertThat(t.decimalMark()).isEqualTo(',');
    assertThat(t.decimals()).isEqualTo(3);
    assertThat(t.convert("1,234")).isEqualTo(new Value.Decimal(1.234, "1,234"));
    assertThat(t.convert("12,4")).isEqualTo(new Value.Decimal(12.4, "12,4"));
  }

  @Test
  void aDecimalDotValueDecidesTheMarkEvenWhenCommaIsPreferred() {
    ReadOptions fr = new ReadOptions(',', DateOrder.DAY_FIRST);
    ColumnType t = decide(fr, "1,234", "0.5");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DECIMAL);
    assertThat(t.decimalMark()).isEqualTo('.');
    assertThat(t.convert("1,234")).isEqualTo(new Value.Decimal(1234, "1,234"));
  }

  @Test
  void tiesGoToTheOptionsMark() {
    ColumnType us = decide("1,234", "5,678");
    assertThat(us.kind()).isEqualTo(ColumnType.Kind.INTEGER);
    assertThat(us.decimalMark()).isEqualTo('.');
    assertThat(us.convert("1,234")).isEqualTo(new Value.Decimal(1234, "1,234"));

    ColumnType fr = decide(new ReadOptions(',', DateOrder.MONTH_FIRST), "1,234", "5,678");
    assertThat(fr.kind()).isEqualTo(ColumnType.Kind.DECIMAL);
    assertThat(fr.decimalMark()).isEqualTo(',');
    assertThat(fr.decimals()).isEqualTo(3);
    assertThat(fr.convert("1,234")).isEqualTo(new Value.Decimal(1.234, "1,234"));
  }

  // ---- years

  @Test
  void yearColumnsAreYearLike() {
    ColumnType t = decide("1900", "1999", "2024", "2100");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.INTEGER);
    assertThat(t.yearLike()).isTrue();
    assertThat(t.excelFormat()).isEqualTo("0");
  }

  @Test
  void oneValueOutsideTheYearsMakesAPlainInteger() {
    assertThat(decide("1999", "2101").yearLike()).isFalse();
    assertThat(decide("1899", "2000").yearLike()).isFalse();
    assertThat(decide("1999", "2,024").yearLike()).isFalse(); // grouped: a count, not a year
    assertThat(decide("1999", "2101").excelFormat()).isEqualTo("#,##0");
  }

  // ---- dates

  @Test
  void isoDates() {
    ColumnType t = decide("2024-04-24", "2024-4-25", "2025-01-01");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DATE);
    assertThat(t.excelFormat()).isEqualTo("yyyy-mm-dd");
    assertThat(t.convert("2024-4-25")).isEqualTo(new Value.Date(LocalDate.of(2024, 4, 25), "2024-4-25"));
  }

  @Test
  void dateTimes() {
    ColumnType t = decide("2024-04-24T10:30:00", "2024-04-25T11:00:00", "2024-04-26");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DATETIME);
    assertThat(t.excelFormat()).isEqualTo("yyyy-mm-dd hh:mm:ss");
    assertThat(t.convert("2024-04-24T10:30:00")).isEqualTo(
        new Value.DateTime(LocalDateTime.of(2024, 4, 24, 10, 30), "2024-04-24T10:30:00"));
    assertThat(t.convert("2024-04-26"))
        .isEqualTo(new Value.DateTime(LocalDateTime.of(2024, 4, 26, 0, 0), "2024-04-26"));
  }

  @Test
  void oneDayFirstValueMakesTheColumnDayFirst() {
    ColumnType t = decide("18/07/2023", "03/04/2024", "05/06/2024");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DATE);
    assertThat(t.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(t.convert("18/07/2023")).isEqualTo(new Value.Date(LocalDate.of(2023, 7, 18), "18/07/2023"));
    assertThat(t.convert("03/04/2024")).isEqualTo(new Value.Date(LocalDate.of(2024, 4, 3), "03/04/2024"));
  }

  @Test
  void oneMonthFirstValueMakesTheColumnMonthFirst() {
    ReadOptions fr = new ReadOptions(',', DateOrder.DAY_FIRST);
    ColumnType t = decide(fr, "4/24/2024", "03/04/2024", "05/06/2024");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DATE);
    assertThat(t.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(t.convert("4/24/2024")).isEqualTo(new Value.Date(LocalDate.of(2024, 4, 24), "4/24/2024"));
    assertThat(t.convert("03/04/2024")).isEqualTo(new Value.Date(LocalDate.of(2024, 3, 4), "03/04/2024"));
  }

  @Test
  void allAmbiguousDatesFollowTheOptionsOrder() {
    ColumnType us = decide(ReadOptions.DEFAULT, "03/04/2024", "05/06/2024");
    assertThat(us.kind()).isEqualTo(ColumnType.Kind.DATE);
    assertThat(us.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(us.convert("03/04/2024")).isEqualTo(new Value.Date(LocalDate.of(2024, 3, 4), "03/04/2024"));

    ColumnType fr = decide(new ReadOptions('.', DateOrder.DAY_FIRST), "03/04/2024", "05/06/2024");
    assertThat(fr.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(fr.convert("03/04/2024")).isEqualTo(new Value.Date(LocalDate.of(2024, 4, 3), "03/04/2024"));
    assertThat(fr.describe()).isEqualTo("a date (day first or ISO yyyy-mm-dd)");
  }

  @Test
  void isoAndNamedDatesMixWithNumericOnes() {
    ColumnType t = decide("18/07/2023", "2024-04-18", "Apr 24, 2024", "24 avril 2024", "29 janvier 2025");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DATE);
    assertThat(t.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(t.convert("29 janvier 2025")).isEqualTo(new Value.Date(LocalDate.of(2025, 1, 29), "29 janvier 2025"));
    assertThat(t.convert("Apr 24, 2024")).isEqualTo(new Value.Date(LocalDate.of(2024, 4, 24), "Apr 24, 2024"));
  }

  @Test
  void textThatOnlyLooksLikeADateStaysText() {
    assertThat(decide("1/2", "3/4", "MARCH1")).isEqualTo(ColumnType.TEXT);
  }

  // ---- booleans and text

  @Test
  void booleans() {
    for (String[] column : new String[][] {{"true", "false", "TRUE"}, {"yes", "no", "Yes"},
        {"oui", "non", "OUI"}}) {
      ColumnType t = decide(column);
      assertThat(t.kind()).as(String.join(",", column)).isEqualTo(ColumnType.Kind.BOOLEAN);
      assertThat(t.excelFormat()).isEqualTo("General");
    }
    ColumnType t = decide("oui", "non");
    assertThat(t.convert("Oui")).isEqualTo(new Value.Bool(true, "Oui"));
    assertThat(t.convert(" non ")).isEqualTo(new Value.Bool(false, " non "));
    assertThat(t.convert("peut-être")).isEqualTo(new Value.Invalid("peut-être"));
  }

  @Test
  void text() {
    ColumnType t = decide("apple", "pear", "12");
    assertThat(t).isEqualTo(ColumnType.TEXT);
    assertThat(t.excelFormat()).isEqualTo("@");
    assertThat(t.convert(" apple ")).isEqualTo(new Value.Text(" apple "));
    assertThat(t.convert("12")).isEqualTo(new Value.Text("12"));
  }

  @Test
  void aColumnWithNoValuesIsText() {
    assertThat(decide()).isEqualTo(ColumnType.TEXT);
    assertThat(decide("", "n/a")).isEqualTo(ColumnType.TEXT);
  }

  // ---- the 80% rule

  @Test
  void oneMisfitInTenIsStillTypedAndReadAsInvalid() {
    List<String> values = repeat("7", 9);
    values.add("abc");
    ColumnType t = decide(values.toArray(String[]::new));
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.INTEGER);
    assertThat(t.convert("abc")).isEqualTo(new Value.Invalid("abc"));
    assertThat(t.convert("7")).isEqualTo(new Value.Decimal(7, "7"));
  }

  @Test
  void exactlyEightyPercentWinsAndLessDoesNot() {
    List<String> eight = repeat("7", 8);
    eight.addAll(List.of("abc", "def"));
    assertThat(decide(eight.toArray(String[]::new)).kind()).isEqualTo(ColumnType.Kind.INTEGER);
    List<String> seven = repeat("7", 7);
    seven.addAll(List.of("abc", "def", "ghi"));
    assertThat(decide(seven.toArray(String[]::new))).isEqualTo(ColumnType.TEXT);
  }

  @Test
  void eightyPercentRuleForDatesAndBooleans() {
    List<String> dates = repeat("2024-04-24", 9);
    dates.add("soon");
    ColumnType d = decide(dates.toArray(String[]::new));
    assertThat(d.kind()).isEqualTo(ColumnType.Kind.DATE);
    assertThat(d.convert("soon")).isEqualTo(new Value.Invalid("soon"));

    List<String> bools = repeat("yes", 4);
    bools.add("maybe");
    ColumnType b = decide(bools.toArray(String[]::new));
    assertThat(b.kind()).isEqualTo(ColumnType.Kind.BOOLEAN);
    assertThat(b.convert("maybe")).isEqualTo(new Value.Invalid("maybe"));
  }

  @Test
  void missingValuesDoNotCountAgainstTheType() {
    ColumnType t = decide("1", "n/a", "", "", "", "-", "2");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.INTEGER);
  }

  // ---- codes

  @Test
  void aCodeWithALeadingZeroKeepsTheColumnText() {
    List<String> values = new ArrayList<>();
    for (int i = 100; i < 120; i++) {
      values.add(String.valueOf(i));
    }
    values.add("0870");
    ColumnType t = decide(values.toArray(String[]::new));
    assertThat(t).isEqualTo(ColumnType.TEXT);
    assertThat(t.convert("0870")).isEqualTo(new Value.Text("0870"));
    assertThat(decide("00123", "00456")).isEqualTo(ColumnType.TEXT);
  }

  @Test
  void longIdentifiersKeepTheColumnText() {
    assertThat(decide("1234567890123456", "1234567890123457")).isEqualTo(ColumnType.TEXT);
  }

  @Test
  void phoneNumbersAreText() {
    assertThat(decide("+33 6 12 34 56 78", "+33 1 23 45 67 89")).isEqualTo(ColumnType.TEXT);
  }

  // ---- missing placeholders

  @Test
  void placeholdersConvertToEmpty() {
    ColumnType t = decide("1", "2");
    for (String m : new String[] {"n/a", "N/A", "NA", "-", "\u2014", "\u2013", "n/d", "N/D",
        "null", "NULL", "none", "#N/A", "NaN", "", "  ", "\u00A0"}) {
      assertThat(t.convert(m)).as("'%s'", m).isEqualTo(new Value.Empty(m));
    }
    assertThat(ColumnType.TEXT.convert("n/a")).isEqualTo(new Value.Empty("n/a"));
    assertThat(decide("2024-01-01").convert("—")).isEqualTo(new Value.Empty("—"));
  }

  @Test
  void wordsThatOnlyResemblePlaceholdersAreValues() {
    assertThat(ColumnType.TEXT.convert("nadir")).isEqualTo(new Value.Text("nadir"));
    assertThat(ColumnType.TEXT.convert("--")).isEqualTo(new Value.Text("--"));
    assertThat(ColumnType.TEXT.convert("non")).isEqualTo(new Value.Text("non"));
  }

  // ---- statistics

  @Test
  void countsLengthsAndDistinctValues() {
    ColumnProfile p = profile("a", " a ", "bb", "n/a", "", "ccc  ");
    assertThat(p.values()).isEqualTo(4);
    assertThat(p.missing()).isEqualTo(2);
    assertThat(p.maxLength()).isEqualTo(5);
    assertThat(p.distinctCount()).isEqualTo(3); // "a" and " a " are one trimmed value

    ColumnProfile many = new ColumnProfile();
    for (int i = 0; i < ColumnProfile.DISTINCT_CAP; i++) {
      many.add("v" + i);
    }
    assertThat(many.distinctCount()).isEqualTo(64);
    many.add("one more");
    assertThat(many.distinctCount()).isEqualTo(-1);
  }

  // ---- the records' own checks

  @Test
  void invalidOptionsAndTypesAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ReadOptions(';', DateOrder.DAY_FIRST));
    assertThatIllegalArgumentException().isThrownBy(() -> new ReadOptions('.', null));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new ColumnType(ColumnType.Kind.DECIMAL, '.', DateOrder.DAY_FIRST, null, -1, false));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new ColumnType(ColumnType.Kind.CURRENCY, '.', DateOrder.DAY_FIRST, null, 0, false));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new ColumnType(ColumnType.Kind.INTEGER, '.', DateOrder.DAY_FIRST, "$", 0, false));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new ColumnType(ColumnType.Kind.INTEGER, ';', DateOrder.DAY_FIRST, null, 0, false));
  }

  @Test
  void currencyColumnsAcceptPlainNumbers() {
    ColumnType type = decide("$5", "$7.50", "12", "$1,000");
    assertThat(type.kind()).isEqualTo(ColumnType.Kind.CURRENCY);
    assertThat(type.currency()).isEqualTo("$");
    assertThat(type.convert("12")).isEqualTo(new Value.Decimal(12, "12"));
    assertThat(type.foreignCurrency("12")).isNull();
    assertThat(type.foreignCurrency("60 USD")).isNull();
  }

  // ---- currencies (issue 19, item 7)

  @Test
  void oneAmountInAnotherCurrencyIsReadAndNamedButDoesNotDecide() {
    List<String> values = new ArrayList<>();
    for (int i = 10; i <= 90; i += 10) {
      values.add("$" + i);
    }
    values.add("€5");
    ColumnType t = decide(values.toArray(String[]::new));
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.CURRENCY);
    assertThat(t.currency()).isEqualTo("$");
    assertThat(t.convert("€5")).isEqualTo(new Value.Decimal(5, "€5"));
    assertThat(t.foreignCurrency("€5")).isEqualTo("€");
    assertThat(t.foreignCurrency("$10")).isNull();
    assertThat(t.excelFormat("€5")).isEqualTo("#,##0\\ \"€\"");
    assertThat(t.excelFormat("$10")).isEqualTo("\"$\"#,##0");
  }

  @Test
  void theMostFrequentCurrencyDecidesTheColumn() {
    ColumnType t = decide("$60", "€5", "£3", "5 €", "60 USD");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.CURRENCY);
    assertThat(t.currency()).isEqualTo("$"); // two in $, two in €: the first seen
    for (String v : new String[] {"$60", "€5", "£3", "5 €", "60 USD"}) {
      assertThat(t.convert(v)).as(v).isInstanceOf(Value.Decimal.class);
    }
    assertThat(t.foreignCurrency("£3")).isEqualTo("£");
    assertThat(t.foreignCurrency("5 €")).isEqualTo("€");
    assertThat(decide("€5", "$60", "5 €", "60 USD", "4 EUR").currency()).isEqualTo("€");
  }

  @Test
  void oneAmountAmongPlainNumbersDoesNotMakeAnAmountColumn() {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      values.add(String.valueOf(i * 100));
    }
    values.add("¥300");
    ColumnType t = decide(values.toArray(String[]::new));
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.INTEGER);
    assertThat(t.convert("¥300")).isEqualTo(new Value.Invalid("¥300"));
    assertThat(t.whyNotANumber("¥300").problem())
        .isEqualTo("it is written in ¥ and the column's numbers are not");
  }

  @Test
  void aPercentColumnKeepsItsPercentsAndReportsThePlainNumber() {
    ColumnType type = decide("10%", "20%", "30%", "40%", "50%", "60%", "70%", "80%", "90%", "0.5");
    assertThat(type.kind()).isEqualTo(ColumnType.Kind.PERCENT);
    assertThat(type.convert("30%")).isEqualTo(new Value.Decimal(0.3, "30%"));
    assertThat(type.convert("0.5")).isEqualTo(new Value.Invalid("0.5"));
  }

  @Test
  void aColumnHalfPercentsHalfNumbersIsNumbersInMixedFormsEachReadAsWritten() {
    ColumnType t = decide("10%", "20%", "30%", "4", "5", "6");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.MIXED);
    assertThat(t.convert("10%")).isEqualTo(new Value.Decimal(0.1, "10%"));
    assertThat(t.convert("4")).isEqualTo(new Value.Decimal(4, "4"));
    assertThat(t.excelFormat("10%")).isEqualTo("0%");
    assertThat(t.excelFormat("4")).isEqualTo("#,##0");
    assertThat(t.convert("four")).isEqualTo(new Value.Invalid("four"));
  }

  @Test
  void mixedFormsAreNumbersOnlyWhenAtLeast80PercentAreNumbers() {
    assertThat(decide("10%", "20%", "4", "5", "x", "y").kind()).isEqualTo(ColumnType.Kind.TEXT);
    assertThat(decide("10%", "$20", "4", "5", "x").kind()).isEqualTo(ColumnType.Kind.MIXED);
  }

  @Test
  void aMagnitudeShowsTheDecimalsItsValueNeeds() {
    ColumnType t = decide("$35B", "12%", "1.2k", "1.25k", "0.5");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.MIXED);
    assertThat(t.convert("1.2k")).isEqualTo(new Value.Decimal(1200, "1.2k"));
    assertThat(t.excelFormat("1.2k")).isEqualTo("#,##0");
    assertThat(t.excelFormat("1.2345k")).isEqualTo("#,##0.0");
    assertThat(t.excelFormat("$1.5B")).isEqualTo("\"$\"#,##0");
    assertThat(t.excelFormat("12.5%")).isEqualTo("0.0%");
  }

  // ---- placeholders that are values (issue 19, item 9), dates Excel cannot hold (item 2)

  @Test
  void naIsACountryCodeInAColumnOfTwoLetterCodes() {
    ColumnProfile p = profile("FR", "NA", "DE", "US", "NA", "n/a", "", "null");
    ColumnType t = p.decide('.', DateOrder.MONTH_FIRST);
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.TEXT);
    assertThat(t.convert("NA")).isEqualTo(new Value.Text("NA"));
    assertThat(t.convert(" NA")).isEqualTo(new Value.Text(" NA"));
    assertThat(t.convert("n/a")).isEqualTo(new Value.Empty("n/a"));
    assertThat(t.convert("null")).isEqualTo(new Value.Empty("null"));
    assertThat(t.convert("na")).as("not written as the codes are").isEqualTo(new Value.Empty("na"));
    assertThat(p.values()).isEqualTo(5);
    assertThat(p.missing()).isEqualTo(3);
    assertThat(p.missingForms()).containsExactly("n/a", "", "null");
    assertThat(p.distinctValues()).containsEntry("NA", 2).containsEntry("FR", 1);
  }

  @Test
  void placeholdersAreMissingWhereTheyAreNoRegularValue() {
    String[][] columns = {
        {"1", "NA", "NaN", "4"},                   // numbers
        {"apple", "NA", "pear", "plum"},           // words, not codes
        {"FRA", "NA", "DEU", "USA"},               // codes of another length
        {"2024-01-01", "NA", "2024-01-03"},        // dates
        {"FR", "NONE", "DE", "US"},                // a placeholder of another length
    };
    for (String[] c : columns) {
      ColumnType t = decide(c);
      assertThat(t.convert(c[1])).as(String.join(",", c)).isEqualTo(new Value.Empty(c[1]));
    }
    ColumnType codes = decide("FRA", "NAN", "DEU", "USA");
    assertThat(codes.convert("NAN")).isEqualTo(new Value.Text("NAN"));
  }

  /**
   * A placeholder written as the column's other values are, one capitalised word, is one of them:
   * Nan among first names, None among categories (issue 19, item 9, "values that also occur as
   * real data"). Written otherwise, or among values of another form, it is still missing.
   */
  @Test
  void aPlaceholderWrittenAsTheColumnsWordsIsAWord() {
    ColumnProfile names = profile("Anna", "Nan", "Bob", "Carl", "n/a", "", "nan", "NAN");
    ColumnType t = names.decide('.', DateOrder.MONTH_FIRST);
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.TEXT);
    assertThat(t.convert("Nan")).isEqualTo(new Value.Text("Nan"));
    assertThat(t.convert("nan")).as("not written as the names are").isEqualTo(new Value.Empty("nan"));
    assertThat(t.convert("NAN")).isEqualTo(new Value.Empty("NAN"));
    assertThat(t.convert("n/a")).isEqualTo(new Value.Empty("n/a"));
    assertThat(names.values()).isEqualTo(4);
    assertThat(names.missing()).isEqualTo(4);
    assertThat(names.distinctValues()).containsEntry("Nan", 1).containsEntry("Anna", 1);
    ColumnType kinds = decide("Cloud", "None", "Chips", "Cloud", "None");
    assertThat(kinds.convert("None")).isEqualTo(new Value.Text("None"));
    String[][] missing = {
        {"Anna", "Nan", "Bob Smith", "Carl Jones", "Dee Lee"}, // full names: not one word each
        {"cloud", "None", "chips", "cloud"},                   // lower-case words
        {"1", "Nan", "3", "4"},                                // numbers
    };
    for (String[] c : missing) {
      assertThat(decide(c).convert(c[1])).as(String.join(",", c)).isEqualTo(new Value.Empty(c[1]));
    }
  }

  @Test
  void datesBefore1900StayDatesForTheChecks() {
    ColumnType t = decide("1850-01-01", "1776-07-04", "1899-12-31", "0001-01-01");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DATE);
    assertThat(t.convert("1776-07-04")).isEqualTo(new Value.Date(LocalDate.of(1776, 7, 4), "1776-07-04"));
  }

  @Test
  void dateTimesWithOffsetsAreInUtc() {
    ColumnType t = decide("2024-04-24T10:00:00Z", "2024-04-24T10:00:00+02:00");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DATETIME);
    assertThat(t.convert("2024-04-24T10:00:00+02:00")).isEqualTo(
        new Value.DateTime(LocalDateTime.of(2024, 4, 24, 8, 0), "2024-04-24T10:00:00+02:00"));
  }

  @Test
  void numericDateTimesMakeADateTimeColumn() {
    ColumnType t = decide("24/04/2024 10:30", "25/04/2024 09:05:10", "26/04/2024");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.DATETIME);
    assertThat(t.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(t.convert("26/04/2024")).isEqualTo(
        new Value.DateTime(LocalDateTime.of(2024, 4, 26, 0, 0), "26/04/2024"));
  }

  @Test
  void monthYearsMakeAMonthColumn() {
    ColumnType t = decide("April 2024", "May 2024", "Jun 2024");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.MONTH);
    assertThat(t.excelFormat()).isEqualTo("mmmm yyyy");
    assertThat(t.convert("May 2024")).isEqualTo(new Value.Date(LocalDate.of(2024, 5, 1), "May 2024"));
    assertThat(t.convert("soon")).isEqualTo(new Value.Invalid("soon"));
    assertThat(t.describe()).isEqualTo("a month such as April 2024");
  }

  @Test
  void timesMakeATimeColumn() {
    ColumnType t = decide("10:30", "9:05", "17:45");
    assertThat(t.kind()).isEqualTo(ColumnType.Kind.TIME);
    assertThat(t.excelFormat()).isEqualTo("hh:mm");
    assertThat(t.convert("9:05")).isEqualTo(new Value.Time(java.time.LocalTime.of(9, 5), "9:05"));
    assertThat(t.convert("25:00")).isEqualTo(new Value.Invalid("25:00"));
    ColumnType seconds = decide("10:30", "9:05:30", "17:45");
    assertThat(seconds.excelFormat()).isEqualTo("hh:mm:ss");
  }
}
