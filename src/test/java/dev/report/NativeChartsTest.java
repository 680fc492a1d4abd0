package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's workbook shows native Excel charts for the capex ranges and the hosts by kind,
 * bound to the Chart data sheet; the timeline, which no spreadsheet chart draws, stays a picture.
 */
class NativeChartsTest {
  @TempDir Path tmp;

  static final String CAPEX = "Meta's capex guidance for each fiscal year";
  static final String HOSTS = "Llama hosts by kind of company";
  static final String TIMELINE = "What Meta said about sharing Llama revenue";

  /** The example with report.yaml, plus {@code extra} lines at its end. */
  Path example(String extra) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String name : new String[] {"capex_guidance.csv", "events.csv", "partners.csv"}) {
      Files.copy(Cli.EXAMPLE.resolve(name), in.resolve(name));
    }
    Files.writeString(in.resolve("report.yaml"),
        Files.readString(Cli.EXAMPLE.resolve("report.yaml")) + extra, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString(), "--generated-at",
        "2026-01-01T00:00:00Z");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out.resolve("report.xlsx");
  }

  static XSSFWorkbook open(Path xlsx) throws IOException {
    try (InputStream s = Files.newInputStream(xlsx)) {
      return new XSSFWorkbook(s);
    }
  }

  static String title(XSSFChart chart, int paragraph) {
    return chart.getTitle().getBody().getParagraph(paragraph).getText();
  }

  static List<String> points(XDDFDataSource<?> data) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < data.getPointCount(); i++) {
      Object v = data.getPointAt(i);
      out.add(v == null ? null : v.toString());
    }
    return out;
  }

  @Test
  void theExampleShowsTheRangesAndTheHostsAsNativeChartsBoundToChartData() throws IOException {
    try (XSSFWorkbook wb = open(example(""))) {
      assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1)).isEqualTo("Chart data");
      assertThat(wb.isSheetHidden(wb.getNumberOfSheets() - 1)).isFalse();
      XSSFSheet overview = wb.getSheet("Overview");
      List<XSSFChart> charts = overview.getDrawingPatriarch().getCharts();
      assertThat(charts).extracting(c -> title(c, 0)).containsExactly(CAPEX, HOSTS);
      List<String> pictures = new ArrayList<>();
      overview.getDrawingPatriarch().getShapes().stream()
          .filter(s -> s instanceof XSSFPicture).forEach(s -> pictures.add(Shapes.alt(s)));
      assertThat(pictures).as("the timeline stays a picture").containsExactly(TIMELINE);

      XSSFChart capex = charts.get(0);
      assertThat(title(capex, 1)).isEqualTo("Each bar is one guidance, from its low to its high"
          + " figure; the diamond is the actual");
      List<XDDFChartData> data = capex.getChartSeries();
      assertThat(data).hasSize(2);
      XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
      assertThat(bars.getBarDirection()).isEqualTo(BarDirection.COL);
      assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
      assertThat(bars.getSeriesCount()).isEqualTo(3);
      XDDFChartData.Series base = bars.getSeries(0);
      assertThat(base.getShapeProperties().getFillProperties())
          .isInstanceOf(XDDFNoFillProperties.class);
      assertThat(base.getCategoryData().getDataRangeReference())
          .isEqualTo("'Chart data'!$A$7:$A$15");
      assertThat(base.getValuesData().getDataRangeReference()).isEqualTo("'Chart data'!$B$7:$B$15");
      assertThat(points(base.getCategoryData())).startsWith("2024-02-01", "2024-04-24");
      assertThat(points(base.getValuesData())).startsWith("30.0", "35.0");
      // One span series per fiscal year, in the palette's order (Okabe-Ito blue, then orange).
      assertThat(List.of(bars.getSeries(1).getValuesData().getDataRangeReference(),
          bars.getSeries(2).getValuesData().getDataRangeReference()))
          .containsExactly("'Chart data'!$C$7:$C$15", "'Chart data'!$D$7:$D$15");
      assertThat(List.of(fill(bars.getSeries(1)), fill(bars.getSeries(2))))
          .containsExactly("0072B2", "E69F00");
      XDDFLineChartData dots = (XDDFLineChartData) data.get(1);
      assertThat(dots.getSeriesCount()).isEqualTo(1);
      // The actual is a marked kind of record: a diamond of its own, named after it.
      assertThat(capex.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).getTx()
          .getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("actual (2024)");
      assertThat(capex.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).getMarker()
          .getSymbol().getVal().toString()).isEqualTo("diamond");
      assertThat(dots.getSeries(0).getValuesData().getDataRangeReference())
          .isEqualTo("'Chart data'!$E$7:$E$15");
      // Only the single figure has a marker: the other categories have no point at all.
      var cache = capex.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).getVal()
          .getNumRef().getNumCache();
      assertThat(cache.getPtCount().getVal()).isEqualTo(9);
      assertThat(cache.getPtList()).extracting(p -> p.getIdx() + "=" + p.getV())
          .containsExactly("5=39.23");
      assertThat(capex.getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
      assertThat(capex.getCTChart().getPlotArea().getValAxArray(0).getTitle().getTx().getRich()
          .getPArray(0).getRArray(0).getT()).isEqualTo("USD bn");

      XSSFChart hosts = charts.get(1);
      assertThat(hosts.getChartSeries()).hasSize(1);
      XDDFBarChartData hostBars = (XDDFBarChartData) hosts.getChartSeries().get(0);
      assertThat(hostBars.getBarDirection()).isEqualTo(BarDirection.BAR);
      XDDFChartData.Series s = hostBars.getSeries(0);
      assertThat(points(s.getCategoryData())).containsExactly("Chip maker", "Cloud provider",
          "Data platform", "Hardware maker", "IT services");
      assertThat(points(s.getValuesData())).containsExactly("4.0", "3.0", "2.0", "1.0", "1.0");
      assertThat(s.getValuesData().getDataRangeReference()).isEqualTo("'Chart data'!$B$19:$B$23");
      assertThat(title(hosts, 0)).isEqualTo(HOSTS);
      assertThat(title(hosts, 1)).isEqualTo("Count of records per category");
      assertThat(hosts.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getSpPr()
          .getSolidFill().getSrgbClr().getVal()).containsExactly(0x00, 0x72, 0xB2);

      // The block: live COUNTIFS over the hosts' sheet, cached as the chart draws.
      XSSFSheet block = wb.getSheet("Chart data");
      assertThat(block.getRow(16).getCell(0).getStringCellValue()).isEqualTo(HOSTS);
      for (int r = 18; r <= 22; r++) {
        var cell = block.getRow(r).getCell(1);
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).startsWith("COUNTIFS('Llama hosts'!$B$2:$B$12,");
        assertThat(cell.getNumericCellValue())
            .isEqualTo(Double.parseDouble(points(s.getValuesData()).get(r - 18)));
      }
      assertThat(block.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(30.0);
    }
  }

  private static String fill(XDDFChartData.Series s) {
    var c = (org.apache.poi.xddf.usermodel.XDDFColorRgbBinary)
        ((XDDFSolidFillProperties) s.getShapeProperties().getFillProperties()).getColor();
    byte[] v = c.getValue();
    return String.format("%02X%02X%02X", v[0], v[1], v[2]);
  }

  @Test
  void workbookChartsPicksPicturesNativeChartsOrBoth() throws IOException {
    try (XSSFWorkbook wb = open(example("workbook_charts: picture\n"))) {
      XSSFSheet overview = wb.getSheet("Overview");
      assertThat(overview.getDrawingPatriarch().getCharts()).isEmpty();
      assertThat(overview.getDrawingPatriarch().getShapes()).hasSize(3)
          .allMatch(s -> s instanceof XSSFPicture);
      assertThat(wb.getSheet("Chart data")).as("no chart, no chart data").isNull();
    }
    Files.walk(tmp).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    try (XSSFWorkbook wb = open(example("workbook_charts: both\n"))) {
      XSSFSheet overview = wb.getSheet("Overview");
      assertThat(overview.getDrawingPatriarch().getCharts()).extracting(c -> title(c, 0))
          .containsExactly(CAPEX, HOSTS);
      assertThat(overview.getDrawingPatriarch().getShapes()).filteredOn(s -> s instanceof XSSFPicture)
          .extracting(Shapes::alt).containsExactly(CAPEX, TIMELINE, HOSTS);
    }
  }
}
