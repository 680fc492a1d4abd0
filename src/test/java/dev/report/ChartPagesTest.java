package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printed, no chart is cut by a page break: the sheet of charts, fitted to one page wide on
 * landscape A4 with its own margins, has a row break above each row of charts that would not fit.
 */
class ChartPagesTest {
  @TempDir Path tmp;

  private static final double EMU_PER_PX = 9525;

  @Test
  void everyChartOfTheChartsSheetPrintsOnOnePage() throws IOException {
    Path in = ManyCharts.folder(tmp);
    Path out = tmp.resolve("out");
    assertThat(Cli.run(in.toString(), "-o", out.toString()).exitCode()).isZero();
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      XSSFSheet sheet = wb.getSheet("Charts");
      PrintSetup p = sheet.getPrintSetup();
      assertThat(p.getLandscape()).isTrue();
      assertThat(p.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(p.getFitWidth()).isEqualTo((short) 1);
      List<double[]> charts = new ArrayList<>(); // {top px, bottom px, right px, first row, last row}
      for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
        XSSFClientAnchor a = Shapes.anchor(shape);
        charts.add(new double[] {rowTop(sheet, a.getRow1()) + a.getDy1() / EMU_PER_PX,
            rowTop(sheet, a.getRow2()) + a.getDy2() / EMU_PER_PX,
            colLeft(sheet, a.getCol2() + 1), a.getRow1(), a.getRow2()});
      }
      assertThat(charts).hasSize(7);
      double width = charts.stream().mapToDouble(c -> c[2]).max().orElseThrow();
      double pageW = (11.69 - sheet.getMargin(PageMargin.LEFT) - sheet.getMargin(PageMargin.RIGHT)) * 96;
      double pageH = (8.27 - sheet.getMargin(PageMargin.TOP) - sheet.getMargin(PageMargin.BOTTOM)) * 96;
      double scale = Math.min(1, pageW / width);
      double pageRows = pageH / scale;
      int[] breaks = sheet.getRowBreaks();
      Arrays.sort(breaks);
      // Pages start at row 0 and after each break; every chart lies within one of them.
      List<Integer> starts = new ArrayList<>(List.of(0));
      Arrays.stream(breaks).forEach(b -> starts.add(b + 1));
      for (double[] c : charts) {
        for (int b : breaks) {
          assertThat(c[3] <= b && b < c[4]).as("break after row %d cuts the chart on rows %d to %d",
              b, (int) c[3], (int) c[4]).isFalse();
        }
      }
      for (int i = 0; i < starts.size(); i++) {
        int first = starts.get(i);
        int next = i + 1 < starts.size() ? starts.get(i + 1) : Integer.MAX_VALUE;
        double top = rowTop(sheet, first);
        double bottom = charts.stream().filter(c -> c[3] >= first && c[3] < next)
            .mapToDouble(c -> c[1]).max().orElse(top);
        assertThat(bottom - top).as("page from row %d", first).isLessThanOrEqualTo(pageRows);
      }
    }
  }

  /** Top of 0-based row {@code row}, in pixels at 96 dpi. */
  private static double rowTop(XSSFSheet sheet, int row) {
    double y = 0;
    for (int r = 0; r < row; r++) {
      var x = sheet.getRow(r);
      y += (x == null ? sheet.getDefaultRowHeightInPoints() : x.getHeightInPoints()) * 96 / 72;
    }
    return y;
  }

  private static double colLeft(XSSFSheet sheet, int col) {
    double x = 0;
    for (int c = 0; c < col; c++) {
      x += sheet.getColumnWidthInPixels(c);
    }
    return x;
  }
}
