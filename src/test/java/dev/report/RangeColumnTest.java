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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A column of ranges, end to end: text kept, low and high beside it, a range chart. */
class RangeColumnTest {
  @TempDir Path tmp;

  @Test
  void rangesGetLowAndHighColumnsBesideTheOriginalAndARangeChart() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("guidance.csv"), """
        announced,capex,source
        2024-02-01,30-37,Q4 2023 release
        2024-04-24,35–40,Q1 2024 release
        2025-01-29,39.23,Q4 2024 release
        2025-01-29,60 to 65,Q4 2024 release
        2025-04-30,soon,Q1 2025 release
        """, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("guidance.csv:6:2: warning: expected a range such as 60.5-80 or 60 to 80");
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      XSSFSheet sheet = wb.getSheet("guidance");
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactly("announced", "capex", "capex low", "capex high", "source");
      List<String> tableColumns = new ArrayList<>();
      sheet.getTables().get(0).getColumns().forEach(c -> tableColumns.add(c.getName()));
      assertThat(tableColumns).isEqualTo(header);
      var row = sheet.getRow(2);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("35–40");
      assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(35);
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(40);
      assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(39.23);
      assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(39.23);
      assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(65);
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("soon");
      assertThat(sheet.getRow(5).getCell(2)).isNull();
      assertThat(sheet.getRow(4).getCell(4).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Q4 2024 release");
      // The issue links to the range's own cell, not to the low end's.
      var issues = wb.getSheet("Issues");
      assertThat(issues.getRow(1).getCell(2).getHyperlink().getAddress()).isEqualTo("'guidance'!B6");
    }
    assertThat(out.resolve("charts/guidance-range-by-announced.png")).exists();
  }
}
