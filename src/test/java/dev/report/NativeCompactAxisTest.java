package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

/**
 * A native chart's value axis of large amounts ($1.5B) steps as the PNG's does, with the decimals
 * its step needs: no two ticks read the same ($2B, $2B for 1.5 and 2 billion).
 */
class NativeCompactAxisTest {
  @TempDir Path tmp;

  @Test
  void ticksOfBillionsApartByHalvesKeepTheirDecimal() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("spend.csv"), "date,amount\n2019-01-01,$1200000000\n2020-01-01,$1500000000\n"
        + "2021-01-01,$1750000000\n2022-01-01,$2100000000\n2023-01-01,$2600000000\n2024-01-01,$2300000000\n");
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString(), "--generated-at",
        "2026-01-01T00:00:00Z");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> checked = new ArrayList<>();
    try (XSSFWorkbook wb = NativeChartsTest.open(out.resolve("report.xlsx"))) {
      for (XSSFChart chart : wb.getSheet("Overview").getDrawingPatriarch().getCharts()) {
        for (CTValAx axis : chart.getCTChart().getPlotArea().getValAxArray()) {
          String format = axis.getNumFmt().getFormatCode();
          if (!format.contains("\"B\"")) {
            continue;
          }
          assertThat(axis.isSetMajorUnit()).as(format).isTrue();
          double step = axis.getMajorUnit().getVal();
          // Every tick from 1 to 3 billion, as Excel would format it (POI's CellFormat).
          Set<String> labels = new LinkedHashSet<>();
          int ticks = 0;
          for (double v = Math.ceil(1e9 / step) * step; v <= 3e9; v += step, ticks++) {
            labels.add(CellFormat.getInstance(format).apply(v).text);
          }
          assertThat(labels).as("%s at a step of %s", format, step).hasSize(ticks);
          assertThat(labels).allMatch(l -> l.startsWith("$") && l.endsWith("B"));
          checked.add(format);
        }
      }
    }
    assertThat(checked).isNotEmpty();
  }
}
