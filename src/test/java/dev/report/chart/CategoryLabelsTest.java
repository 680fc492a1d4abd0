package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Long category labels are cut in the middle, and labels of distinct categories stay distinct. */
class CategoryLabelsTest {
  @TempDir Path tmp;

  static Stream<Arguments> labelSets() {
    String a = "Agency for the Cooperation of Energy Regulators of the European Union";
    return Stream.of(
        Arguments.of(List.of(a + " North", a + " South")),
        Arguments.of(List.of("Department of Agriculture and Rural Development, Northern Ireland",
            "Department of Agriculture and Rural Development, Scotland", "Short", "")),
        // Differ only in the middle, with a long shared head and tail.
        Arguments.of(List.of(a + " (1) " + a, a + " (2) " + a, a + " (3) " + a)),
        // A short label equal to what a long one would be cut to.
        Arguments.of(List.of("Agency for the Coop…opean Union North", a + " North")),
        Arguments.of(List.of("东京都港区芝公園四丁目二番八号東京タワー株式会社本社営業部第一課",
            "东京都港区芝公園四丁目二番八号東京タワー株式会社本社営業部第二課",
            "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀A",
            "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀B")),
        Arguments.of(random(60, 7)),
        Arguments.of(random(200, 11)));
  }

  /** Names from a small alphabet, long enough to be cut, many alike. */
  private static List<String> random(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      StringBuilder b = new StringBuilder();
      int len = 20 + r.nextInt(60);
      for (int i = 0; i < len; i++) {
        b.append("ab ".charAt(r.nextInt(3)));
      }
      if (!out.contains(b.toString())) {
        out.add(b.toString());
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("labelSets")
  void distinctInputsGiveDistinctShortLabels(List<String> keys) {
    Map<String, String> labels = CategoryLabels.shorten(keys, CategoryLabels.MAX);
    assertThat(labels.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(new HashSet<>(labels.values())).hasSize(keys.size());
    for (String k : keys) {
      String l = labels.get(k);
      if (k.codePointCount(0, k.length()) <= CategoryLabels.MAX) {
        assertThat(l).isEqualTo(k);
      } else {
        assertThat(l).contains("…");
        // Never a half of a surrogate pair.
        assertThat(l.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
      }
    }
  }

  @Test
  void twoAgenciesThatDifferAtTheEndKeepDistinctLabelsOnTheChart() {
    String a = "Agency for the Cooperation of Energy Regulators of the European Union";
    Tables.Read t = Tables.read(tmp, "grants.csv", "agency,amount\n" + a + " North,10\n"
        + a + " South,20\nSmall office,5\n");
    Aggregate.ByCategory agg = new Aggregate.ByCategory(0, 1);
    t.rows().forEach(agg::add);
    JFreeChart chart = Charts.build(agg, t.profile()).chart();
    List<String> labels = tickLabels(chart);
    assertThat(labels).hasSize(3);
    assertThat(new HashSet<>(labels)).hasSize(3);
    assertThat(labels).contains("Small office");
    assertThat(labels.get(0)).endsWith("Union South");
  }

  /** The category axis' labels (lines joined by a space) once the chart is laid out. */
  private static List<String> tickLabels(JFreeChart chart) {
    List<String> out = new ArrayList<>();
    for (Object tick : LaidOut.ticks(chart, chart.getCategoryPlot().getDomainAxis(),
        RectangleEdge.LEFT)) {
      List<String> lines = new ArrayList<>();
      for (Object line : ((CategoryTick) tick).getLabel().getLines()) {
        TextFragment first = ((TextLine) line).getFirstTextFragment();
        TextFragment last = ((TextLine) line).getLastTextFragment();
        lines.add(first.getText() + (last == first ? "" : last.getText()));
      }
      out.add(String.join(" ", lines));
    }
    return out;
  }
}
