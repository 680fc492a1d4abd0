package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Numbers and dates written the way en-US, fr-FR and de-DE spreadsheets write them read back to
 * the same value, one by one and as whole columns. Seeded: the same cases on every run.
 */
class LocaleRoundTripProperties {
  /** How each locale writes a number: grouping, decimal mark. */
  enum Style {
    EN_US(',', '.'), FR_FR('\u202F', ','), FR_FR_NBSP('\u00A0', ','), DE_DE('.', ','), CH('\'', '.');

    final char group;
    final char decimal;

    Style(char group, char decimal) {
      this.group = group;
      this.decimal = decimal;
    }

    String format(BigDecimal v, int decimals) {
      DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
      sym.setGroupingSeparator(group);
      sym.setDecimalSeparator(decimal);
      sym.setMinusSign('-');
      DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), sym);
      f.setRoundingMode(RoundingMode.HALF_EVEN);
      return f.format(v);
    }
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-999999999.99"), new BigDecimal("999999999.99"))
        .ofScale(2);
  }

  @Property(tries = 2000, seed = "20261126")
  void numbersReadBackInEveryStyle(@ForAll("amounts") BigDecimal value, @ForAll Style style,
      @ForAll @IntRange(min = 0, max = 2) int decimals) {
    BigDecimal v = value.setScale(decimals, RoundingMode.HALF_EVEN);
    String text = style.format(v, decimals);
    NumberText.Parsed p = NumberText.parse(text, style.decimal);
    assertThat(p).as(text).isNotNull();
    assertThat(p.value()).as(text).isEqualTo(v.doubleValue());
  }

  @Property(tries = 1000, seed = "20261126")
  void percentsReadBackAsFractions(@ForAll @IntRange(min = -100000, max = 100000) int tenths,
      @ForAll Style style) {
    BigDecimal v = BigDecimal.valueOf(tenths, 1);
    String text = style.format(v, 1) + (style == Style.EN_US ? "%" : "\u00A0%");
    NumberText.Parsed p = NumberText.parse(text, style.decimal);
    assertThat(p).as(text).isNotNull();
    assertThat(p.unit()).isEqualTo(NumberText.Unit.PERCENT);
    assertThat(p.value()).as(text).isEqualTo(v.movePointLeft(2).doubleValue());
  }

  @Property(tries = 300, seed = "20261126")
  void aColumnOfNumbersInOneStyleIsTypedWithThatDecimalMark(
      @ForAll("columns") List<BigDecimal> values, @ForAll Style style) {
    ColumnProfile profile = new ColumnProfile();
    List<String> texts = values.stream().map(v -> style.format(v, 2)).toList();
    texts.forEach(profile::add);
    // The column must decide from its values alone: the preferred mark is the other one.
    char other = style.decimal == '.' ? ',' : '.';
    ColumnType type = profile.decide(other, DateOrder.MONTH_FIRST);
    assertThat(type.kind()).as(texts.toString()).isEqualTo(ColumnType.Kind.DECIMAL);
    assertThat(type.decimalMark()).as(texts.toString()).isEqualTo(style.decimal);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(type.convert(texts.get(i)))
          .isEqualTo(new Value.Decimal(values.get(i).doubleValue(), texts.get(i)));
    }
  }

  @Provide
  Arbitrary<List<BigDecimal>> columns() {
    // Written with two decimals, values with a non-zero cent always show the decimal mark.
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("99999.99"))
        .ofScale(2).filter(v -> v.remainder(BigDecimal.ONE).signum() != 0)
        .list().ofMinSize(3).ofMaxSize(30);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 200 * 366)
        .map(d -> LocalDate.of(1900, 1, 1).plusDays(d))
        .filter(d -> d.getYear() <= 2099);
  }

  @Property(tries = 1000, seed = "20261126")
  void datesReadBackInEveryLocalesForms(@ForAll("dates") LocalDate date) {
    assertThat(DateText.parse(fmt("M/d/yyyy", Locale.US, date), DateOrder.MONTH_FIRST)).isEqualTo(date);
    assertThat(fmt("MMM d, yyyy", Locale.US, date)).satisfies(
        s -> assertThat(DateText.parse(s, DateOrder.MONTH_FIRST)).as(s).isEqualTo(date));
    assertThat(DateText.parse(fmt("dd/MM/yyyy", Locale.FRANCE, date), DateOrder.DAY_FIRST)).isEqualTo(date);
    assertThat(fmt("d MMMM yyyy", Locale.FRANCE, date)).satisfies(
        s -> assertThat(DateText.parse(s, DateOrder.DAY_FIRST)).as(s).isEqualTo(date));
    assertThat(DateText.parse(fmt("dd.MM.yyyy", Locale.GERMANY, date), DateOrder.DAY_FIRST)).isEqualTo(date);
    assertThat(DateText.parse(date.toString(), DateOrder.MONTH_FIRST)).isEqualTo(date);
  }

  @Property(tries = 300, seed = "20261126")
  void aColumnOfDatesWithADayAbove12IsReadInItsOwnOrder(
      @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll boolean dayFirst) {
    LocalDate settled = a.withDayOfMonth(13 + a.getDayOfMonth() % 15);
    String pattern = dayFirst ? "dd/MM/yyyy" : "MM/dd/yyyy";
    ColumnProfile profile = new ColumnProfile();
    List<LocalDate> dates = List.of(settled, b);
    dates.forEach(d -> profile.add(fmt(pattern, Locale.ROOT, d)));
    DateOrder assumed = dayFirst ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    ColumnType type = profile.decide('.', assumed);
    assertThat(type.kind()).isEqualTo(ColumnType.Kind.DATE);
    assertThat(type.dateOrder()).isEqualTo(dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST);
    for (LocalDate d : dates) {
      String text = fmt(pattern, Locale.ROOT, d);
      assertThat(type.convert(text)).isEqualTo(new Value.Date(d, text));
    }
  }

  private static String fmt(String pattern, Locale locale, LocalDate d) {
    return DateTimeFormatter.ofPattern(pattern, locale).format(d);
  }
}
