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

/** report.yaml leaves tables out with {@code skip: true} (issue 16, item 2). */
class SkipTablesTest {
  @TempDir Path tmp;

  private Path in() throws IOException {
    return Files.createDirectories(tmp.resolve("in"));
  }

  private Cli.Run run() throws IOException {
    return Cli.run(in().toString(), "-o", tmp.resolve("out").toString(), "--fail-on", "never");
  }

  private void yaml(String text) throws IOException {
    Files.writeString(in().resolve("report.yaml"), text, StandardCharsets.UTF_8);
  }

  /**
   * budget.xlsx with three sheets: Partners and Capex (clean), Notes (a column of whole numbers
   * with a text among them: a type-error warning whenever it is read); remarks.csv, whose second
   * record misses a cell (an error whenever it is read); hosts.csv, clean.
   */
  private void inputs() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      sheet(wb, "Partners", new Object[][] {{"name", "share"}, {"Acme", 0.25}, {"Beta", 0.5}});
      sheet(wb, "Capex", new Object[][] {{"year", "low"}, {2024.0, 35.0}, {2025.0, 60.0}});
      sheet(wb, "Notes", new Object[][] {{"n"}, {1.0}, {2.0}, {3.0}, {4.0}, {5.0}, {"six"}});
      WorkbookFixtures.save(wb, in().resolve("budget.xlsx"));
    }
    Files.writeString(in().resolve("remarks.csv"), "a,b\n1,2\n3\n", StandardCharsets.UTF_8);
    Files.writeString(in().resolve("hosts.csv"), "name,kind\nAWS,cloud\n", StandardCharsets.UTF_8);
  }

  private static void sheet(XSSFWorkbook wb, String name, Object[][] rows) {
    Sheet s = wb.createSheet(name);
    for (int r = 0; r < rows.length; r++) {
      Row row = s.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] instanceof Double d) {
          row.createCell(c).setCellValue(d);
        } else {
          row.createCell(c).setCellValue((String) rows[r][c]);
        }
      }
    }
  }

  private List<String> sheetNames() throws IOException {
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      List<String> names = new ArrayList<>();
      wb.forEach(sh -> names.add(sh.getSheetName()));
      return names;
    }
  }

  @Test
  void aSkippedSheetAndASkippedCsvAreNotReadCheckedOrGivenASheet() throws IOException {
    inputs();
    Cli.Run read = run();
    assertThat(read.exitCode()).as(read.err()).isZero();
    // Read, they give issues and sheets: what the skip below takes away.
    assertThat(IssuesCsv.read(tmp.resolve("out")).stream().map(IssuesCsv.Row::file))
        .contains("budget.xlsx [Notes]", "remarks.csv");
    assertThat(sheetNames()).contains("Partners", "Capex", "Notes", "remarks", "hosts");

    yaml("""
        tables:
          - file: Notes
            skip: true  # not read
          - file: remarks.csv
            skip: TRUE
            title: ignored when skipped
          - file: hosts
            skip: false
        """);
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(IssuesCsv.read(tmp.resolve("out")).stream().map(IssuesCsv.Row::brief))
        .containsExactly(
            "budget.xlsx [Notes]:0:: info: table-skipped: the table was skipped as report.yaml"
                + " says (skip: true, line 2): it was not read, checked or given a sheet",
            "remarks.csv:0:: info: table-skipped: the table was skipped as report.yaml says"
                + " (skip: true, line 4): it was not read, checked or given a sheet");
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      // The subtitle counts the files read: budget.xlsx and hosts.csv, not remarks.csv.
      assertThat(wb.getSheet("Overview").getRow(1).getCell(0).getStringCellValue())
          .endsWith(" from 2 files");
    }
    List<String> names = sheetNames();
    // The other sheets keep their names: a skipped sheet still counts among the workbook's.
    assertThat(names).contains("Partners", "Capex", "hosts")
        .doesNotContain("Notes", "remarks", "ignored when skipped");
  }

  @Test
  void skipOtherThanTrueOrFalseIsExitTwoNamingTheValue() throws IOException {
    inputs();
    yaml("""
        tables:
          - file: Notes
            skip: maybe
        """);
    Cli.Run r = run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(in().resolve("report.yaml") + ":3: \"skip\" must be true (the"
        + " table is not read) or false, not \"maybe\"");
  }

  @Test
  void aChartOnASkippedTableIsExitTwoSayingItIsSkipped() throws IOException {
    inputs();
    yaml("""
        tables:
          - file: budget.xlsx [Capex]
            skip: true
        charts:
          - type: bar
            table: Capex
            x: year
            y: low
        """);
    Cli.Run r = run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(in().resolve("report.yaml") + ":5: table \"Capex\" is skipped"
        + " (report.yaml line 2 says skip: true): it is not read, so nothing can be drawn or set"
        + " on it; remove this or the skip");
  }

  @Test
  void aSkipNamingNoInputIsExitTwoWithDidYouMean() throws IOException {
    inputs();
    yaml("""
        tables:
          - file: Note
            skip: true
        """);
    Cli.Run r = run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(in().resolve("report.yaml") + ":2: table \"Note\" (skip: true)"
        + " is not among the inputs (budget.xlsx [Capex], budget.xlsx [Notes],"
        + " budget.xlsx [Partners], hosts.csv, remarks.csv); did you mean \"budget.xlsx [Notes]\"?");
  }

  @Test
  void skippingOneOfTwoSheetsRenamesNoOtherTable() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      sheet(wb, "Offices", new Object[][] {{"city", "staff"}, {"Paris", 12.0}});
      sheet(wb, "Draft", new Object[][] {{"x"}, {"y"}});
      WorkbookFixtures.save(wb, in().resolve("sites.xlsx"));
    }
    yaml("""
        tables:
          - file: sites.xlsx [Draft]
            skip: true
          - file: Offices
            title: Our offices
        """);
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Its only table read, but still named after its sheet, as report.yaml calls it.
    assertThat(sheetNames()).contains("Our offices").doesNotContain("sites", "Draft");
  }
}
