package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every cell with an issue is marked where the user looks: a fill and a comment that says why. */
class CellMarksTest {
  @TempDir Path tmp;

  @Test
  void cellsWithIssuesAreFilledAndCommented() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("deals.csv"), """
        host,amount
        AWS,1
        Azure,2
        Groq,3
        Dell,4
        IBM,5
        Intel,6
        AMD,7
        Nvidia,8
        Oracle,lots
        Snowflake
        """, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    assertThat(Cli.run(in.toString(), "-o", out.toString()).exitCode()).isEqualTo(1);
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      XSSFSheet sheet = wb.getSheet("deals");
      Cell misfit = sheet.getRow(9).getCell(1);
      assertThat(misfit.getStringCellValue()).isEqualTo("lots");
      assertThat(misfit.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(misfit.getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
      assertThat(misfit.getCellComment().getString().getString())
          .startsWith("warning: expected a whole number like the other values of \"amount\"");
      Cell missing = sheet.getRow(10).getCell(1);
      assertThat(missing).as("the empty cell where the value belongs").isNotNull();
      assertThat(missing.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
      assertThat(missing.getCellComment().getString().getString())
          .isEqualTo("error: the record has 1 of the header's 2 cells; \"amount\" is missing "
              + "(add the missing delimiters or values)");
      Cell fine = sheet.getRow(1).getCell(1);
      assertThat(fine.getCellComment()).isNull();
      assertThat(fine.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
      assertThat(fine.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    }
  }
}
