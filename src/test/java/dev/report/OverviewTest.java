package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Overview lists every column with missing values, and how they were written. */
class OverviewTest {
  @TempDir Path tmp;

  @Test
  void missingValuesArelistedPerColumnWithTheirPlaceholders() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("hosts.csv"), """
        host,revenue,share
        AWS,12.4,15%
        Azure,n/d,
        Groq,,10%
        Dell,N/A,5%
        """, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    assertThat(Cli.run(in.toString(), "-o", out.toString()).exitCode()).isZero();
    List<String> rows = overview(out);
    int at = rows.indexOf("Missing values");
    assertThat(at).isPositive();
    assertThat(rows.subList(at + 1, at + 4)).containsExactly(
        "File|Column|Missing|Written as",
        "hosts.csv|revenue|3.0|n/d, (empty), N/A",
        "hosts.csv|share|1.0|(empty)");
  }

  @Test
  void saysSoWhenNothingIsMissing() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(Cli.run(Cli.EXAMPLE.toString(), "-o", out.toString()).exitCode()).isZero();
    List<String> rows = overview(out);
    assertThat(rows.get(rows.indexOf("Missing values") + 1)).isEqualTo("No value is missing.");
  }

  @Test
  void moneyColumnsGetTheirTotalAsALiveFormula() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("money"));
    Files.writeString(in.resolve("deals.csv"), "host,paid\nAWS,\"$1,000.50\"\nGroq,$250\nDell,n/a\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    assertThat(Cli.run(in.toString(), "-o", out.toString()).exitCode()).isZero();
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet o = wb.getSheet("Overview");
      Row figure = null;
      for (Row r : o) {
        if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Total paid")) {
          figure = r;
        }
      }
      assertThat(figure).isNotNull();
      assertThat(figure.getCell(1).getCellFormula()).isEqualTo("SUM('deals'!$B$2:$B$4)");
      assertThat(figure.getCell(1).getNumericCellValue()).isEqualTo(1250.5);
      assertThat(figure.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("\"$\"#,##0.00");
      assertThat(figure.getCell(2).getStringCellValue()).isEqualTo("deals.csv");
    }
  }

  @Test
  void eachInputLinksToItsFirstIssue() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("two"));
    Files.writeString(in.resolve("a.csv"), "x,y\n1\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.csv"), "x,y\n1,2\n3\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    assertThat(Cli.run(in.toString(), "-o", out.toString()).exitCode()).isEqualTo(1);
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet o = wb.getSheet("Overview");
      assertThat(o.getRow(5).getCell(8).getHyperlink().getAddress()).isEqualTo("'Issues'!A2");
      assertThat(o.getRow(6).getCell(8).getHyperlink().getAddress()).isEqualTo("'Issues'!A3");
      assertThat(wb.getSheet("Issues").getRow(2).getCell(1).getStringCellValue()).isEqualTo("b.csv");
    }
  }

  @Test
  void manyChartsGoOnTheirOwnSheet() throws IOException {
    Path in = ManyCharts.folder(tmp);
    Path out = tmp.resolve("out");
    assertThat(Cli.run(in.toString(), "-o", out.toString()).exitCode()).isZero();
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      List<String> names = new ArrayList<>();
      wb.forEach(sh -> {
        // The tabs shown: not the very hidden comparison data.
        if (wb.getSheetVisibility(wb.getSheetIndex(sh)) != org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN) {
          names.add(sh.getSheetName());
        }
      });
      assertThat(names).containsExactly("Overview", "Issues", "capex_guidance", "deals", "events",
          "partners", "Charts", "Summary", "About", "Chart data");
      assertThat(wb.getSheet("Charts").getDrawingPatriarch().getShapes()).hasSize(7);
      assertThat(wb.getSheet("Overview").getDrawingPatriarch()).isNull();
      Row link = null;
      for (Row r : wb.getSheet("Overview")) {
        if (r.getCell(0) != null && r.getCell(0).getStringCellValue().startsWith("7 charts")) {
          link = r;
        }
      }
      assertThat(link).isNotNull();
      assertThat(link.getCell(0).getHyperlink().getAddress()).isEqualTo("'Charts'!A1");
    }
  }

  private static List<String> overview(Path out) throws IOException {
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet o = wb.getSheet("Overview");
      List<String> rows = new ArrayList<>();
      for (Row r : o) {
        List<String> cells = new ArrayList<>();
        r.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            ? c.getStringCellValue() : String.valueOf(c.getNumericCellValue())));
        rows.add(String.join("|", cells));
      }
      return rows;
    }
  }
}
