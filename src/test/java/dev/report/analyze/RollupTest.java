package dev.report.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.read.TableProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which columns the Summary sums, averages, follows over time or leaves without a total (issue 15,
 * item 3): one row per kind of column, in a table without a date and in one with one.
 */
class RollupTest {
  @TempDir Path tmp;

  /** Column name, two of its values, and its rollup without a date column and with one. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        // Amounts, counts and money add up.
        Arguments.of("amount", "10.5", "20", Rollup.SUM, Rollup.SUM),
        Arguments.of("revenue", "$1,200", "$300", Rollup.SUM, Rollup.SUM),
        Arguments.of("units_sold", "3", "4", Rollup.SUM, Rollup.SUM),
        Arguments.of("number_of_users", "3", "4", Rollup.SUM, Rollup.SUM),
        Arguments.of("spent_usd_billion", "5", "6", Rollup.SUM, Rollup.SUM),
        // Rates are averaged: percents, and numbers named a rate, ratio or percent.
        Arguments.of("share", "15%", "10%", Rollup.MEAN, Rollup.MEAN),
        Arguments.of("growth_rate", "0.05", "0.07", Rollup.MEAN, Rollup.MEAN),
        Arguments.of("debtRatio", "1.5", "2", Rollup.MEAN, Rollup.MEAN),
        Arguments.of("pct_done", "50", "60", Rollup.MEAN, Rollup.MEAN),
        // Levels: averaged without a date, followed over one.
        Arguments.of("price", "$9.99", "$12", Rollup.MEAN, Rollup.LATEST),
        Arguments.of("unitPrice", "9.99", "12", Rollup.MEAN, Rollup.LATEST),
        Arguments.of("headcount", "120", "135", Rollup.MEAN, Rollup.LATEST),
        Arguments.of("capex_guidance", "60", "65", Rollup.MEAN, Rollup.LATEST),
        Arguments.of("account balance", "1000", "800", Rollup.MEAN, Rollup.LATEST),
        // A column of ranges: followed over a date, else no total.
        Arguments.of("guidance_range", "60-65", "64-72", Rollup.NONE, Rollup.LATEST),
        // Years and identifiers: no total, whatever else their name says.
        Arguments.of("fiscal_year", "2024", "2025", Rollup.NONE, Rollup.NONE),
        Arguments.of("customer_id", "1001", "1002", Rollup.NONE, Rollup.NONE),
        Arguments.of("price code", "17", "18", Rollup.NONE, Rollup.NONE),
        Arguments.of("order no", "5", "6", Rollup.NONE, Rollup.NONE),
        // Neither numbers nor ranges.
        Arguments.of("name", "Ada", "Bob", Rollup.NONE, Rollup.NONE),
        Arguments.of("signed", "2024-01-02", "2024-02-03", Rollup.NONE, Rollup.NONE),
        Arguments.of("active", "true", "false", Rollup.NONE, Rollup.NONE));
  }

  @ParameterizedTest(name = "{0}: {3} alone, {4} beside a date")
  @MethodSource("kinds")
  void eachKindOfColumnHasItsRollup(String name, String a, String b, Rollup undated,
      Rollup dated) {
    assertThat(rollupOf("label," + name + "\nx,\"" + a + "\"\ny,\"" + b + "\"\n", 1))
        .as("without a date").isEqualTo(undated);
    // "day" comes after the column, so that a date column of the kinds above is still column 2.
    assertThat(rollupOf("label," + name + ",day\nx,\"" + a + "\",2024-01-05\ny,\"" + b
        + "\",2024-03-01\n", 1)).as("beside a date").isEqualTo(dated);
  }

  @Test
  void theEndsOfARangeInTwoColumnsAreFollowedOverADateElseNotTotalled() {
    String undated = "low_usd_billion,high_usd_billion,spent\n30,37,5\n35,40,6\n";
    assertThat(rollups(undated)).containsExactly(Rollup.NONE, Rollup.NONE, Rollup.SUM);
    String dated = "announced,low_usd_billion,high_usd_billion,spent\n"
        + "2024-02-01,30,37,5\n2024-04-24,35,40,6\n";
    assertThat(rollups(dated)).containsExactly(Rollup.NONE, Rollup.LATEST, Rollup.LATEST,
        Rollup.SUM);
  }

  @Test
  void aNameIsSplitIntoWordsAtNonLettersAndCamelCase() {
    assertThat(Rollup.words("unitPrice_USD (2024)")).containsExactly("unit", "price", "usd");
    assertThat(Rollup.words("Low-USD billion")).containsExactly("low", "usd", "billion");
    // A word that only contains a level word is not one: "prices" is, "pricey" is not.
    assertThat(Rollup.infer(Tables.read(tmp, "p.csv", "day,pricey\n2024-01-01,1\n2024-01-02,2\n")
        .profile()).get(1)).isEqualTo(Rollup.SUM);
  }

  @Test
  void reportYamlWordsAreTheRollupsInOrder() {
    assertThat(Rollup.words()).containsExactly("sum", "mean", "latest", "none");
    assertThat(Rollup.ofWord("Latest")).isEqualTo(Rollup.LATEST);
    assertThat(Rollup.ofWord("total")).isNull();
  }

  private Rollup rollupOf(String csv, int column) {
    return rollups(csv).get(column);
  }

  private List<Rollup> rollups(String csv) {
    TableProfile t = Tables.read(tmp, "t.csv", csv).profile();
    return Rollup.infer(t);
  }
}
