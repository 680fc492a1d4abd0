package dev.report.write.xlsx;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Rows as POI's own cells: any kind of cell, formulas too, written by POI when the row ends. Every
 * cell gets its style explicitly (POI would look a missing one up, per cell, in the sheet's XML).
 */
final class CellRows implements Rows {
  private final Workbook wb;
  private final SXSSFSheet sheet;
  private SXSSFRow row;

  CellRows(Workbook wb, SXSSFSheet sheet) {
    this.wb = wb;
    this.sheet = sheet;
  }

  @Override
  public void startRow(int r, float height) {
    row = sheet.createRow(r);
    if (height > 0) {
      row.setHeightInPoints(height);
    }
  }

  @Override
  public void endRow() throws IOException {
    row = null;
    sheet.flushRows(0);
  }

  @Override
  public void number(int col, int style, double value) {
    cell(col, style).setCellValue(value);
  }

  @Override
  public void text(int col, int style, String s) {
    cell(col, style).setCellValue(s);
  }

  /** Inline: POI writes every text of its cells inline. */
  @Override
  public void shared(int col, int style, int index) {
    cell(col, style).setCellValue(Texts.forCell(wb.sharedText(index)));
  }

  @Override
  public void bool(int col, int style, boolean value) {
    cell(col, style).setCellValue(value);
  }

  @Override
  public void blank(int col, int style) {
    cell(col, style);
  }

  @Override
  public void formula(int col, int style, String formula, double cached) {
    Cell c = cell(col, style);
    c.setCellFormula(formula);
    c.setCellValue(cached);
  }

  private Cell cell(int col, int style) {
    Cell c = row.createCell(col);
    c.setCellStyle(wb.cellStyle(style));
    return c;
  }
}
