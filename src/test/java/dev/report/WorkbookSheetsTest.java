package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbook sheets as tables (issue 16, items 2 and 3): where the header is, what is not data,
 * how tables are named, report.yaml naming them, .xlsm files, times and date-times.
 */
class WorkbookSheetsTest {
  @TempDir Path tmp;

  private Path in() throws IOException {
    return Files.createDirectories(tmp.resolve("in"));
  }

  private Cli.Run run() throws IOException {
    return Cli.run(in().toString(), "-o", tmp.resolve("out").toString(), "--fail-on", "never");
  }

  private XSSFWorkbook report() throws IOException {
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"))) {
      return new XSSFWorkbook(s);
    }
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** A sheet with a note in A1, blank rows, the header on row 4, formatted blank cells around. */
  private Path notedSheet(String file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      if (file.endsWith(".xlsm")) {
        wb.setWorkbookType(XSSFWorkbookType.XLSM);
      }
      CellStyle yellow = wb.createCellStyle();
      yellow.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      Sheet s = wb.createSheet("Sites");
      s.createRow(0).createCell(0).setCellValue("Source: facilities team, updated monthly");
      s.createRow(1).createCell(3).setCellStyle(yellow);
      Row h = s.createRow(3);
      h.createCell(0).setCellValue("site");
      h.createCell(1).setCellValue("staff");
      h.createCell(4).setCellStyle(yellow); // formatted, empty: not a column
      for (int r = 0; r < 5; r++) {
        Row row = s.createRow(4 + r);
        row.createCell(0).setCellValue("site " + r);
        row.createCell(1).setCellValue(10 * (r + 1));
        row.createCell(4).setCellStyle(yellow);
      }
      for (int r = 9; r < 20; r++) {
        s.createRow(r).createCell(0).setCellStyle(yellow); // empty rows at the end
      }
      return WorkbookFixtures.save(wb, in().resolve(file));
    }
  }

  @Test
  void theHeaderIsFoundBelowANoteAndBlankRowsAndEmptyEdgesAreNotData() throws IOException {
    notedSheet("sites.xlsx");
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    try (XSSFWorkbook wb = report()) {
      Sheet s = wb.getSheet("sites");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("site");
      assertThat(s.getRow(0).getLastCellNum()).isEqualTo((short) 2);
      assertThat(s.getLastRowNum()).isEqualTo(5);
      assertThat(s.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(50);
      Row about = null;
      for (Row row : wb.getSheet("About")) {
        Cell c = row.getCell(0);
        if (c != null && c.getCellType() == CellType.STRING
            && c.getStringCellValue().equals("sites.xlsx [Sites]") && row.getCell(12) != null) {
          about = row;
        }
      }
      assertThat(about).isNotNull();
      assertThat(about.getCell(11).getNumericCellValue()).isEqualTo(4);
      assertThat(about.getCell(12).getStringCellValue()).isEqualTo("Sites!A4:B9");
    }
  }

  @Test
  void anXlsmWorkbookIsReadToo() throws IOException {
    notedSheet("sites.xlsm");
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("sites.xlsm [Sites]");
  }

  @Test
  void aSheetNamedLikeAnotherTableIsPrefixedWithItsWorkbooksName() throws IOException {
    Files.writeString(in().resolve("hosts.csv"), "host,city\nh1,Paris\n");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (String name : new String[] {"hosts", "regions"}) {
        Sheet s = wb.createSheet(name);
        s.createRow(0).createCell(0).setCellValue("name");
        s.createRow(1).createCell(0).setCellValue(name + " 1");
      }
      WorkbookFixtures.save(wb, in().resolve("book.xlsx"));
    }
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook wb = report()) {
      assertThat(sheetNames(wb)).contains("hosts", "book hosts", "regions");
      assertThat(wb.getSheet("book hosts").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("hosts 1");
    }
  }

  @Test
  void reportYamlNamesASheetsTableAndChecksTheNameWithDidYouMean() throws IOException {
    WorkbookFixtures.budget(in());
    Files.writeString(in().resolve("report.yaml"), """
        tables:
          - file: Capex
            title: Capex guidance
          - file: budget.xlsx [Partners]
            title: Our partners
        """, StandardCharsets.UTF_8);
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook wb = report()) {
      assertThat(sheetNames(wb)).contains("Capex guidance", "Our partners");
    }
    Files.writeString(in().resolve("report.yaml"), """
        tables:
          - file: Capx
        """, StandardCharsets.UTF_8);
    Cli.Run bad = run();
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("table \"Capx\" is not among the inputs (budget.xlsx [Capex],"
        + " budget.xlsx [Partners]); did you mean \"budget.xlsx [Capex]\"?");
  }

  /**
   * A chart sheet (POI cannot make one: the workbook's XML is edited to list one) is passed over
   * with an info line, like the hidden sheet.
   */
  @Test
  void aChartSheetIsPassedOverWithAnInfoLine() throws IOException {
    Path made = WorkbookFixtures.codes(Files.createDirectories(tmp.resolve("made")));
    String ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
    try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(
        Files.newInputStream(made))) {
      java.util.zip.ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        parts.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    parts.computeIfPresent("[Content_Types].xml", (k, v) -> v.replace("</Types>",
        "<Override PartName=\"/xl/chartsheets/sheet1.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml\"/></Types>"));
    parts.computeIfPresent("xl/_rels/workbook.xml.rels", (k, v) -> v.replace("</Relationships>",
        "<Relationship Id=\"rIdChart\" Type=\"" + ns + "/chartsheet\""
            + " Target=\"chartsheets/sheet1.xml\"/></Relationships>"));
    parts.computeIfPresent("xl/workbook.xml", (k, v) -> v.replace("</sheets>",
        "<sheet name=\"Chart1\" sheetId=\"9\" r:id=\"rIdChart\" xmlns:r=\"" + ns
            + "\"/></sheets>"));
    parts.put("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"http://schemas.openxmlformats."
        + "org/spreadsheetml/2006/main\"><sheetViews><sheetView workbookViewId=\"0\"/>"
        + "</sheetViews></chartsheet>");
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(
        Files.newOutputStream(in().resolve("codes.xlsx")))) {
      for (var p : parts.entrySet()) {
        z.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
        z.write(p.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err().strip()).isEqualTo(
        "codes.xlsx: info: the sheet \"Chart1\" is a chart: it was not read");
    // Still one table read from the workbook: named after the file.
    try (XSSFWorkbook wb = report()) {
      assertThat(sheetNames(wb)).contains("codes").doesNotContain("Chart1");
    }
  }

  /** A number cell of more than 15 digits is a number, not an identifier written in digits. */
  @Test
  void aHugeNumberCellStaysANumber() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("big");
      s.createRow(0).createCell(0).setCellValue("bytes");
      double[] values = {1.2345678901234567e19, 2.5e20, 7e16};
      for (int r = 0; r < values.length; r++) {
        s.createRow(r + 1).createCell(0).setCellValue(values[r]);
      }
      WorkbookFixtures.save(wb, in().resolve("big.xlsx"));
    }
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook wb = report()) {
      Cell c = wb.getSheet("big").getRow(1).getCell(0);
      assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(c.getNumericCellValue()).isEqualTo(1.2345678901234567e19);
    }
  }

  @Test
  void timeAndDateTimeCellsKeepTheirKind() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle time = wb.createCellStyle();
      time.setDataFormat(wb.createDataFormat().getFormat("hh:mm"));
      CellStyle stamp = wb.createCellStyle();
      stamp.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      Sheet s = wb.createSheet("log");
      s.createRow(0).createCell(0).setCellValue("at");
      s.getRow(0).createCell(1).setCellValue("when");
      for (int r = 1; r <= 3; r++) {
        Row row = s.createRow(r);
        Cell t = row.createCell(0);
        t.setCellValue(DateUtil.convertTime("0" + (8 + r) + ":30"));
        t.setCellStyle(time);
        Cell d = row.createCell(1);
        d.setCellValue(LocalDateTime.of(2024, 3, r, 14, 45));
        d.setCellStyle(stamp);
      }
      WorkbookFixtures.save(wb, in().resolve("log.xlsx"));
    }
    Cli.Run r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook wb = report()) {
      Row first = wb.getSheet("log").getRow(1);
      assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
      assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalTime())
          .isEqualTo(LocalTime.of(9, 30));
      assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
      assertThat(first.getCell(1).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2024, 3, 1, 14, 45));
    }
  }
}
