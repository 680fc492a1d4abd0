package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.read.NumberText.Notation;
import dev.report.read.NumberText.Parsed;
import dev.report.read.NumberText.Unit;
import org.junit.jupiter.api.Test;

/** Numbers as people write them, and look-alikes that must stay text. */
class NumberTextTest {

  private static Parsed dot(String s) {
    return NumberText.parse(s, '.');
  }

  private static Parsed comma(String s) {
    return NumberText.parse(s, ',');
  }

  private static Parsed plain(double value, int decimals, boolean grouped) {
    return new Parsed(value, decimals, Unit.PLAIN, null, grouped, false);
  }

  // ---- plain numbers, grouping and the decimal mark

  @Test
  void integersAndDecimals() {
    assertThat(dot("0")).isEqualTo(plain(0, 0, false));
    assertThat(dot("42")).isEqualTo(plain(42, 0, false));
    assertThat(dot("3.25")).isEqualTo(plain(3.25, 2, false));
    assertThat(dot("0.5")).isEqualTo(plain(0.5, 1, false));
    assertThat(dot(".5")).isEqualTo(plain(0.5, 1, false));
    assertThat(comma("3,25")).isEqualTo(plain(3.25, 2, false));
    assertThat(comma("0,5")).isEqualTo(plain(0.5, 1, false));
  }

  @Test
  void commaGroupingWithDotMark() {
    assertThat(dot("1,234.5")).isEqualTo(plain(1234.5, 1, true));
    assertThat(dot("1,234,567")).isEqualTo(plain(1234567, 0, true));
    assertThat(dot("12,345.678")).isEqualTo(plain(12345.678, 3, true));
  }

  @Test
  void dotGroupingWithCommaMark() {
    assertThat(comma("1.234,5")).isEqualTo(plain(1234.5, 1, true));
    assertThat(comma("1.234.567")).isEqualTo(plain(1234567, 0, true));
    assertThat(comma("12,5")).isEqualTo(plain(12.5, 1, false));
  }

  @Test
  void theSameTextReadsDifferentlyUnderEachMark() {
    assertThat(dot("1,234")).isEqualTo(plain(1234, 0, true));
    assertThat(comma("1,234")).isEqualTo(plain(1.234, 3, false));
    assertThat(dot("1.234")).isEqualTo(plain(1.234, 3, false));
    assertThat(comma("1.234")).isEqualTo(plain(1234, 0, true));
  }

  @Test
  void aCommaDecimalIsNotANumberWithADotMark() {
    assertThat(dot("12,5")).isNull();
    assertThat(dot("12,4")).isNull();
    assertThat(comma("1.5")).isNull();
  }

  @Test
  void spaceLikeAndApostropheGrouping() {
    assertThat(comma("1 234,5")).isEqualTo(plain(1234.5, 1, true));
    assertThat(comma("2\u00A0200")).isEqualTo(plain(2200, 0, true));
    assertThat(comma("1\u00A0234\u00A0567,25")).isEqualTo(plain(1234567.25, 2, true));
    assertThat(dot("12\u202F345.5")).isEqualTo(plain(12345.5, 1, true));
    assertThat(comma("12\u202F345")).isEqualTo(plain(12345, 0, true));
    assertThat(dot("1'234'567.5")).isEqualTo(plain(1234567.5, 1, true));
    assertThat(comma("1'234,5")).isEqualTo(plain(1234.5, 1, true));
  }

  @Test
  void irregularOrMixedGroupingIsNotANumber() {
    assertThat(dot("1,23,4")).isNull();
    assertThat(dot("12,34,567")).isNull(); // Indian grouping is not supported
    assertThat(dot("1234,567")).isNull(); // first group longer than three
    assertThat(dot("1,2345")).isNull();
    assertThat(dot("1 234,567")).isNull(); // two grouping characters
    assertThat(dot(",123")).isNull();
    assertThat(dot("1,")).isNull();
  }

  @Test
  void decimalMarkWithoutDigitsAfterItIsNotANumber() {
    assertThat(dot("5.")).isNull();
    assertThat(dot(".")).isNull();
    assertThat(comma("5,")).isNull();
  }

  @Test
  void scientificNotationOnlyWithDotMark() {
    assertThat(dot("1.5e3"))
        .isEqualTo(new Parsed(1500, 0, Unit.PLAIN, null, false, false, Notation.SCIENTIFIC));
    assertThat(dot("2E-2")) // as written in full: 0.02
        .isEqualTo(new Parsed(0.02, 2, Unit.PLAIN, null, false, false, Notation.SCIENTIFIC));
    assertThat(comma("1.5e3")).isNull();
    assertThat(dot("1e")).isNull();
    assertThat(dot("1e1000")).isNull();
    assertThat(dot("1e999")).isNull(); // beyond a double
    assertThat(dot("1e308 k")).isNull(); // so is this once scaled
  }

