package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import dev.report.analyze.Planner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** Charts are checked through their JFreeChart model: type, datasets, axes; not pixels. */
class ChartsTest {
  @TempDir Path tmp;

  private RenderedChart chart(String name, String csv) {
    Tables.Read t = Tables.read(tmp, name, csv);
    List<Aggregate> plans = Planner.plan(t.profile());
    for (var row : t.rows()) {
      plans.forEach(a -> a.add(row));
    }
    return Charts.build(plans.get(0), t.profile());
  }

  /** The legend sat between the title and its subtitle (issue 15, item 2): it reads after both. */
  @Test
  void theLegendComesAfterTheSubtitle() {
    Tables.Read t = Tables.read(tmp, "capex.csv", """
        announced,fiscal_year,low,high
        2024-02-01,2024,30,37
        2025-01-29,2025,60,65
        """);
    Aggregate a = Planner.plan(t.profile()).get(0);
    t.rows().forEach(a::add);
    RenderedChart c = Charts.build(a, t.profile(), col -> "", ChartOptions.DEFAULT);
    List<org.jfree.chart.title.Title> top = new java.util.ArrayList<>();
    for (int i = 0; i < c.chart().getSubtitleCount(); i++) {
      if (c.chart().getSubtitle(i).getPosition() == org.jfree.chart.ui.RectangleEdge.TOP) {
        top.add(c.chart().getSubtitle(i));
      }
    }
    assertThat(top).hasSize(2);
    assertThat(top.get(0)).isInstanceOf(org.jfree.chart.title.TextTitle.class);
    assertThat(top.get(1)).isSameAs(c.chart().getLegend());
  }

  @Test
  void rangesAreIntervalsOnADateAxisOneSeriesPerGroup() {
    RenderedChart c = chart("capex.csv", """
        announced,fiscal_year,low,high
        2024-02-01,2024,30,37
        2024-04-24,2024,35,40
        2025-01-29,2025,60,65
        """);
    assertThat(c.fileName()).isEqualTo("capex-range-by-announced.png");
    assertThat(c.title()).isEqualTo("Capex ranges");
    XYPlot plot = c.chart().getXYPlot();
    // No word in common: the axis says both ends.
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Low to high");
    assertThat(plot.getRenderer()).isInstanceOf(YIntervalRenderer.class);
    assertThat(plot.getDomainAxis()).isInstanceOf(DateAxis.class);
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(2);
    assertThat(data.getSeriesKey(0).toString()).isEqualTo("2024");
    assertThat(data.getItemCount(0)).isEqualTo(2);
    assertThat(data.getStartYValue(0, 1)).isEqualTo(35.0);
    assertThat(data.getEndYValue(0, 1)).isEqualTo(40.0);
    assertThat(data.getStartYValue(1, 0)).isEqualTo(60.0);
  }

