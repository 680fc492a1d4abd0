package dev.report.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.report.read.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every group-by, of the Summary (by category, by year) and of the charts, adds up to its column's total and counts every
 * record once, and the Summary and the charts have the same groups with the same totals
 * (issue 19, item 13).
 */
class GroupTotalsProperties {

  @Property(tries = 300, seed = "20261204")
  void groupsAddUpToTheColumnAndTheSummaryAndChartsAgree(@ForAll("tables") List<Value[]> rows) {
    TableStats.Groups summary = new TableStats.Groups(0, 2, Aggregate.Stat.SUM);
    Aggregate.ByCategory chart = new Aggregate.ByCategory(0, 2, Aggregate.Stat.SUM);
    Aggregate.ByCategory counts = new Aggregate.ByCategory(0, -1);
    Aggregate.ByTwoCategories stacked = new Aggregate.ByTwoCategories(0, 1, 2);
    Aggregate.ByTwoCategories stackedCounts = new Aggregate.ByTwoCategories(1, 0, -1);
    TableStats.Years years = new TableStats.Years(3, List.of(2));
    ColumnStats total = new ColumnStats();
    for (Value[] r : rows) {
      years.add(r);
      summary.add(r);
      chart.add(r);
      counts.add(r);
      stacked.add(r);
      stackedCounts.add(r);
      total.add(r[2]);
    }
    double sum = total.sum();
    double tolerance = 1e-9 * (1 + Math.abs(sum));
    List<TableStats.Group> groups = summary.sorted();
    assertThat(groups.stream().mapToDouble(TableStats.Group::sum).sum()).isCloseTo(sum, within(tolerance));
    assertThat(groups.stream().mapToLong(TableStats.Group::count).sum()).isEqualTo(rows.size());
    assertThat(groups.stream().mapToLong(TableStats.Group::numbers).sum()).isEqualTo(total.numbers());
    assertThat(chart.values().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(sum, within(tolerance));
    assertThat(counts.values().values().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(rows.size());
    assertThat(stacked.totals().values().stream().flatMap(m -> m.values().stream())
        .mapToDouble(Double::doubleValue).sum()).isCloseTo(sum, within(tolerance));
    assertThat(stackedCounts.totals().values().stream().flatMap(m -> m.values().stream())
        .mapToDouble(Double::doubleValue).sum()).isEqualTo(rows.size());

    // By year, with the records without a date as one more group.
    List<TableStats.Group> byYear = new java.util.ArrayList<>();
    years.byYear().values().forEach(g -> byYear.add(g[0]));
    if (years.undated() != null) {
      byYear.add(years.undated()[0]);
    }
    assertThat(byYear.stream().mapToDouble(TableStats.Group::sum).sum()).isCloseTo(sum, within(tolerance));
    assertThat(byYear.stream().mapToLong(TableStats.Group::count).sum()).isEqualTo(rows.size());

    // The same groups, with the same totals, in the Summary and on the chart.
    Map<String, Double> bySummary = new HashMap<>();
    for (TableStats.Group g : groups) {
      if (g.numbers() > 0) {
        bySummary.put(g.label(), g.sum());
      }
    }
    assertThat(chart.values().keySet()).isEqualTo(bySummary.keySet());
    chart.values().forEach((label, v) ->
        assertThat(v).as(label).isCloseTo(bySummary.get(label), within(tolerance)));
  }

  @Provide
  Arbitrary<List<Value[]>> tables() {
    Arbitrary<Value> category = Arbitraries.of("North", "north", "NORTH", "South", "south", "East",
        "", "n/a").map(s -> s.isEmpty() ? Value.Empty.NONE
            : s.equals("n/a") ? new Value.Empty(s) : new Value.Text(s));
    Arbitrary<Value> series = Arbitraries.of("a", "A", "b", "").map(s -> s.isEmpty()
        ? Value.Empty.NONE : new Value.Text(s));
    Arbitrary<Value> number = Arbitraries.integers().between(-1000, 100_000)
        .map(i -> new Value.Decimal(i / 100.0, Double.toString(i / 100.0)));
    Arbitrary<Value> measure = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, number),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Value.Empty.NONE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Value.Invalid("x12"))));
    Arbitrary<Value> date = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 2000).map(d -> {
          java.time.LocalDate day = java.time.LocalDate.of(2022, 1, 1).plusDays(d);
          return (Value) new Value.Date(day, day.toString());
        })),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Value.Empty.NONE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Value.Invalid("2023-02-29"))));
    return Combinators.combine(category, series, measure, date)
        .as((c, s, m, d) -> new Value[] {c, s, m, d}).list().ofMaxSize(200);
  }
}