  @Test
  void digitsEDigitsIsAlsoHowCodesAreWritten() {
    assertThat(dot("1E5"))
        .isEqualTo(new Parsed(1e5, 0, Unit.PLAIN, null, false, false, Notation.CODE_LIKE));
    assertThat(dot("2E05").notation()).isEqualTo(Notation.CODE_LIKE);
    assertThat(dot("3e7").notation()).isEqualTo(Notation.CODE_LIKE);
    assertThat(dot("-3E7").notation()).isEqualTo(Notation.CODE_LIKE);
    assertThat(dot("1e+05").notation()).isEqualTo(Notation.SCIENTIFIC); // as R prints 100000
    assertThat(dot("1.5E5").notation()).isEqualTo(Notation.SCIENTIFIC);
    assertThat(dot("1E-5").notation()).isEqualTo(Notation.SCIENTIFIC);
  }

  @Test
  void exponentNotationGoesWithNoUnitNorMagnitude() {
    assertThat(dot("$1E5")).isNull();
    assertThat(dot("1e2%")).isNull();
    assertThat(dot("1e3 k")).isNull();
  }

  // ---- numbers a double or Excel cannot hold (issue 19, item 17)

  @Test
  void aNumberNearerToZeroThanExcelHoldsIsNotReadAsZero() {
    assertThat(dot("1e-400")).isNull();
    assertThat(dot("-1e-400")).isNull();
    assertThat(dot("1e-320")).isNull(); // a subnormal double: digits lost, and Excel holds none
    assertThat(dot("1e-400%")).isNull();
    assertThat(dot("1e-300").value()).isEqualTo(1e-300);
    assertThat(dot("2.2250738585072014E-308").value()).isEqualTo(Double.MIN_NORMAL);
    assertThat(dot("0.0e5").value()).isZero(); // zero as written
  }

  @Test
  void aNumberBeyondADoubleIsNotReadAsInfinity() {
    assertThat(dot("1e400")).isNull();
    assertThat(dot("-1e400")).isNull();
    assertThat(dot("1.7976931348623157e308").value()).isEqualTo(Double.MAX_VALUE);
  }

  // ---- why a value that looks like a number is not read as one

  @Test
  void explanationsSayWhatIsWrongAndTheLikelyNumber() {
    assertThat(NumberText.explain("1500-", '.')).isEqualTo(new ColumnType.Reason(
        "the minus sign comes after the number", "did you mean -1500?"));
    assertThat(NumberText.explain("1.500,5-", ',')).isEqualTo(new ColumnType.Reason(
        "the minus sign comes after the number", "did you mean -1.500,5?"));
    assertThat(NumberText.explain("1e-400", '.')).isEqualTo(new ColumnType.Reason(
        "the number is nearer to 0 than any Excel holds (2.2e-308 is the least)",
        "if it means 0, write 0"));
    assertThat(NumberText.explain("1e400", '.')).isEqualTo(new ColumnType.Reason(
        "the number is beyond the largest one Excel holds (about 1.8e308)", ""));
    assertThat(NumberText.explain("5 m", '.')).isEqualTo(new ColumnType.Reason(
        "\"m\" after the number may be a unit as well as a magnitude (million)",
        "if it is a magnitude, write million or bn; if it is a unit, name it in the header and "
            + "write the number alone"));
    assertThat(NumberText.explain("300 K", '.').problem())
        .isEqualTo("\"K\" after the number may be a unit as well as a magnitude (thousand)");
    assertThat(NumberText.explain("2E05", '.')).isEqualTo(new ColumnType.Reason(
        "digits, E and digits is how codes are written as well as powers of ten",
        "if it is the number 200000, write 200000"));
    assertThat(NumberText.explain("12", '.')).isNull();
    assertThat(NumberText.explain("abc", '.')).isNull();
    assertThat(NumberText.explain("--", '.')).isNull();
    assertThat(NumberText.explain("-5-", '.')).isNull();
  }

  // ---- percents

  @Test
  void percentsAreFractions() {
    assertThat(comma("12,5 %")).isEqualTo(new Parsed(0.125, 1, Unit.PERCENT, null, false, false));
    assertThat(dot("12.5%")).isEqualTo(new Parsed(0.125, 1, Unit.PERCENT, null, false, false));
    assertThat(dot("15 %")).isEqualTo(new Parsed(0.15, 0, Unit.PERCENT, null, false, false));
    assertThat(comma("15\u00A0%")).isEqualTo(new Parsed(0.15, 0, Unit.PERCENT, null, false, false));
    assertThat(dot("-3%")).isEqualTo(new Parsed(-0.03, 0, Unit.PERCENT, null, false, false));
    assertThat(dot("100%").value()).isEqualTo(1.0);
  }

