package dev.report.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Summary sheet is computed from, gathered record by record. */
class TableStatsTest {
  @TempDir Path tmp;

  private TableStats stats(String csv) {
    Tables.Read t = Tables.read(tmp, "t.csv", csv);
    TableStats s = TableStats.plan(t.profile());
    t.rows().forEach(s::add);
    return s;
  }

  @Test
  void yearTotalsDoNotDependOnTheOrderOfTheRecords() {
    TableStats s = stats("""
        day,partner,amount
        2024-01-05,A,10
        2023-03-01,B,1
        2024-02-01,A,20
        2024-02-01,B,x
        2023-12-31,A,2
        2025-06-30,B,300
        1850-01-01,A,7
        2150-01-01,B,9
        """);
    assertThat(s.years()).hasSize(1);
    TableStats.Years y = s.years().get(0);
    // Years after 2099 are kept too (in the sorted map only). 1850-01-01 is text in the sheet (no
    // date cell shows it), so the Summary's COUNTIFS over dates cannot count it: left out.
    assertThat(y.byYear().keySet()).containsExactly(2023, 2024, 2025, 2150);
    assertThat(y.byYear().get(2150)[0].sum()).isEqualTo(9);
    assertThat(y.byYear().get(2023)[0].sum()).isEqualTo(3);
    assertThat(y.byYear().get(2023)[0].count()).isEqualTo(2);
    assertThat(y.byYear().get(2024)[0].sum()).isEqualTo(30);
    assertThat(y.byYear().get(2024)[0].count()).isEqualTo(3);
    assertThat(y.byYear().get(2024)[0].numbers()).isEqualTo(2);
    assertThat(y.byYear().get(2025)[0].label()).isEqualTo("2025");
  }

  @Test
  void distinctValuesAreCountedOnlyForTablesTheSummaryShowsThemFor() {
    StringBuilder small = new StringBuilder("code,n\n");
    for (int i = 0; i < ColumnStats.DISTINCT_ROWS; i++) {
      small.append(i % 2 == 0 ? "A" : "a").append(',').append(i % 7).append('\n');
    }
    TableStats s = stats(small.toString());
    assertThat(s.column(0).distinct()).isEqualTo(1); // case is ignored, as COUNTIF does
    assertThat(s.column(1).distinct()).isEqualTo(7);
    TableStats big = stats(small + "b,8\n");
    assertThat(big.column(0).distinct()).isEqualTo(-1);
    assertThat(big.column(1).distinct()).isEqualTo(-1);
    assertThat(big.column(1).numbers()).isEqualTo(ColumnStats.DISTINCT_ROWS + 1);
  }

  @Test
  void seriesByDateSumsEachDateWhereverItsRecordsAre() {
    Tables.Read t = Tables.read(tmp, "s.csv", """
        day,amount
        2024-01-02,1
        2024-01-01,2
        2024-01-02,4
        2024-01-02,n/a
        2024-01-01,8
        """);
    Aggregate.SeriesByDate a = new Aggregate.SeriesByDate(0, List.of(1));
    t.rows().forEach(a::add);
    assertThat(a.sums().keySet()).extracting(Object::toString)
        .containsExactly("2024-01-01", "2024-01-02");
    assertThat(a.sums().firstEntry().getValue()).containsExactly(10);
    assertThat(a.sums().lastEntry().getValue()).containsExactly(5);
    assertThat(a.counts(java.time.LocalDate.of(2024, 1, 2))).containsExactly(2);
  }

  @Test
  void aMostlyEmptyAmountIsNotGroupedUnlessReportYamlAsksForIt() {
    Tables.Read t = Tables.read(tmp, "t.csv", "region,amount\nNorth,1\nSouth,\nNorth,\n");
    assertThat(TableStats.plan(t.profile()).groups()).isEmpty();
    assertThat(TableStats.plan(t.profile()).rollup(1)).isEqualTo(Rollup.SUM);
    assertThat(TableStats.plan(t.profile(), java.util.Map.of(1, Rollup.MEAN)).groups())
        .singleElement().satisfies(g -> assertThat(g.stat()).isEqualTo(Aggregate.Stat.MEAN));
  }
}
