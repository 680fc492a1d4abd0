package dev.report.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Means and medians show two more decimals than their column, in its own format (issue 19, item 15). */
class FormatsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "#,##0|#,##0.00",
      "0|0.00",
      "#,##0.000000000|#,##0.00000000000",
      "0.0%|0.000%",
      "0%|0.00%",
      "\"$\"#,##0.00|\"$\"#,##0.0000",
      "#,##0\\ \"€\"|#,##0.00\\ \"€\"",
      "0.0#############E+00|0.000#############E+00",
      "#,##0.00;[Red]-#,##0.00|#,##0.0000;[Red]-#,##0.0000",
      "\"0.5 units\" 0|\"0.5 units\" 0.00",
      "yyyy-mm-dd|yyyy-mm-dd",
      "General|General",
      "@|@",
  })
  void twoMoreDecimalsInEveryNumberSection(String format, String derived) {
    assertThat(Formats.moreDecimals(format, Formats.DERIVED_DECIMALS)).isEqualTo(derived);
  }
}
