package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The About sheet's "Range read" is a reference as Excel writes it: the sheet quoted if need be. */
class AboutRangeReadTest {
  @TempDir Path tmp;

  private static void sheet(XSSFWorkbook wb, String name, int firstRow) {
    Sheet s = wb.createSheet(name);
    s.createRow(firstRow).createCell(0).setCellValue("item");
    s.getRow(firstRow).createCell(1).setCellValue("amount");
    for (int r = 1; r <= 3; r++) {
      Row row = s.createRow(firstRow + r);
      row.createCell(0).setCellValue("item " + r);
      row.createCell(1).setCellValue(10.0 * r);
    }
  }

  @Test
  void aSheetNameWithASpaceOrAQuoteIsQuotedAndAPlainOneIsNot() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      sheet(wb, "Q1 capex", 2);
      sheet(wb, "Bob's", 0);
      sheet(wb, "Opex", 0);
      WorkbookFixtures.save(wb, in.resolve("budget.xlsx"));
    }
    Path out = tmp.resolve("out");
    Cli.Run r = Cli.run(in.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<String, String> ranges = new LinkedHashMap<>();
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      for (Row row : wb.getSheet("About")) {
        Cell file = row.getCell(0);
        Cell range = row.getCell(12);
        if (file != null && file.getCellType() == CellType.STRING && range != null
            && file.getStringCellValue().startsWith("budget.xlsx [")) {
          ranges.put(file.getStringCellValue(), range.getStringCellValue());
        }
      }
    }
    assertThat(ranges).containsOnly(
        Map.entry("budget.xlsx [Q1 capex]", "'Q1 capex'!A3:B6"),
        Map.entry("budget.xlsx [Bob's]", "'Bob''s'!A1:B4"),
        Map.entry("budget.xlsx [Opex]", "Opex!A1:B4"));
  }
}
