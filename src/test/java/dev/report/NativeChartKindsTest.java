package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of chart has its native form: top N plus Other as horizontal bars (long labels), with
 * Other the column less the bars above; stacked bars; a series of 12 or fewer periods as columns
 * and of more as a line.
 */
class NativeChartKindsTest {
  @TempDir Path tmp;

  @Test
  void topNPlusOtherStackedBarsColumnsAndLinesAreNative() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    StringBuilder deals = new StringBuilder("signed,host,kind,amount\n");
    for (int i = 0; i < 20; i++) {
      // 15 hosts with long names: host 0 has 6 deals, the others 1 each (plus host 1 and 2 more).
      int host = i < 6 ? 0 : i - 5;
      deals.append(String.format("2024-01-%02d,Host number %02d Inc,%s,%d%n", i + 1, host,
          i % 2 == 0 ? "cloud" : "chips", 10 + i));
    }
    Files.writeString(in.resolve("deals.csv"), deals, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("monthly.csv"), """
        month,amount
        2024-01-15,1.5
        2024-02-15,2.5
        2024-03-15,4
        """, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("report.yaml"), """
        auto_charts: false
        charts:
          - type: bar
            table: deals
            x: host
            title: Deals per host
          - type: stacked
            table: deals
            x: kind
            group: host
            y: [amount]
            title: Amount by kind and host
          - type: line
            table: deals
            x: signed
            y: [amount]
            title: Amount per day
          - type: line
            table: monthly
            x: month
            y: [amount]
            title: Amount per month
        """, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      List<XSSFChart> charts = wb.getSheet("Overview").getDrawingPatriarch().getCharts();
      assertThat(charts).extracting(c -> NativeChartsTest.title(c, 0)).containsExactly(
          "Deals per host", "Amount by kind and host", "Amount per day", "Amount per month");

      XDDFBarChartData top = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
      assertThat(top.getBarDirection()).isEqualTo(BarDirection.BAR);
      XDDFChartData.Series bars = top.getSeries(0);
      List<String> labels = NativeChartsTest.points(bars.getCategoryData());
      assertThat(labels).hasSize(13).startsWith("Host number 00 Inc").endsWith("Other");
      assertThat(NativeChartsTest.points(bars.getValuesData())).startsWith("6.0", "1.0")
          .endsWith("3.0");
      // Other is the whole column less the bars above: it adds up when the data is edited.
      XSSFSheet data = wb.getSheet("Chart data");
      String ref = bars.getValuesData().getDataRangeReference(); // 'Chart data'!$B$7:$B$19
      int last = Integer.parseInt(ref.substring(ref.lastIndexOf('$') + 1));
      var other = data.getRow(last - 1).getCell(1);
      assertThat(data.getRow(last - 1).getCell(0).getStringCellValue()).isEqualTo("Other");
      assertThat(other.getCellFormula()).isEqualTo("ROWS('deals'!$B$2:$B$21)-SUM(B7:B18)");
      assertThat(other.getNumericCellValue()).isEqualTo(3.0);

      XDDFBarChartData stacked = (XDDFBarChartData) charts.get(1).getChartSeries().get(0);
      assertThat(stacked.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
      assertThat(stacked.getBarDirection()).isEqualTo(BarDirection.COL);
      assertThat(stacked.getSeriesCount()).isEqualTo(9); // 8 hosts, then Other
      assertThat(NativeChartsTest.points(stacked.getSeries(0).getCategoryData()))
          .containsExactlyInAnyOrder("cloud", "chips");
      assertThat(charts.get(1).getCTChart().getPlotArea().getBarChartArray(0).getOverlap()
          .getVal()).isEqualTo((byte) 100);

      assertThat(charts.get(2).getChartSeries().get(0)).isInstanceOf(XDDFLineChartData.class);
      assertThat(NativeChartsTest.points(charts.get(2).getChartSeries().get(0).getSeries(0)
          .getCategoryData())).hasSize(20).startsWith("2024-01-01");
      XDDFBarChartData months = (XDDFBarChartData) charts.get(3).getChartSeries().get(0);
      assertThat(months.getBarDirection()).isEqualTo(BarDirection.COL);
      assertThat(NativeChartsTest.points(months.getSeries(0).getCategoryData()))
          .containsExactly("2024-01-15", "2024-02-15", "2024-03-15");
      assertThat(NativeChartsTest.points(months.getSeries(0).getValuesData()))
          .containsExactly("1.5", "2.5", "4.0");
    }
  }
}
