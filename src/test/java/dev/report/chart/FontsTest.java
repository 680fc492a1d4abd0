package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of a chart is drawn in a font that has its characters: DejaVu Sans, or a system
 * font for CJK and emoji. Skipped for a script no font of this machine has (CI installs Noto
 * Sans CJK and Symbola: .ci/run).
 */
class FontsTest {
  @TempDir Path tmp;

  private static final String CJK = "東京タワー株式会社";
  private static final String HANGUL = "서울특별시";
  private static final String EMOJI = "Launch 🚀 party 😀";

  /** Whether some font of this machine has every character of {@code text}. */
  private static boolean someFontHas(String text) {
    return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
        .anyMatch(f -> f.canDisplayUpTo(text) == -1);
  }

  private static void assumeAFontHas(String text) {
    assumeTrue(someFontHas(text), () -> "no font on this machine has every character of " + text
        + " (install fonts-noto-cjk and fonts-symbola)");
  }

  @ParameterizedTest
  @ValueSource(strings = {CJK, HANGUL, EMOJI, "Ελληνικά, кириллица", "Revenue share"})
  void theFontChosenForALabelCanDisplayIt(String text) {
    assumeAFontHas(text);
    Font f = Fonts.forText(text, Font.PLAIN, 12);
    assertThat(f.canDisplayUpTo(text)).as(f.getFontName()).isEqualTo(-1);
    assertThat(f.getSize()).isEqualTo(12);
  }

  @Test
  void textDejaVuSansHasKeepsIt() {
    assertThat(Fonts.forText("Revenue share (€, ±5%)", Font.BOLD, 18).getFontName())
        .isEqualTo("DejaVu Sans Bold");
  }

  @Test
  void cjkCategoriesTitlesAndLegendsGetAFontThatHasThem() {
    assumeAFontHas(CJK + HANGUL + "地区金额");
    Tables.Read t = Tables.read(tmp, "売上.csv", "地区,种类,金额\n" + CJK + ",甲,10\n"
        + HANGUL + ",乙,20\nParis,甲,5\n");
    Aggregate.ByTwoCategories agg = new Aggregate.ByTwoCategories(0, 1, 2);
    t.rows().forEach(agg::add);
    JFreeChart chart = Charts.build(agg, t.profile(), col -> "", ChartOptions.DEFAULT).chart();
    assertShows(chart.getTitle().getFont(), chart.getTitle().getText());
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryAxis x = plot.getDomainAxis();
    assertShows(x.getLabelFont(), x.getLabel());
    assertShows(plot.getRangeAxis().getLabelFont(), plot.getRangeAxis().getLabel());
    CategoryDataset data = plot.getDataset();
    for (int k = 0; k < data.getColumnCount(); k++) {
      Comparable<?> key = data.getColumnKey(k);
      assertShows(x.getTickLabelFont(key), key.toString());
    }
    assertThat(x.getTickLabelFont("Paris").getFamily()).isEqualTo("DejaVu Sans");
    AbstractRenderer r = (AbstractRenderer) plot.getRenderer();
    for (int s = 0; s < data.getRowCount(); s++) {
      Font f = r.lookupLegendTextFont(s);
      assertThat(f).as("legend %s", data.getRowKey(s)).isNotNull();
      assertShows(f, data.getRowKey(s).toString());
    }
  }

  @Test
  void emojiOnATimelineGetAFontThatHasThem() {
    assumeAFontHas(EMOJI);
    Tables.Read t = Tables.read(tmp, "events.csv", "day,event\n2024-01-01," + EMOJI
        + "\n2024-03-01,Plain launch\n");
    Aggregate.Events agg = new Aggregate.Events(0, 1);
    t.rows().forEach(agg::add);
    JFreeChart chart = Charts.build(agg, t.profile()).chart();
    var labels = ((TimelineLabels) chart.getXYPlot().getAnnotations().get(0)).labels();
    assertThat(labels).hasSize(2);
    for (TimelineLabels.Label l : labels) {
      assertShows(l.font(), l.full());
    }
  }

  @Test
  void aTitleFromTheSettingsGetsAFontThatHasIt() {
    assumeAFontHas(CJK);
    Tables.Read t = Tables.read(tmp, "p.csv", "partner,category\nA,x\nB,x\nC,y\n");
    Aggregate.ByCategory agg = new Aggregate.ByCategory(1, -1);
    t.rows().forEach(agg::add);
    RenderedChart c = Charts.build(agg, t.profile()).withTitle(CJK);
    assertShows(c.chart().getTitle().getFont(), CJK);
  }

  private static void assertShows(Font font, String text) {
    assertThat(font.canDisplayUpTo(text)).as("%s in %s", text, font.getFontName())
        .isEqualTo(-1);
  }
}
