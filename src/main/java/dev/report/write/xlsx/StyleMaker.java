package dev.report.write.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Makes POI's cell styles and fonts from {@link Style}s, each font once. */
final class StyleMaker {
  private final XSSFWorkbook wb;
  private final Map<Style.Font, XSSFFont> fonts = new HashMap<>();

  StyleMaker(XSSFWorkbook wb) {
    this.wb = wb;
    fonts.put(Style.Font.PLAIN, wb.getFontAt(0));
  }

  XSSFCellStyle make(Style s) {
    XSSFCellStyle c = wb.createCellStyle();
    if (!"General".equals(s.format())) {
      c.setDataFormat(wb.createDataFormat().getFormat(s.format()));
    }
    c.setFont(fonts.computeIfAbsent(s.font(), this::font));
    if (s.fill() != null) {
      c.setFillForegroundColor(color(s.fill()).getIndex());
      c.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    if (s.bottomBorder()) {
      c.setBorderBottom(BorderStyle.THIN);
    }
    c.setVerticalAlignment(switch (s.vertical()) {
      case BOTTOM -> VerticalAlignment.BOTTOM;
      case CENTER -> VerticalAlignment.CENTER;
      case TOP -> VerticalAlignment.TOP;
    });
    c.setWrapText(s.wrap());
    return c;
  }

  private XSSFFont font(Style.Font f) {
    XSSFFont font = wb.createFont();
    font.setFontName("Calibri");
    font.setFontHeightInPoints((short) f.points());
    font.setBold(f.bold());
    if (f.underline()) {
      font.setUnderline(Font.U_SINGLE);
    }
    if (f.color() != null) {
      font.setColor(color(f.color()).getIndex());
    }
    return font;
  }

  private static IndexedColors color(Style.Color c) {
    return switch (c) {
      case BLUE -> IndexedColors.BLUE;
      case LIGHT_YELLOW -> IndexedColors.LIGHT_YELLOW;
      case ROSE -> IndexedColors.ROSE;
      case GREY_25_PERCENT -> IndexedColors.GREY_25_PERCENT;
      case GREY_50_PERCENT -> IndexedColors.GREY_50_PERCENT;
      case LIGHT_TURQUOISE -> IndexedColors.LIGHT_TURQUOISE;
    };
  }
}