  @Test
  void percentsAreTheNearestDoubleToTheWrittenFraction() {
    // 33.3 / 100 in binary floating point is 0.33299999999999996; the text means 0.333.
    assertThat(comma("33,3 %").value()).isEqualTo(0.333);
    assertThat(dot("1.1%").value()).isEqualTo(0.011);
    assertThat(dot("0.07%").value()).isEqualTo(0.0007);
    assertThat(dot("0.7%").value()).isEqualTo(0.007);
  }

  @Test
  void percentAndCurrencyTogetherIsNotANumber() {
    assertThat(dot("$5%")).isNull();
    assertThat(dot("5 EUR %")).isNull();
  }

  // ---- currencies

  @Test
  void currencySymbolsAndCodes() {
    assertThat(dot("$60")).isEqualTo(new Parsed(60, 0, Unit.CURRENCY, "$", false, false));
    assertThat(dot("USD 60")).isEqualTo(new Parsed(60, 0, Unit.CURRENCY, "$", false, false));
    assertThat(dot("60 USD")).isEqualTo(new Parsed(60, 0, Unit.CURRENCY, "$", false, false));
    assertThat(dot("usd60")).isEqualTo(new Parsed(60, 0, Unit.CURRENCY, "$", false, false));
    assertThat(dot("€5")).isEqualTo(new Parsed(5, 0, Unit.CURRENCY, "€", false, false));
    assertThat(comma("5,50 €")).isEqualTo(new Parsed(5.5, 2, Unit.CURRENCY, "€", false, false));
    assertThat(comma("EUR 1.234,50"))
        .isEqualTo(new Parsed(1234.5, 2, Unit.CURRENCY, "€", true, false));
    assertThat(dot("£3.20")).isEqualTo(new Parsed(3.2, 2, Unit.CURRENCY, "£", false, false));
    assertThat(dot("GBP 3")).isEqualTo(new Parsed(3, 0, Unit.CURRENCY, "£", false, false));
    assertThat(dot("CHF 10")).isEqualTo(new Parsed(10, 0, Unit.CURRENCY, "CHF", false, false));
    assertThat(dot("US$ 7")).isEqualTo(new Parsed(7, 0, Unit.CURRENCY, "$", false, false));
    assertThat(dot("CAD 7")).isEqualTo(new Parsed(7, 0, Unit.CURRENCY, "CA$", false, false));
    assertThat(dot("7 AUD")).isEqualTo(new Parsed(7, 0, Unit.CURRENCY, "A$", false, false));
    assertThat(dot("SEK 7")).isNull(); // not a known code
  }

  @Test
  void aCodeMustNotRunIntoALetter() {
    assertThat(dot("USDX 5")).isNull();
    assertThat(dot("5 XUSD")).isNull();
  }

  // ---- signs

  @Test
  void signsAndAccountingParentheses() {
    assertThat(dot("(1,500)")).isEqualTo(plain(-1500, 0, true));
    assertThat(dot("(12.5)")).isEqualTo(plain(-12.5, 1, false));
    assertThat(dot("\u22123")).isEqualTo(plain(-3, 0, false));
    assertThat(dot("-3")).isEqualTo(plain(-3, 0, false));
    assertThat(dot("+3")).isEqualTo(plain(3, 0, false));
    assertThat(dot("-$5")).isEqualTo(new Parsed(-5, 0, Unit.CURRENCY, "$", false, false));
    assertThat(dot("$-5")).isEqualTo(new Parsed(-5, 0, Unit.CURRENCY, "$", false, false));
    assertThat(dot("($5)")).isEqualTo(new Parsed(-5, 0, Unit.CURRENCY, "$", false, false));
    assertThat(dot("(-5)").value()).isEqualTo(5.0);
  }

  // ---- magnitudes

  private static Parsed letter(double value, int decimals) {
    return new Parsed(value, decimals, Unit.PLAIN, null, false, true, Notation.LETTER);
  }

