package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * A number's cell shows it as written, whatever its decimals (past 6: 0.00000091) and however it
 * is written (1e-9 is 0.000000001), in its column's Excel format (issue 19, item 15).
 */
class NumberShownAsWrittenProperties {
  private static final DataFormatter EXCEL = new DataFormatter(Locale.ROOT);

  @Property(tries = 500, seed = "20261204")
  void theColumnsFormatShowsEveryValueAsWritten(@ForAll("numbers") BigDecimal a,
      @ForAll("numbers") BigDecimal b, @ForAll boolean exponent) {
    String ta = exponent ? a.toString() : a.toPlainString();
    String tb = b.toPlainString();
    ColumnProfile p = new ColumnProfile();
    p.add(ta);
    p.add(tb);
    ColumnType type = p.decide('.', DateOrder.MONTH_FIRST);
    assertThat(type.kind().isNumeric()).as(type + " of " + ta + ", " + tb).isTrue();
    int decimals = Math.max(Math.max(a.scale(), b.scale()), 0);
    for (String text : new String[] {ta, tb}) {
      BigDecimal written = new BigDecimal(text);
      double value = ((Value.Decimal) type.convert(text)).value();
      String shown = EXCEL.formatRawCellContents(value, -1, type.excelFormat()).replace(",", "");
      // Shown with the column's decimals: the value as written, padded with zeros.
      assertThat(shown).as("%s in %s", text, type.excelFormat())
          .isEqualTo(written.setScale(decimals).toPlainString());
    }
  }

  @Provide
  Arbitrary<BigDecimal> numbers() {
    return Combinators.combine(Arbitraries.longs().between(1, 999_999_999_999L),
        Arbitraries.integers().between(0, 20))
        .as(BigDecimal::valueOf)
        .filter(d -> d.precision() <= 15 && d.stripTrailingZeros().scale() == d.scale());
  }
}
