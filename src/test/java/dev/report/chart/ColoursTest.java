package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import java.awt.Paint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No colour is used twice in one chart, and "Other" is grey whatever the number of series. */
class ColoursTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 8, 9, 10, 16, 30})
  void stackedSeriesHaveDistinctColoursAndOtherIsGrey(int seriesCount) {
    StringBuilder csv = new StringBuilder("host,kind,amount\n");
    for (int s = 0; s < seriesCount; s++) {
      // Series k<s> has s + 1 records, so the largest come first; two hosts each.
      for (int i = 0; i <= s; i++) {
        csv.append(i % 2 == 0 ? "AWS" : "Groq").append(",k").append(s).append(",1\n");
      }
    }
    Tables.Read t = Tables.read(tmp, "deals.csv", csv.toString());
    Aggregate.ByTwoCategories agg = new Aggregate.ByTwoCategories(0, 1, 2);
    t.rows().forEach(agg::add);
    CategoryPlot plot = Charts.build(agg, t.profile()).chart().getCategoryPlot();
    CategoryDataset data = plot.getDataset();
    boolean other = seriesCount > CategoryCharts.TOP_SERIES;
    assertThat(data.getRowCount()).isEqualTo(other ? CategoryCharts.TOP_SERIES + 1 : seriesCount);
    List<Paint> paints = new ArrayList<>();
    for (int r = 0; r < data.getRowCount(); r++) {
      Paint p = plot.getRenderer().getSeriesPaint(r);
      assertThat(p).as("series %s", data.getRowKey(r)).isNotNull();
      paints.add(p);
      assertThat(p.equals(Theme.OTHER)).as("series %s", data.getRowKey(r))
          .isEqualTo(data.getRowKey(r).equals(Aggregate.OTHER));
    }
    assertThat(new HashSet<>(paints)).hasSize(paints.size());
    assertThat(data.getRowKeys().contains(Aggregate.OTHER)).isEqualTo(other);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8, 9, 40})
  void thePaletteNeverRepeatsNorGivesOthersGrey(int n) {
    List<Paint> paints = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      paints.add(Theme.color(i));
    }
    assertThat(new HashSet<>(paints)).hasSize(n).doesNotContain(Theme.OTHER, Theme.GRID);
  }
}
