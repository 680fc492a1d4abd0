package dev.report.write;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every cell style of a workbook, created once and shared (Excel allows about 64,000; POI is
 * slow when cells have none, so every written cell gets one of these).
 */
final class Styles {
  /** How a cell is marked when it has an issue. */
  enum Mark { NONE, WARNING, ERROR }

  private final Workbook wb;
  private final Map<String, CellStyle> byKey = new HashMap<>();
  final CellStyle header;
  final CellStyle title;
  final CellStyle subtitle;
  final CellStyle link;
  final CellStyle text;
  /** Text in a column too long to show on one line at its capped width. */
  final CellStyle wrapped;
  final CellStyle integer;
  final CellStyle bold;

  Styles(Workbook wb) {
    this.wb = wb;
    Font bold = wb.createFont();
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setDataFormat(wb.createDataFormat().getFormat("@"));
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 16);
    title = wb.createCellStyle();
    title.setFont(big);
    Font grey = wb.createFont();
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    subtitle = wb.createCellStyle();
    subtitle.setFont(grey);
    Font blue = wb.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());
    link = wb.createCellStyle();
    link.setFont(blue);
    this.bold = wb.createCellStyle();
    this.bold.setFont(bold);
    text = cell("@", Mark.NONE);
    wrapped = wb.createCellStyle();
    wrapped.cloneStyleFrom(text);
    wrapped.setWrapText(true);
    integer = cell("#,##0", Mark.NONE);
  }

  /** The style of a data cell with Excel number format {@code format}, marked or not. */
  CellStyle cell(String format, Mark mark) {
    String key = format + '\u0000' + mark;
    CellStyle s = byKey.get(key);
    if (s == null) {
      s = wb.createCellStyle();
      s.setDataFormat(wb.createDataFormat().getFormat(format));
      s.setVerticalAlignment(VerticalAlignment.TOP);
      if (mark != Mark.NONE) {
        s.setFillForegroundColor(mark == Mark.ERROR
            ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      byKey.put(key, s);
    }
    return s;
  }
}
