package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import dev.report.analyze.Planner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts chosen from the data speak in words (issue 15, item 2): their titles come from the
 * table's title and the measure, their subtitles name the measure; never a raw column name.
 */
class ChartTitlesTest {
  @TempDir Path tmp;

  /** Each chart the planner chooses for {@code csv}, as "title | subtitle". */
  private List<String> titles(String name, String csv, ChartOptions options) {
    Tables.Read t = Tables.read(tmp, name, csv);
    List<Aggregate> plans = Planner.plan(t.profile());
    t.rows().forEach(r -> plans.forEach(a -> a.add(r)));
    List<String> out = new ArrayList<>();
    for (Aggregate a : plans) {
      RenderedChart c = Charts.build(a, t.profile(), col -> "", options);
      assertThat(c.chart().getTitle().getText()).isEqualTo(c.title());
      out.add(c.title() + " | " + ((TextTitle) c.chart().getSubtitle(0)).getText());
    }
    return out;
  }

  private List<String> titles(String name, String csv) {
    return titles(name, csv, ChartOptions.DEFAULT);
  }

  @Test
  void rangesAreTitledByTheTableAndTheUnitInTheColumnNames() {
    assertThat(titles("capex_guidance.csv", """
        announced,fiscal_year,low_usd_billion,high_usd_billion
        2024-02-01,2024,30,37
        2025-01-29,2025,60,65
        """)).containsExactly("Capex guidance, USD bn | From low to high by date announced;"
            + " one colour per fiscal year");
    assertThat(titles("capex.csv", """
        day,range
        2024-02-01,30-37
        2025-01-29,60-65
        """)).containsExactly("Capex ranges | Ranges of range by day");
  }

  @Test
  void theTableTitleOfReportYamlStartsTheTitle() {
    assertThat(titles("capex_guidance.csv", """
        announced,fiscal_year,low,high
        2024-02-01,2024,30,37
        2025-01-29,2025,60,65
        """, ChartOptions.DEFAULT.withTable("Guidance"))).containsExactly(
            "Guidance ranges | From low to high by date announced; one colour per fiscal"
                + " year");
  }

  @Test
  void seriesBarsAndStacksNameTheMeasureInWords() {
    assertThat(titles("sales-2024.csv", """
        date,region,channel,revenue_eur_million
        2024-01-01,EU,web,10
        2024-01-02,US,shop,20
        2024-01-02,EU,shop,5
        2024-01-03,US,web,7
        """)).containsExactly(
            "Sales 2024, revenue, EUR m | Sum of revenue per day",
            "Sales 2024, revenue by region | Sum of revenue per region",
            "Sales 2024, revenue by region and channel | Sum of revenue, one colour per channel",
            "Sales 2024, revenue by channel | Sum of revenue per channel");
    assertThat(titles("rates.csv", """
        date,units,cost
        2024-01-01,10,1
        2024-01-02,12,2
        """)).containsExactly("Rates, units and cost | Sum of units and cost per day");
    // A rate is averaged, never summed with the amounts (issue 15, item 3).
    assertThat(titles("shares.csv", """
        date,share_pct,cost
        2024-01-01,10,1
        2024-01-02,12,2
        """)).containsExactly("Shares, cost | Sum of cost per day");
  }

  @Test
  void seriesAreNamedInWordsInTheLegend() {
    Tables.Read t = Tables.read(tmp, "rates.csv", """
        date,units,cost_usd
        2024-01-01,10,1
        2024-01-02,12,2
        """);
    Aggregate a = Planner.plan(t.profile()).get(0);
    t.rows().forEach(a::add);
    var data = Charts.build(a, t.profile(), col -> "", ChartOptions.DEFAULT).chart().getXYPlot()
        .getDataset();
    assertThat(List.of(data.getSeriesKey(0), data.getSeriesKey(1)).toString())
        .isEqualTo("[Units, Cost]");
  }

  @Test
  void countsAndMeansAreSaidSo() {
    assertThat(titles("partners.csv", """
        partner,category,tier
        AWS,Cloud provider,gold
        Groq,Chip maker,gold
        Azure,Cloud provider,silver
        Intel,Chip maker,silver
        """)).containsExactly(
            "Partners by category | Count of records per category",
            "Partners by category and tier | Count of records, one colour per tier");
    assertThat(titles("fees.csv", """
        host,fee
        AWS,10%
        AWS,20%
        Groq,5%
        """)).containsExactly("Fees, mean fee by host | Mean of fee per host");
  }

  @Test
  void aTimelineIsTitledByItsTable() {
    assertThat(titles("llama_events.csv", """
        date,event
        2024-04-24,Earnings call
        2024-07-23,Blog post
        """)).containsExactly("Llama events timeline | 2 dated records");
  }

  @Test
  void columnNamesBecomeWords() {
    assertThat(Words.measure("low_usd_billion")).isEqualTo("low");
    assertThat(Words.measure("usd_billion")).isEqualTo("USD billion");
    assertThat(Words.unit("low_usd_billion")).isEqualTo("USD bn");
    assertThat(Words.unit("growth_pct")).isEqualTo("%");
    assertThat(Words.unit("amount")).isEmpty();
    assertThat(Words.date("announced")).isEqualTo("date announced");
    assertThat(Words.date("fiscal_year")).isEqualTo("fiscal year");
    assertThat(Words.date("published_at")).isEqualTo("published at");
    assertThat(Words.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }
}
