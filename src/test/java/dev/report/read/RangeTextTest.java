package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RangeTextTest {
  private static RangeText.Parsed dot(String s) {
    return RangeText.parse(s, '.');
  }

  @Test
  void dashesAndWordsSeparateTheEnds() {
    assertThat(dot("60-80")).isEqualTo(new RangeText.Parsed(60, 80, 0, NumberText.Unit.PLAIN, null));
    assertThat(dot("60–80")).isEqualTo(new RangeText.Parsed(60, 80, 0, NumberText.Unit.PLAIN, null));
    assertThat(dot("60 — 80")).isEqualTo(new RangeText.Parsed(60, 80, 0, NumberText.Unit.PLAIN, null));
    assertThat(dot("60 to 80")).isEqualTo(new RangeText.Parsed(60, 80, 0, NumberText.Unit.PLAIN, null));
    assertThat(dot("60 à 80")).isEqualTo(new RangeText.Parsed(60, 80, 0, NumberText.Unit.PLAIN, null));
    assertThat(dot("37.5-40")).isEqualTo(new RangeText.Parsed(37.5, 40, 1, NumberText.Unit.PLAIN, null));
  }

  @Test
  void aUnitOrMagnitudeWrittenOnceAppliesToBothEnds() {
    assertThat(dot("$60-80B")).isEqualTo(
        new RangeText.Parsed(6.0e10, 8.0e10, 0, NumberText.Unit.CURRENCY, "$"));
    assertThat(dot("60 to 80 billion")).isEqualTo(
        new RangeText.Parsed(6.0e10, 8.0e10, 0, NumberText.Unit.PLAIN, null));
    assertThat(dot("60-80%")).isEqualTo(new RangeText.Parsed(0.6, 0.8, 0, NumberText.Unit.PERCENT, null));
    assertThat(RangeText.parse("12,5 % - 15 %", ',')).isEqualTo(
        new RangeText.Parsed(0.125, 0.15, 1, NumberText.Unit.PERCENT, null));
  }

  @Test
  void aMagnitudeLetterWithoutACurrencyOrACodeIsNotARange() {
    // 60-80 m may be metres (issue 19, item 5); 1E5-2E5 may be codes (item 6).
    assertThat(dot("60-80 m")).isNull();
    assertThat(dot("5 to 10 K")).isNull();
    assertThat(dot("1E5-2E5")).isNull();
    assertThat(dot("60 to 80 bn")).isEqualTo(
        new RangeText.Parsed(6.0e10, 8.0e10, 0, NumberText.Unit.PLAIN, null));
    assertThat(dot("1.5e3-2.5e3")).isEqualTo(
        new RangeText.Parsed(1500, 2500, 0, NumberText.Unit.PLAIN, null));
  }

  @Test
  void aLeadingMinusIsASign() {
    assertThat(dot("-5-10")).isEqualTo(new RangeText.Parsed(-5, 10, 0, NumberText.Unit.PLAIN, null));
  }

  @Test
  void datesCodesAndTextAreNotRanges() {
    assertThat(dot("2024-04-24")).isNull();
    assertThat(dot("A-B")).isNull();
    assertThat(dot("60")).isNull();
    assertThat(dot("60-")).isNull();
    assertThat(dot("$60-€80")).isNull();
  }

  @Test
  void aColumnOfRangesIsARangeColumnAndSingleNumbersAreRangesOfOne() {
    ColumnProfile p = new ColumnProfile();
    for (String v : new String[] {"30-37", "35–40", "37 to 40", "39.23", "60-65", "n/a"}) {
      p.add(v);
    }
    ColumnType type = p.decide('.', DateOrder.MONTH_FIRST);
    assertThat(type.kind()).isEqualTo(ColumnType.Kind.RANGE);
    assertThat(type.excelFormat()).isEqualTo("@");
    assertThat(type.rangeEndFormat()).isEqualTo("#,##0.00");
    assertThat(type.convert("35–40")).isEqualTo(new Value.Range(35, 40, "35–40"));
    assertThat(type.convert("80-60")).isEqualTo(new Value.Range(60, 80, "80-60"));
    assertThat(type.convert("39.23")).isEqualTo(new Value.Range(39.23, 39.23, "39.23"));
    assertThat(type.convert("soon")).isEqualTo(new Value.Invalid("soon"));
    assertThat(type.convert("n/a")).isEqualTo(new Value.Empty("n/a"));
  }

  @Test
  void aFewRangesAmongTextStayText() {
    ColumnProfile p = new ColumnProfile();
    for (String v : new String[] {"1-2", "alpha", "beta", "gamma", "delta"}) {
      p.add(v);
    }
    assertThat(p.decide('.', DateOrder.MONTH_FIRST).kind()).isEqualTo(ColumnType.Kind.TEXT);
  }
}