  @Test
  void timeSeriesSumsPerDayWithTheColumnsFormatOnTheAxis() {
    RenderedChart c = chart("spend.csv", """
        date,share
        2024-01-01,10%
        2024-01-01,5%
        2024-01-02,12.5%
        """);
    XYPlot plot = c.chart().getXYPlot();
    TimeSeriesCollection data = (TimeSeriesCollection) plot.getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(1);
    assertThat(data.getSeries(0).getItemCount()).isEqualTo(2);
    // Percents do not add up: the chart shows their mean per day.
    assertThat(data.getSeries(0).getValue(0).doubleValue()).isEqualTo(0.075, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(c.chart().getSubtitle(0)).isInstanceOf(org.jfree.chart.title.TextTitle.class);
    assertThat(((org.jfree.chart.title.TextTitle) c.chart().getSubtitle(0)).getText()).isEqualTo("Mean of share per day");
    NumberFormat f = ((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride();
    assertThat(f.format(0.125)).isEqualTo("12%");
    assertThat(c.fileName()).isEqualTo("spend-share-by-date.png");
  }

  @Test
  void categoryBarsAreSortedAndLongLabelsGoHorizontal() {
    RenderedChart c = chart("p.csv", """
        partner,category
        A,Cloud provider with a long name
        B,Chip maker
        C,Cloud provider with a long name
        D,Chip maker
        E,Cloud provider with a long name
        """);
    CategoryPlot plot = c.chart().getCategoryPlot();
    CategoryDataset data = plot.getDataset();
    assertThat(data.getColumnCount()).isEqualTo(2);
    assertThat(data.getColumnKey(0).toString()).isEqualTo("Cloud provider with a long name");
    assertThat(data.getColumnKey(1).toString()).isEqualTo("Chip maker");
    assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(3);
    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    assertThat(c.title()).isEqualTo("P by category");
  }

  @Test
  void moreThanTwelveCategoriesKeepTheTopTwelvePlusOther() {
    StringBuilder csv = new StringBuilder("name,amount\n");
    for (int i = 1; i <= 15; i++) {
      // Category c1 has 1, c2 has 2, ... so the top 12 are c15..c4, and Other is c1+c2+c3.
      csv.append("c").append(i).append(',').append(i).append('\n');
      csv.append("c").append(i).append(",0\n");
    }
    Tables.Read t = Tables.read(tmp, "many.csv", csv.toString());
    Aggregate.ByCategory agg = new Aggregate.ByCategory(0, 1);
    t.rows().forEach(agg::add);
    CategoryDataset data = Charts.build(agg, t.profile()).chart().getCategoryPlot().getDataset();
    assertThat(data.getColumnCount()).isEqualTo(13);
    assertThat(data.getColumnKey(0).toString()).isEqualTo("c15");
    assertThat(data.getColumnKey(12).toString()).isEqualTo("Other");
    assertThat(data.getValue(0, 12).doubleValue()).isEqualTo(6);
  }

  @Test
  void pngIsTwiceTheLayoutSize() throws IOException {
    RenderedChart c = chart("p.csv", "partner,category\nA,x\nB,x\nC,y\n");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(Png.render(c)));
    assertThat(img.getWidth()).isEqualTo(1600);
    assertThat(img.getHeight()).isEqualTo(1000);
  }

  @Test
  void saysItsDensityIsTwiceTheLayouts() throws IOException {
    RenderedChart c = chart("p.csv", "partner,category\nA,x\nB,x\nC,y\n");
    byte[] png = Png.render(c);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
      reader.setInput(in);
      Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      IIOMetadataNode phys = (IIOMetadataNode) ((IIOMetadataNode) root)
          .getElementsByTagName("pHYs").item(0);
      // 144 dpi: 5,669 pixels per metre (144 / 0.0254 = 5,669.3).
      assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("5669");
      assertThat(phys.getAttribute("pixelsPerUnitYAxis")).isEqualTo("5669");
      assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
      BufferedImage img = reader.read(0);
      // The theme's white background fills the corners.
      assertThat(img.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
      assertThat(img.getRGB(img.getWidth() - 1, img.getHeight() - 1) & 0xffffff)
          .isEqualTo(0xffffff);
      reader.dispose();
    }
  }

  @Test
  void fileNamesAreAscii() {
    assertThat(Charts.slug("Revenus partagés (M$)")).isEqualTo("revenus_partages_m");
    assertThat(Charts.slug("Hôte")).isEqualTo("hote");
    assertThat(Charts.slug("***")).isEqualTo("column");
  }

  @Test
  void chartsUseTheBundledFontWhateverTheMachineHas() {
    RenderedChart c = chart("p.csv", "partner,category\nA,x\nB,x\nC,y\n");
    java.awt.Font title = c.chart().getTitle().getFont();
    assertThat(title.getFamily()).isEqualTo("DejaVu Sans");
    assertThat(title.getFontName()).isEqualTo("DejaVu Sans Bold");
    assertThat(c.chart().getCategoryPlot().getDomainAxis().getTickLabelFont().getFontName())
        .isEqualTo("DejaVu Sans");
  }

  @Test
  void denseDailyDataIsSummedPerMonth() {
    StringBuilder csv = new StringBuilder("day,amount\n");
    java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 400; i++) {
      csv.append(d.plusDays(i)).append(",1\n");
    }
    RenderedChart c = chart("dense.csv", csv.toString());
    TimeSeriesCollection data = (TimeSeriesCollection) c.chart().getXYPlot().getDataset();
    // 400 days from 2020-01-01 end on 2021-02-03: 14 months.
    assertThat(data.getSeries(0).getItemCount()).isEqualTo(14);
    assertThat(data.getSeries(0).getTimePeriod(0).equals(new org.jfree.data.time.Month(1, 2020))).isTrue();
    assertThat(data.getSeries(0).getValue(0).doubleValue()).isEqualTo(31);
    assertThat(data.getSeries(0).getValue(1).doubleValue()).isEqualTo(29);
    assertThat(c.chart().getXYPlot().getRenderer())
        .isInstanceOf(org.jfree.chart.renderer.xy.XYLineAndShapeRenderer.class);
  }

  @Test
  void fewPointsAreBars() {
    RenderedChart c = chart("few.csv", "day,amount\n2024-01-01,3\n2024-02-01,4\n2024-03-01,5\n");
    assertThat(c.chart().getXYPlot().getRenderer())
        .isInstanceOf(org.jfree.chart.renderer.xy.XYBarRenderer.class);
    assertThat(((NumberAxis) c.chart().getXYPlot().getRangeAxis()).getAutoRangeIncludesZero()).isTrue();
  }

  @Test
  void periodIsTheFinestThatStaysReadable() {
    java.time.LocalDate a = java.time.LocalDate.of(2000, 1, 1);
    assertThat(TimeCharts.Period.choose(a, a.plusDays(150), 150)).isEqualTo(TimeCharts.Period.DAY);
    assertThat(TimeCharts.Period.choose(a, a.plusYears(10), 3000)).isEqualTo(TimeCharts.Period.MONTH);
    assertThat(TimeCharts.Period.choose(a, a.plusYears(40), 9000)).isEqualTo(TimeCharts.Period.QUARTER);
    assertThat(TimeCharts.Period.choose(a, a.plusYears(80), 20000)).isEqualTo(TimeCharts.Period.YEAR);
  }

  @Test
  void aSecondCategoryGivesStackedBars() {
    Tables.Read t = Tables.read(tmp, "deals.csv", """
        host,kind,amount
        AWS,cloud,10
        AWS,chips,5
        Groq,chips,7
        AWS,cloud,1
        Groq,cloud,2
        """);
    List<Aggregate> plans = Planner.plan(t.profile());
    assertThat(plans).hasSize(3);
    Aggregate.ByTwoCategories agg = (Aggregate.ByTwoCategories) plans.get(1);
    t.rows().forEach(agg::add);
    RenderedChart c = Charts.build(agg, t.profile());
    assertThat(c.fileName()).isEqualTo("deals-amount-by-host-by-kind.png");
    CategoryPlot plot = c.chart().getCategoryPlot();
    assertThat(plot.getRenderer()).isInstanceOf(org.jfree.chart.renderer.category.StackedBarRenderer.class);
    CategoryDataset data = plot.getDataset();
    assertThat(data.getRowKey(0).toString()).isEqualTo("cloud");
    assertThat(data.getColumnKey(0).toString()).isEqualTo("AWS");
    assertThat(data.getValue("cloud", "AWS").doubleValue()).isEqualTo(11);
    assertThat(data.getValue("chips", "Groq").doubleValue()).isEqualTo(7);
    assertThat(data.getValue("cloud", "Groq").doubleValue()).isEqualTo(2);
  }

  /**
   * Ticks of tiny values had read "0, 0, …, -0" (issue 19, item 15): they get the decimals their
   * steps need, or an exponent, and a tick a rounding error away from 0 reads 0.
   */
  @Test
  void smallValuesGetTicksThatTellThemApart() {
    NumberFormat tiny = ((NumberAxis) chart("t.csv", "day,amount\n2024-01-01,1e-9\n2024-02-01,9e-9\n")
        .chart().getXYPlot().getRangeAxis()).getNumberFormatOverride();
    assertThat(tiny.format(5e-9)).isEqualTo("5E-9");
    assertThat(tiny.format(2.5e-9)).isEqualTo("2.5E-9");
    assertThat(tiny.format(-1e-25)).isEqualTo("0");
    NumberFormat small = ((NumberAxis) chart("s.csv",
        "day,amount\n2024-01-01,0.00091\n2024-02-01,0.0031\n").chart().getXYPlot().getRangeAxis())
        .getNumberFormatOverride();
    assertThat(small.format(0.0005)).isEqualTo("0.0005");
    assertThat(small.format(0.0025)).isEqualTo("0.0025");
    assertThat(small.format(-1e-20)).isEqualTo("0.0000");
    NumberFormat share = ((NumberAxis) chart("p.csv",
        "day,share\n2024-01-01,0.05%\n2024-02-01,0.25%\n").chart().getXYPlot().getRangeAxis())
        .getNumberFormatOverride();
    assertThat(share.format(0.0005)).isEqualTo("0.05%");
    assertThat(share.format(0.0015)).isEqualTo("0.15%");
  }

  @Test
  void largeValuesGetCompactTicksInTheDataStyle() {
    RenderedChart c = chart("capex.csv", """
        announced,guidance
        2024-02-01,$30B-37B
        2024-04-24,$35B-40B
        2025-01-29,$60B-65B
        """);
    NumberAxis y = (NumberAxis) c.chart().getXYPlot().getRangeAxis();
    assertThat(y.getNumberFormatOverride().format(6.0e10)).isEqualTo("$60B");
    assertThat(y.getNumberFormatOverride().format(3.75e10)).isEqualTo("$37.5B");
    RenderedChart small = chart("s.csv", "day,amount\n2024-01-01,3\n2024-02-01,4\n");
    NumberAxis y2 = (NumberAxis) small.chart().getXYPlot().getRangeAxis();
    assertThat(y2.getNumberFormatOverride().format(3.5)).isEqualTo("3.5");
    assertThat(new CompactFormat("").format(1_500_000)).isEqualTo("1.5M");
    assertThat(new CompactFormat("€").format(-12_000)).isEqualTo("-€12K");
  }

  @Test
  void aUnitFromTheSettingsLabelsTheValueAxis() {
    Tables.Read t = Tables.read(tmp, "spend.csv", "day,amount\n2024-01-01,3\n2024-02-01,4\n");
    Aggregate.SeriesByDate s = new Aggregate.SeriesByDate(0, List.of(1));
    t.rows().forEach(s::add);
    RenderedChart c = Charts.build(s, t.profile(), col -> col == 1 ? "billion USD" : "",
        ChartOptions.DEFAULT);
    assertThat(c.chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("Amount (billion USD)");
    RenderedChart plain = Charts.build(s, t.profile(), col -> "", ChartOptions.DEFAULT);
    assertThat(plain.chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("Amount");
  }

  /** "USD billion (USD bn)" said the unit twice: a name of unit words gives way to the unit. */
  @Test
  void aUnitIsNotRepeatedAfterAColumnNameThatIsAUnit() {
    Tables.Read t = Tables.read(tmp, "capex.csv", "day,spend_usd_billion,usd_billion\n"
        + "2024-01-01,3,5\n2024-02-01,4,6\n");
    Aggregate.SeriesByDate spend = new Aggregate.SeriesByDate(0, List.of(1));
    Aggregate.SeriesByDate bare = new Aggregate.SeriesByDate(0, List.of(2));
    t.rows().forEach(r -> {
      spend.add(r);
      bare.add(r);
    });
    assertThat(Charts.build(bare, t.profile(), col -> "USD bn", ChartOptions.DEFAULT)
        .chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("USD bn");
    assertThat(Charts.build(spend, t.profile(), col -> "USD bn", ChartOptions.DEFAULT)
        .chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("Spend (USD bn)");
  }

  @Test
  void barsCanShowMeansInLabelOrderWithTheRestAsOther() {
    Tables.Read t = Tables.read(tmp, "deals.csv",
        "host,amount\nAWS,10\nAWS,20\nGroq,5\nDell,3\nDell,5\nIBM,1\n");
    Aggregate.ByCategory agg = new Aggregate.ByCategory(0, 1, Aggregate.Stat.MEAN);
    t.rows().forEach(agg::add);
    RenderedChart c = Charts.build(agg, t.profile(), col -> "",
        new ChartOptions("", "", 2, true, 1000, 400));
    CategoryDataset data = c.chart().getCategoryPlot().getDataset();
    // Top two means are AWS (15) and Groq (5); shown in label order; Other is (3+5+1)/3 = 3.
    assertThat(data.getColumnCount()).isEqualTo(3);
    assertThat(data.getColumnKey(0).toString()).isEqualTo("AWS");
    assertThat(data.getColumnKey(1).toString()).isEqualTo("Groq");
    assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(15);
    assertThat(data.getValue(0, 2).doubleValue()).isEqualTo(3);
    assertThat(c.title()).isEqualTo("Deals, mean amount by host");
    assertThat(c.width()).isEqualTo(1000);
    assertThat(c.height()).isEqualTo(400);
  }

  @Test
  void longSpansAreTickedByYearShortOnesByMonth() {
    RenderedChart longSpan = chart("l.csv", "day,amount\n2001-01-01,3\n2015-02-01,4\n2024-02-01,5\n");
    org.jfree.chart.axis.DateAxis x = (org.jfree.chart.axis.DateAxis) longSpan.chart().getXYPlot().getDomainAxis();
    assertThat(x.getDateFormatOverride()).isNull();
    assertThat(DateTicksTest.tickLabels(longSpan.chart())).allMatch(l -> l.matches("\\d{4}"));
    RenderedChart shortSpan = chart("s.csv", "day,amount\n2024-01-01,3\n2024-06-01,4\n");
    assertThat(DateTicksTest.tickLabels(shortSpan.chart())).contains("Jan 2024", "Jun 2024");
    java.time.LocalDate a = java.time.LocalDate.of(2024, 1, 1);
    assertThat(DateTicks.of(a, a.plusDays(14))).isEqualTo(DateTicks.DAYS);
    assertThat(DateTicks.of(a, a.plusDays(15))).isEqualTo(DateTicks.WEEKS);
    assertThat(DateTicks.of(a, a.plusDays(93))).isEqualTo(DateTicks.MONTHS);
    assertThat(DateTicks.of(a, a.plusYears(2).plusDays(1))).isEqualTo(DateTicks.QUARTERS);
    assertThat(DateTicks.of(a, a.plusYears(7))).isEqualTo(DateTicks.YEARS);
  }

  @Test
  void datesJFreeChartCannotHoldAreLeftOutAndSaid() {
    RenderedChart c = chart("o.csv", "day,amount\n1776-07-04,1\n1850-01-01,2\n2024-01-01,3\n"
        + "2024-02-01,4\n");
    var data = c.chart().getXYPlot().getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(2);
    assertThat(data.getYValue(0, 0)).isEqualTo(3);
    assertThat(data.getYValue(0, 1)).isEqualTo(4);
    assertThat(((org.jfree.chart.title.TextTitle) c.chart().getSubtitle(0)).getText())
        .isEqualTo("Sum of amount per day; 2 dates before 1900 or after 9999 not drawn");
    assertThat(chart("p.csv", "day,amount\n1850-01-01,2\n1851-01-01,3\n")).isNull();
  }

  @Test
  void aChartWhoseSumsOverflowIsNotDrawn() {
    Tables.Read t = Tables.read(tmp, "h.csv", "host,amount\nAWS,1.7e308\nAWS,1.7e308\nDell,1\n");
    Aggregate.ByCategory agg = new Aggregate.ByCategory(0, 1, Aggregate.Stat.SUM);
    t.rows().forEach(agg::add);
    assertThat(Charts.build(agg, t.profile(), col -> "", ChartOptions.DEFAULT)).isNull();
    // 1.0e307, not 1e307: digits, E, digits among integers is read as a code (issue 19, item 6).
    Tables.Read fine = Tables.read(tmp, "f.csv", "host,amount\nAWS,1.0e307\nAWS,1.0e307\nDell,1\n");
    Aggregate.ByCategory ok = new Aggregate.ByCategory(0, 1, Aggregate.Stat.SUM);
    fine.rows().forEach(ok::add);
    assertThat(Charts.build(ok, fine.profile(), col -> "", ChartOptions.DEFAULT)).isNotNull();
  }

  /** A table of years and amounts, without a date, gets a bar per year in year order. */
  @Test
  void aColumnOfYearsIsATimeLineOfBarsInYearOrder() {
    RenderedChart c = chart("spend.csv", """
        year,region,amount
        2022,EU,210
        2019,EU,120
        2024,US,230
        2020,US,150
        2023,EU,260
        2021,US,175
        2022,US,5
        """);
    assertThat(c.fileName()).isEqualTo("spend-amount-by-year.png");
    CategoryDataset data = c.chart().getCategoryPlot().getDataset();
    List<String> years = new java.util.ArrayList<>();
    for (int i = 0; i < data.getColumnCount(); i++) {
      years.add(data.getColumnKey(i).toString());
    }
    assertThat(years).containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
    assertThat(data.getValue(0, 3).doubleValue()).isEqualTo(215.0);
    // Bars stand up, their six short labels side by side.
    assertThat(c.chart().getCategoryPlot().getOrientation()).isEqualTo(PlotOrientation.VERTICAL);
    assertThat(c.chart().getCategoryPlot().getDomainAxis().getCategoryLabelPositions())
        .isEqualTo(org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
  }
}
