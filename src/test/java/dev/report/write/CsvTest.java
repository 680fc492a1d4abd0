package dev.report.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void formulaLikeTextIsMadeInertForSpreadsheets() {
    assertThat(Csv.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(Csv.inert("+1")).isEqualTo("'+1");
    assertThat(Csv.inert("-2")).isEqualTo("'-2");
    assertThat(Csv.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.inert("\tx")).isEqualTo("'\tx");
    assertThat(Csv.inert("plain")).isEqualTo("plain");
    assertThat(Csv.inert("")).isEmpty();
  }

  @Test
  void fieldsAreQuotedOnlyWhenTheyMustBe() {
    assertThat(Csv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.quote("plain")).isEqualTo("plain");
  }
}
