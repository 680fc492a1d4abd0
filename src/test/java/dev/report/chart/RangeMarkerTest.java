package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import dev.report.analyze.Planner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minority kind of record among ranges (the one actual among guidance) is drawn with a marker
 * of its own and named once in the legend (issue 15, item 2).
 */
class RangeMarkerTest {
  @TempDir Path tmp;

  private static final String CAPEX = """
      announced,fiscal_year,low_usd_billion,high_usd_billion,kind
      2024-02-01,2024,30,37,guidance
      2024-04-24,2024,35,40,guidance
      2025-01-24,2025,60,65,guidance
      2025-01-29,2024,39.23,39.23,actual
      2025-04-30,2025,64,72,guidance
      """;

  private RenderedChart planned(String csv) {
    Tables.Read t = Tables.read(tmp, "capex_guidance.csv", csv);
    Aggregate a = Planner.plan(t.profile()).get(0);
    t.rows().forEach(a::add);
    return Charts.build(a, t.profile(), col -> "", ChartOptions.DEFAULT);
  }

  private static List<String> legend(XYPlot plot) {
    List<String> out = new ArrayList<>();
    LegendItemCollection items = plot.getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      out.add(items.get(i).getLabel());
    }
    return out;
  }

  @Test
  void theActualIsAMarkerInItsGroupsColourWithOneLegendEntry() {
    XYPlot plot = planned(CAPEX).chart().getXYPlot();
    YIntervalSeriesCollection ranges = (YIntervalSeriesCollection) plot.getDataset(0);
    assertThat(ranges.getSeriesCount()).isEqualTo(2);
    assertThat(ranges.getSeriesKey(0).toString()).isEqualTo("2024");
    // 2024 has two guidances as ranges; its actual is not one of them.
    assertThat(ranges.getItemCount(0)).isEqualTo(2);
    assertThat(ranges.getItemCount(1)).isEqualTo(2);
    YIntervalSeriesCollection marked =
        (YIntervalSeriesCollection) plot.getDataset(RangeCharts.MARKED);
    assertThat(marked.getSeriesCount()).isEqualTo(1);
    assertThat(marked.getItemCount(0)).isEqualTo(1);
    assertThat(marked.getYValue(0, 0)).isEqualTo(39.23);
    assertThat(marked.getStartYValue(0, 0)).isEqualTo(39.23);
    XYErrorRenderer marks = (XYErrorRenderer) plot.getRenderer(RangeCharts.MARKED);
    assertThat(marks.getSeriesShape(0)).isSameAs(RangeCharts.SHAPES[0]);
    assertThat(marks.getSeriesPaint(0)).isEqualTo(Theme.color(0));
    assertThat(marks.getDefaultLinesVisible()).isFalse();
    assertThat(legend(plot)).containsExactly("2024", "2025", "actual");
    LegendItem actual = plot.getLegendItems().get(2);
    assertThat(actual.getShape()).isSameAs(RangeCharts.SHAPES[0]);
    assertThat(actual.getFillPaint()).isEqualTo(Theme.TEXT);
  }

  @Test
  void withoutAKindColumnNothingIsMarked() {
    RenderedChart c = planned(CAPEX.replace(",kind", ",note"));
    XYPlot plot = c.chart().getXYPlot();
    assertThat(plot.getDataset(RangeCharts.MARKED)).isNull();
    assertThat(legend(plot)).containsExactly("2024", "2025");
    assertThat(((YIntervalSeriesCollection) plot.getDataset()).getItemCount(0)).isEqualTo(3);
  }

  /** Without groups, the ranges' own entry is named after their kind: guidance, then actual. */
  @Test
  void ungroupedRangesAreNamedByTheirKind() {
    Tables.Read t = Tables.read(tmp, "capex.csv", CAPEX);
    Aggregate.RangesByDate a = new Aggregate.RangesByDate(0, 2, 3, -1, 4);
    t.rows().forEach(a::add);
    XYPlot plot = Charts.build(a, t.profile(), col -> "", ChartOptions.DEFAULT).chart()
        .getXYPlot();
    assertThat(legend(plot)).containsExactly("guidance", "actual");
  }

  /** Asked for in report.yaml: every kind but the most common gets a shape of its own. */
  @Test
  void eachMinorityKindGetsItsOwnShape() {
    Tables.Read t = Tables.read(tmp, "capex.csv", CAPEX + "2025-06-01,2025,70,70,estimate\n");
    Aggregate.RangesByDate a = new Aggregate.RangesByDate(0, 2, 3, 1, 4);
    t.rows().forEach(a::add);
    XYPlot plot = Charts.build(a, t.profile(), col -> "", ChartOptions.DEFAULT).chart()
        .getXYPlot();
    assertThat(legend(plot)).containsExactly("2024", "2025", "actual", "estimate");
    XYErrorRenderer marks = (XYErrorRenderer) plot.getRenderer(RangeCharts.MARKED);
    assertThat(marks.getSeriesShape(1)).isSameAs(RangeCharts.SHAPES[1]);
    assertThat(marks.getSeriesPaint(1)).isEqualTo(Theme.color(1));
  }
}
