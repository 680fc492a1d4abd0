package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merged cells in a workbook input: a one-column range below the header is filled down from its
 * top cell; a range two columns wide and one starting in the header row are read as stored.
 */
class MergedCellsWorkbookTest {
  @TempDir Path tmp;
  private Cli.Run run;
  private Path out;

  /**
   * stock.xlsx, sheet Stock, header on row 1: A2:A4 "Fruit", A5:A6 "Veg" and F2:F4 a date are
   * filled; D2:E3 (two columns) and C1:C2 (from the header) are not.
   */
  @BeforeEach
  void report() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet s = wb.createSheet("Stock");
      Object[][] rows = {
        {"category", "item", "amount", "remark", "extra", "since"},
        {"Fruit", "apple", null, "see memo", null, LocalDate.of(2024, 3, 1)},
        {null, "pear", 4.0, null, null, null},
        {null, "plum", 5.0, "ok", "ok", null},
        {"Veg", "leek", 2.0, "ok", "ok", LocalDate.of(2024, 4, 2)},
        {null, "kale", 1.0, "ok", "ok", LocalDate.of(2024, 4, 3)},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof String t) {
            row.createCell(c).setCellValue(t);
          } else if (v instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else if (v instanceof LocalDate d) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(date);
          }
        }
      }
      s.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
      s.addMergedRegion(CellRangeAddress.valueOf("A5:A6"));
      s.addMergedRegion(CellRangeAddress.valueOf("F2:F4"));
      s.addMergedRegion(CellRangeAddress.valueOf("D2:E3"));
      s.addMergedRegion(CellRangeAddress.valueOf("C1:C2"));
      try (OutputStream o = Files.newOutputStream(in.resolve("stock.xlsx"))) {
        wb.write(o);
      }
    }
    out = tmp.resolve("out");
    run = Cli.run(in.toString(), "-o", out.toString(), "--generated-at", "2024-06-01T00:00:00Z");
  }

  private Sheet stock(XSSFWorkbook wb) {
    return wb.getSheet("stock");
  }

  private static String text(Row row, int c) {
    Cell cell = row == null ? null : row.getCell(c);
    return cell == null || cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue();
  }

  @Test
  void aOneColumnMergeBelowTheHeaderIsFilledDownWithItsTopCellsTypeAndFormat() throws IOException {
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet d = stock(wb);
      assertThat(d).as("sheets of the report").isNotNull();
      assertThat(List.of(text(d.getRow(1), 0), text(d.getRow(2), 0), text(d.getRow(3), 0),
          text(d.getRow(4), 0), text(d.getRow(5), 0)))
          .containsExactly("Fruit", "Fruit", "Fruit", "Veg", "Veg");
      for (int r = 1; r <= 3; r++) {
        Cell since = d.getRow(r).getCell(5);
        assertThat(since.getCellType()).as("row %d", r).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(since)).as("row %d", r).isTrue();
        assertThat(since.getLocalDateTimeCellValue().toLocalDate()).as("row %d", r)
            .isEqualTo(LocalDate.of(2024, 3, 1));
      }
    }
  }

  @Test
  void theSummaryGroupsEveryRecordUnderItsFilledCategory() throws IOException {
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet summary = wb.getSheet("Summary");
      List<String> groups = new java.util.ArrayList<>();
      int at = 0;
      while (at <= summary.getLastRowNum() && !(text(summary.getRow(at), 0).equals("category")
          && text(summary.getRow(at), 1).equals("Records"))) {
        at++;
      }
      assertThat(at).as("the Summary's amount by category").isLessThanOrEqualTo(
          summary.getLastRowNum());
      // The groups of "amount by category": no (blank) group of the filled cells.
      for (Row r = summary.getRow(++at); r != null && !text(r, 0).isEmpty();
          r = summary.getRow(++at)) {
        groups.add(text(r, 0) + " " + r.getCell(1).getCellFormula());
      }
      assertThat(groups).containsExactly("Fruit COUNTIFS('stock'!$A$2:$A$6,\"=Fruit\")",
          "Veg COUNTIFS('stock'!$A$2:$A$6,\"=Veg\")");
    }
  }

  @Test
  void aMergeTwoColumnsWideOrFromTheHeaderIsReadAsStored() throws IOException {
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet d = stock(wb);
      assertThat(text(d.getRow(1), 3)).isEqualTo("see memo");
      assertThat(text(d.getRow(2), 3)).isEmpty();
      assertThat(text(d.getRow(1), 4)).isEmpty();
      assertThat(text(d.getRow(2), 4)).isEmpty();
      // C1:C2 starts in the header row: its second cell stays empty, not "amount".
      Cell amount = d.getRow(1).getCell(2);
      assertThat(amount == null || amount.getCellType() == CellType.BLANK).isTrue();
      assertThat(d.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(4);
    }
  }

  @Test
  void theIssuesSheetSaysWhichRangesWereFilled() {
    List<String> briefs = IssuesCsv.read(out).stream().map(IssuesCsv.Row::brief)
        .filter(b -> b.contains("merged")).toList();
    assertThat(briefs).containsExactly("stock.xlsx [Stock]:0:: info: merged-cells-filled: 3 merged"
        + " ranges were filled down from their top cell (A2:A4, F2:F4, A5:A6)");
  }
}
