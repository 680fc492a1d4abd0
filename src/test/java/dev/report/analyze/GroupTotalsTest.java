package dev.report.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Summary's group totals and the charts group records by one rule (issue 19, item 13). */
class GroupTotalsTest {
  @TempDir Path tmp;

  private static final String REGIONS = """
      region,sales
      North,10
      north,20
      South,5
      ,100
      South,7
      North,1
      """;

  @Test
  void blankIsAGroupAndCaseVariantsAreOneGroupInTheSummaryAndTheChart() {
    Tables.Read t = Tables.read(tmp, "regions.csv", REGIONS);
    TableStats stats = TableStats.plan(t.profile());
    List<Aggregate> plans = Planner.plan(t.profile());
    t.rows().forEach(stats::add);
    t.rows().forEach(r -> plans.forEach(a -> a.add(r)));

    assertThat(stats.groups()).hasSize(1);
    Map<String, Double> summary = new LinkedHashMap<>();
    Map<String, Long> records = new LinkedHashMap<>();
    for (TableStats.Group g : stats.groups().get(0).sorted()) {
      summary.put(g.label(), g.sum());
      records.put(g.label(), g.count());
    }
    assertThat(summary).containsExactly(Map.entry("(blank)", 100.0), Map.entry("North", 31.0),
        Map.entry("South", 12.0));
    assertThat(records).containsExactly(Map.entry("(blank)", 1L), Map.entry("North", 3L),
        Map.entry("South", 2L));
    assertThat(stats.groups().get(0).sorted().get(0).match()).isEqualTo(Grouping.Match.BLANK);

    Aggregate.ByCategory chart = (Aggregate.ByCategory) plans.stream()
        .filter(a -> a instanceof Aggregate.ByCategory).findFirst().orElseThrow();
    assertThat(chart.values()).containsOnly(Map.entry("North", 31.0), Map.entry("South", 12.0),
        Map.entry("(blank)", 100.0));
    assertThat(chart.stat).isEqualTo(Aggregate.Stat.SUM);
  }

  @Test
  void percentsAreAveragedPerGroupInTheSummaryAsOnTheChart() {
    Tables.Read t = Tables.read(tmp, "shares.csv", """
        host,share
        A,80%
        A,60%
        B,50%
        B,x
        B,50%
        """);
    TableStats stats = TableStats.plan(t.profile());
    List<Aggregate> plans = Planner.plan(t.profile());
    t.rows().forEach(stats::add);
    t.rows().forEach(r -> plans.forEach(a -> a.add(r)));
    TableStats.Groups g = stats.groups().get(0);
    assertThat(g.stat()).isEqualTo(Aggregate.Stat.MEAN);
    assertThat(g.sorted()).extracting(TableStats.Group::label).containsExactly("A", "B");
    assertThat(g.sorted()).extracting(x -> g.stat().of(x.sum(), x.numbers()))
        .containsExactly(0.7, 0.5);
    Aggregate.ByCategory chart = (Aggregate.ByCategory) plans.get(0);
    assertThat(chart.stat).isEqualTo(Aggregate.Stat.MEAN);
    assertThat(chart.values()).containsOnly(Map.entry("A", 0.7), Map.entry("B", 0.5));
  }
}
