package dev.report.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which aggregates, and so which charts, a table gets without any configuration. */
class PlannerTest {
  @TempDir Path tmp;

  private List<Aggregate> plan(String csv) {
    return Planner.plan(Tables.read(tmp, "t.csv", csv).profile());
  }

  @Test
  void lowHighColumnsWithADateGiveRangesGroupedByAYearColumn() {
    List<Aggregate> plans = plan("""
        announced,fiscal_year,low_usd_billion,high_usd_billion,kind
        2024-02-01,2024,30,37,guidance
        2024-04-24,2024,35,40,guidance
        2025-01-29,2025,60,65,guidance
        2025-01-29,2024,39.23,39.23,actual
        """);
    assertThat(plans).hasSize(1);
    Aggregate.RangesByDate r = (Aggregate.RangesByDate) plans.get(0);
    assertThat(r.dateColumn).isZero();
    assertThat(r.lowColumn).isEqualTo(2);
    assertThat(r.highColumn).isEqualTo(3);
    assertThat(r.labelColumn).isEqualTo(1);
    // One actual among three guidances: the kind column marks it (issue 15, item 2).
    assertThat(r.kindColumn).isEqualTo(4);
  }

  /**
   * A column marks a minority kind of record only when named like one (kind, type, status...),
   * of 2 or 3 values, the most common at least two thirds of the records.
   */
  @Test
  void aKindColumnMarksOnlyAMinorityOfRecordsAndOnlyWhenNamedLikeAKind() {
    String rows = """
        2024-02-01,2024,30,37,%s
        2024-04-24,2024,35,40,%s
        2024-07-31,2024,37,40,%s
        2025-01-29,2025,60,65,%s
        2025-01-29,2024,39.23,39.23,%s
        """;
    String header = "announced,fiscal_year,low,high,%s\n";
    record Case(String column, String[] values, int expected) {}
    List<Case> cases = List.of(
        new Case("figure_type", new String[] {"guidance", "guidance", "guidance", "guidance",
            "actual"}, 4),
        new Case("status", new String[] {"guidance", "guidance", "actual", "actual", "actual"},
            -1),
        new Case("region", new String[] {"EU", "EU", "EU", "EU", "US"}, -1),
        new Case("kind", new String[] {"a", "b", "c", "d", "a"}, -1));
    for (Case c : cases) {
      Aggregate.RangesByDate r = (Aggregate.RangesByDate) plan(header.formatted(c.column())
          + rows.formatted((Object[]) c.values())).get(0);
      assertThat(r.kindColumn).as(c.column()).isEqualTo(c.expected());
    }
  }

  @Test
  void minMaxNamesArePairsToo() {
    List<Aggregate> plans = plan("""
        day,temp_min,temp_max
        2024-01-01,1,5
        2024-01-02,2,6
        """);
    assertThat(plans).singleElement().isInstanceOf(Aggregate.RangesByDate.class);
  }

  @Test
  void aDateWithMeasuresGivesATimeSeriesAndCategoriesGiveSums() {
    List<Aggregate> plans = plan("""
        id,date,host,amount,quantity
        1,2024-01-01,AWS,10.5,3
        2,2024-01-02,Groq,20,4
        3,2024-01-02,AWS,5,1
        4,2024-01-03,Groq,7.25,2
        """);
    assertThat(plans).hasSize(2);
    Aggregate.SeriesByDate s = (Aggregate.SeriesByDate) plans.get(0);
    assertThat(s.dateColumn).isEqualTo(1);
    assertThat(s.valueColumns).containsExactly(3, 4);
    Aggregate.ByCategory c = (Aggregate.ByCategory) plans.get(1);
    assertThat(c.categoryColumn).isEqualTo(2);
    assertThat(c.valueColumn).isEqualTo(3);
  }

  @Test
  void aTextColumnAloneGivesCountsButNeverOfAUniqueColumn() {
    List<Aggregate> plans = plan("""
        partner,category
        AWS,cloud
        Azure,cloud
        Groq,chips
        """);
    Aggregate.ByCategory c = (Aggregate.ByCategory) plans.get(0);
    assertThat(plans).hasSize(1);
    assertThat(c.categoryColumn).isEqualTo(1);
    assertThat(c.valueColumn).isEqualTo(-1);
  }

  @Test
  void datedRowsWithoutNumbersGiveATimelineLabelledByTheFirstDistinctText() {
    List<Aggregate> plans = plan("""
        date,event,kind
        2024-04-24,Earnings call,call
        2024-07-23,Blog post,post
        2024-10-30,Earnings call again,call
        """);
    Aggregate.Events e = (Aggregate.Events) plans.get(0);
    assertThat(plans).hasSize(1);
    assertThat(e.dateColumn).isZero();
    assertThat(e.labelColumn).isEqualTo(1);
  }

  @Test
  void idColumnsAndMostlyMissingColumnsAreNeverCharted() {
    List<Aggregate> plans = plan("""
        order_id,date,amount
        1,2024-01-01,
        2,2024-01-02,
        3,2024-01-03,5
        """);
    // order_id is an ID and amount is mostly missing: nothing to draw but the dates.
    assertThat(plans).isEmpty();
  }

  @Test
  void aggregatesSumWhatStreamsBy() {
    Tables.Read t = Tables.read(tmp, "t.csv", """
        date,host,amount
        2024-01-01,AWS,10
        2024-01-01,Groq,2.5
        2024-01-02,AWS,n/a
        2024-01-03,AWS,4
        """);
    Aggregate.SeriesByDate s = new Aggregate.SeriesByDate(0, List.of(2));
    Aggregate.ByCategory c = new Aggregate.ByCategory(1, 2);
    for (var row : t.rows()) {
      s.add(row);
      c.add(row);
    }
    assertThat(s.sums()).hasSize(3);
    assertThat(s.sums().values()).extracting(v -> v[0]).containsExactly(12.5, 0.0, 4.0);
    assertThat(c.totals()).containsExactly(
        org.assertj.core.api.Assertions.entry("AWS", 14.0),
        org.assertj.core.api.Assertions.entry("Groq", 2.5));
  }

  /** A level is charted as the Summary shows it: averaged, never summed (issue 15, item 3). */
  @Test
  void aPricePerCategoryIsAveragedAndRevenueSummed() {
    String rows = """
        region,%s
        North,10
        South,12
        North,14
        South,9
        North,11
        """;
    Aggregate.ByCategory price = (Aggregate.ByCategory) plan(rows.formatted("price")).get(0);
    assertThat(price.valueColumn).isEqualTo(1);
    assertThat(price.stat).isEqualTo(Aggregate.Stat.MEAN);
    Aggregate.ByCategory revenue = (Aggregate.ByCategory) plan(rows.formatted("revenue")).get(0);
    assertThat(revenue.stat).isEqualTo(Aggregate.Stat.SUM);
  }

  @Test
  void aHeadcountOverDatesIsAveragedPerPeriod() {
    List<Aggregate> plans = plan("""
        date,headcount
        2024-01-01,10
        2024-02-01,12
        2024-03-01,14
        """);
    Aggregate.SeriesByDate s = (Aggregate.SeriesByDate) plans.get(0);
    assertThat(s.valueColumns).containsExactly(1);
    assertThat(s.stat).isEqualTo(Aggregate.Stat.MEAN);
  }
}