  @Test
  void magnitudeSuffixesAndWords() {
    assertThat(dot("60B")).isEqualTo(letter(60e9, 0));
    assertThat(dot("1.5 bn")).isEqualTo(new Parsed(1.5e9, 1, Unit.PLAIN, null, false, true));
    assertThat(dot("3 k")).isEqualTo(letter(3000, 0));
    assertThat(dot("3K")).isEqualTo(letter(3000, 0));
    assertThat(dot("2 million")).isEqualTo(new Parsed(2e6, 0, Unit.PLAIN, null, false, true));
    assertThat(dot("4 millions")).isEqualTo(new Parsed(4e6, 0, Unit.PLAIN, null, false, true));
    assertThat(dot("7 billion")).isEqualTo(new Parsed(7e9, 0, Unit.PLAIN, null, false, true));
    assertThat(comma("2,5 milliards"))
        .isEqualTo(new Parsed(2.5e9, 1, Unit.PLAIN, null, false, true));
    assertThat(comma("3 Mrd")).isEqualTo(new Parsed(3e9, 0, Unit.PLAIN, null, false, true));
    assertThat(dot("5 thousand")).isEqualTo(new Parsed(5000, 0, Unit.PLAIN, null, false, true));
    assertThat(dot("12M")).isEqualTo(letter(12e6, 0));
    assertThat(comma("5 Md")).isEqualTo(new Parsed(5e9, 0, Unit.PLAIN, null, false, true));
    assertThat(dot("0.29k").value()).isEqualTo(290.0);
    assertThat(dot("1.15 M").value()).isEqualTo(1_150_000.0);
  }

  @Test
  void aMagnitudeLetterWithoutACurrencyMayBeAUnit() {
    // Metres, bytes, kelvins, minutes (issue 19, item 5): the column decides.
    assertThat(dot("5 m")).isEqualTo(letter(5e6, 0));
    assertThat(dot("512 B")).isEqualTo(letter(512e9, 0));
    assertThat(dot("300 K")).isEqualTo(letter(300e3, 0));
    assertThat(dot("0.5 M")).isEqualTo(letter(0.5e6, 1));
    assertThat(dot("5 mn")).isEqualTo(letter(5e6, 0));
    assertThat(dot("5 m%")).isNull();
    for (String unambiguous : new String[] {"5 bn", "5 Md", "5 Mrd", "5 million", "5 billion",
        "5 thousand", "$5 m", "5 m USD", "5 M€", "€5B"}) {
      assertThat(dot(unambiguous).notation()).as(unambiguous).isEqualTo(Notation.ORDINARY);
    }
  }

  @Test
  void magnitudesWithCurrencies() {
    assertThat(dot("$60B")).isEqualTo(new Parsed(60e9, 0, Unit.CURRENCY, "$", false, true));
    assertThat(dot("60 bn USD")).isEqualTo(new Parsed(60e9, 0, Unit.CURRENCY, "$", false, true));
    assertThat(dot("60 USD bn")).isEqualTo(new Parsed(60e9, 0, Unit.CURRENCY, "$", false, true));
    assertThat(comma("1,2 M€")).isEqualTo(new Parsed(1.2e6, 1, Unit.CURRENCY, "€", false, true));
  }

  @Test
  void aMagnitudeLetterMustFollowADigitOrASpace() {
    assertThat(dot("5 km")).isNull();
    assertThat(dot("B")).isNull();
    assertThat(dot("k")).isNull();
  }

  // ---- look-alikes that stay text

  @Test
  void codesWithLeadingZerosAreNotNumbers() {
    assertThat(dot("00123")).isNull();
    assertThat(comma("00123")).isNull();
    assertThat(dot("0870")).isNull();
    assertThat(comma("0870")).isNull();
    assertThat(dot("007.5")).isNull();
  }

  @Test
  void phoneNumbersAreNotNumbers() {
    assertThat(dot("+33 6 12 34 56 78")).isNull();
    assertThat(comma("+33 6 12 34 56 78")).isNull();
    assertThat(dot("06 12 34 56 78")).isNull();
  }

  @Test
  void moreThanFifteenSignificantDigitsAreIdentifiers() {
    assertThat(dot("1234567890123456")).isNull();
    assertThat(comma("4111111111111111")).isNull();
    assertThat(dot("1,234,567,890,123,456")).isNull();
    assertThat(dot("123456789012345")).isEqualTo(plain(123456789012345.0, 0, false));
    assertThat(dot("0.0000000000000001")).isEqualTo(plain(1e-16, 16, false));
  }

  @Test
  void rangesAndWordsAreNotNumbers() {
    assertThat(dot("1-2")).isNull();
    assertThat(comma("1-2")).isNull();
    assertThat(dot("2024-04-24")).isNull();
    assertThat(dot("abc")).isNull();
    assertThat(dot("")).isNull();
    assertThat(dot("$")).isNull();
    assertThat(dot("%")).isNull();
    assertThat(dot("()")).isNull();
    assertThat(dot("1 2")).isNull();
    assertThat(dot("1".repeat(65))).isNull();
  }
}
