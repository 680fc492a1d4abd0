package dev.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper: the workbooks of issue 16's tests, built with POI. */
final class WorkbookFixtures {
  private WorkbookFixtures() {}

  /**
   * budget.xlsx: sheet Partners (a merged title, a blank row, the header on row 3; dates,
   * percents, a number stored as text, an impossible text date, formulas with and without a
   * cached value, an error value, booleans), sheet Capex (a text among numbers on row 7), a
   * hidden sheet Secret.
   */
  static Path budget(Path folder) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      CellStyle grouped = wb.createCellStyle();
      grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      Sheet p = wb.createSheet("Partners");
      p.createRow(0).createCell(0).setCellValue("Partners 2024");
      p.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
      Row h = p.createRow(2);
      String[] labels = {"name", "joined", "share", "revenue", "double", "active"};
      for (int i = 0; i < labels.length; i++) {
        h.createCell(i).setCellValue(labels[i]);
      }
      Object[][] data = {
        {"Acme", LocalDate.of(2024, 3, 1), 0.25, 1200.0, "=D4*2", true},
        {"Beta", LocalDate.of(2024, 4, 15), 0.125, "1500", "=D4*3", false},
        {"Gamma", "31/02/2024", 0.5, 900.0, "=D6*2 uncached", true},
        {"Delta", LocalDate.of(2024, 5, 20), FormulaError.NA, 700.0, "=D7*2", false},
        {"Epsilon", LocalDate.of(2024, 6, 3), 0.75, 300.0, "=D8*2", true},
        {"Zeta", LocalDate.of(2024, 7, 9), 0.05, 100.0, "=D9*2", false},
      };
      for (int r = 0; r < data.length; r++) {
        Row row = p.createRow(3 + r);
        for (int c = 0; c < data[r].length; c++) {
          Object v = data[r][c];
          Cell cell = row.createCell(c);
          if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else if (v instanceof Double n) {
            cell.setCellValue(n);
            cell.setCellStyle(c == 2 ? percent : grouped);
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else if (v instanceof FormulaError e) {
            cell.setCellErrorValue(e.getCode());
          } else if (v instanceof String s && s.startsWith("=")) {
            cell.setCellFormula(s.substring(1).replace(" uncached", ""));
            cell.setCellStyle(grouped);
          } else {
            cell.setCellValue((String) v);
          }
        }
      }
      // Cached values as Excel saves them; the one marked "uncached" keeps none.
      var eval = wb.getCreationHelper().createFormulaEvaluator();
      for (int r = 3; r < 3 + data.length; r++) {
        if (r != 5) {
          eval.evaluateFormulaCell(p.getRow(r).getCell(4));
        }
      }
      Sheet capex = wb.createSheet("Capex");
      capex.createRow(0).createCell(0).setCellValue("item");
      capex.getRow(0).createCell(1).setCellValue("high");
      Object[] high = {10.0, 20.0, 30.0, 40.0, 50.0, "lots"};
      for (int r = 0; r < high.length; r++) {
        Row row = capex.createRow(r + 1);
        row.createCell(0).setCellValue("item " + (r + 1));
        if (high[r] instanceof Double n) {
          row.createCell(1).setCellValue(n);
        } else {
          row.createCell(1).setCellValue((String) high[r]);
        }
      }
      Sheet secret = wb.createSheet("Secret");
      secret.createRow(0).createCell(0).setCellValue("salary");
      wb.setSheetHidden(wb.getSheetIndex(secret), true);
      return save(wb, folder.resolve("budget.xlsx"));
    }
  }

  /** codes.xlsx: one sheet of leading-zero codes stored as text. */
  static Path codes(Path folder) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Sheet1");
      String[][] rows = {{"code", "site"}, {"00417", "Lyon"}, {"00123", "Nantes"},
          {"04200", "Lille"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < 2; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      return save(wb, folder.resolve("codes.xlsx"));
    }
  }

  static Path save(XSSFWorkbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }
}
