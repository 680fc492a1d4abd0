package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.report.write.xlsx.Style.Color;
import dev.report.write.xlsx.Style.Font;
import dev.report.write.xlsx.Style.Vertical;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook-wide parts (styles, tabs, properties) and a sheet's view and print settings. */
class WorkbookTest {
  @TempDir Path tmp;

  @Test
  void everyStyleFieldReadsBack() throws IOException {
    List<Style> styles = new ArrayList<>(List.of(Style.PLAIN,
        Style.PLAIN.withFormat("#,##0.00"), Style.PLAIN.withFormat("0.0%"),
        Style.PLAIN.withFormat("yyyy-mm-dd"), Style.PLAIN.withFormat("@"),
        Style.PLAIN.withFormat("#,##0 \"<€>\";[Red]-#,##0 \"&\""),
        Style.PLAIN.withFont(new Font(true, 14, Color.BLUE, true)),
        Style.PLAIN.withFont(new Font(false, 9, null, false)),
        Style.PLAIN.withFont(new Font(false, 409, null, true)),
        Style.PLAIN.withFill(Color.ROSE).withBottomBorder(),
        Style.PLAIN.withVertical(Vertical.CENTER).withWrap(),
        Style.PLAIN.withVertical(Vertical.TOP),
        new Style("0.000", new Font(true, 20, Color.GREY_50_PERCENT, true),
            Color.GREY_25_PERCENT, true, Vertical.TOP, true)));
    for (Color c : Color.values()) {
      styles.add(Style.PLAIN.withFill(c));
      styles.add(Style.PLAIN.withFont(new Font(false, 11, c, false)));
    }
    Workbook wb = new Workbook();
    Sheet sheet = wb.addSheet("Styles");
    for (int i = 0; i < styles.size(); i++) {
      sheet.startRow(i);
      sheet.number(0, wb.style(styles.get(i)), i);
      sheet.endRow();
    }
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("styles.xlsx")))) {
      for (int i = 0; i < styles.size(); i++) {
        XSSFCellStyle cs = poi.getSheetAt(0).getRow(i).getCell(0).getCellStyle();
        assertStyle(cs, styles.get(i), "style " + i + " " + styles.get(i));
      }
    }
  }

  private static void assertStyle(XSSFCellStyle cs, Style s, String what) {
    assertThat(cs.getDataFormatString()).as(what).isEqualTo(s.format());
    XSSFFont f = cs.getFont();
    assertThat(f.getFontName()).as(what).isEqualTo("Calibri");
    assertThat(f.getBold()).as(what).isEqualTo(s.font().bold());
    assertThat(f.getFontHeightInPoints()).as(what).isEqualTo((short) s.font().points());
    // No colour is black (indexed 8); the others are the palette entries of the same names.
    Color color = s.font().color();
    assertThat(f.getColor()).as(what).isEqualTo(color == null
        ? IndexedColors.BLACK.getIndex() : IndexedColors.valueOf(color.name()).getIndex());
    assertThat(f.getUnderline()).as(what)
        .isEqualTo(s.font().underline() ? XSSFFont.U_SINGLE : XSSFFont.U_NONE);
    if (s.fill() == null) {
      assertThat(cs.getFillPattern()).as(what).isEqualTo(FillPatternType.NO_FILL);
    } else {
      assertThat(cs.getFillPattern()).as(what).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(cs.getFillForegroundColor()).as(what)
          .isEqualTo(IndexedColors.valueOf(s.fill().name()).getIndex());
    }
    assertThat(cs.getBorderBottom()).as(what)
        .isEqualTo(s.bottomBorder() ? BorderStyle.THIN : BorderStyle.NONE);
    assertThat(List.of(cs.getBorderTop(), cs.getBorderLeft(), cs.getBorderRight())).as(what)
        .containsOnly(BorderStyle.NONE);
    assertThat(cs.getVerticalAlignment()).as(what)
        .isEqualTo(VerticalAlignment.valueOf(s.vertical().name()));
    assertThat(cs.getWrapText()).as(what).isEqualTo(s.wrap());
  }

  @Test
  void aStyleIsRegisteredOnceAndPlainIsIndexZero() throws IOException {
    Workbook wb = new Workbook();
    assertThat(wb.style(Style.PLAIN)).isZero();
    assertThat(wb.style(new Style("General", new Font(false, 11, null, false), null, false,
        Vertical.BOTTOM, false))).isZero();
    Style pct = Style.PLAIN.withFormat("0.0%");
    int a = wb.style(pct);
    int b = wb.style(Style.PLAIN.withFormat("0.0%").withFill(Color.BLUE));
    assertThat(wb.style(Style.PLAIN.withFormat("0.0" + "%"))).isEqualTo(a);
    assertThat(a).isPositive().isNotEqualTo(b);
    int c = wb.style(Style.PLAIN.withFormat("0.00%")); // built in
    int d = wb.style(Style.PLAIN.withFormat("0.000%"));
    Sheet sheet = wb.addSheet("S");
    sheet.startRow(0);
    sheet.number(0, a, 1);
    sheet.number(1, b, 1);
    sheet.number(2, c, 1);
    sheet.number(3, d, 1);
    sheet.endRow();
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("once.xlsx")))) {
      // Every style once: PLAIN and the four above.
      assertThat(poi.getNumCellStyles()).isEqualTo(5);
      var row = poi.getSheetAt(0).getRow(0);
      // One custom format shared by two styles; each format code its own id.
      assertThat(row.getCell(0).getCellStyle().getDataFormat())
          .isEqualTo(row.getCell(1).getCellStyle().getDataFormat());
      assertThat(new LinkedHashSet<>(List.of(row.getCell(0).getCellStyle().getDataFormat(),
          row.getCell(2).getCellStyle().getDataFormat(),
          row.getCell(3).getCellStyle().getDataFormat()))).hasSize(3);
      assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.000%");
    }
  }

  @Test
  void tabsKeepTheirOrderAfterMovesAndTheActiveTabIsSelected() throws IOException {
    Workbook wb = new Workbook();
    List<Sheet> sheets = new ArrayList<>();
    for (String name : List.of("A", "B", "C", "D")) {
      Sheet s = wb.addSheet(name);
      s.startRow(0);
      s.text(0, 0, "on " + name);
      s.endRow();
      sheets.add(s);
    }
    wb.moveSheet(sheets.get(3), 0); // D A B C
    wb.moveSheet(sheets.get(0), 3); // D B C A
    wb.activeSheet(sheets.get(2));
    assertThat(wb.sheets()).extracting(Sheet::name).containsExactly("D", "B", "C", "A");
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("tabs.xlsx")))) {
      for (int i = 0; i < 4; i++) {
        XSSFSheet s = poi.getSheetAt(i);
        assertThat(s.getSheetName()).isEqualTo("DBCA".substring(i, i + 1));
        // The rows went with their sheet.
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("on " + s.getSheetName());
        assertThat(s.isSelected()).isEqualTo(i == 2);
      }
      assertThat(poi.getActiveSheetIndex()).isEqualTo(2);
      assertThat(poi.getForceFormulaRecalculation()).isFalse();
    }
  }

  @Test
  void theFirstTabIsActiveUnlessAnotherIsAsked() throws IOException {
    Workbook wb = new Workbook();
    wb.addSheet("One");
    wb.addSheet("Two");
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("first.xlsx")))) {
      assertThat(poi.getActiveSheetIndex()).isZero();
      assertThat(poi.getSheetAt(0).isSelected()).isTrue();
      assertThat(poi.getSheetAt(1).isSelected()).isFalse();
    }
  }

  @Test
  void recalculationOnOpenAndTheDocumentsProperties() throws IOException {
    Workbook wb = new Workbook();
    wb.addSheet("S");
    wb.recalculateOnOpen();
    Instant created = Instant.parse("2026-03-14T15:09:26.535Z");
    wb.properties("Q1 <sales> & \"costs\"", "Säles, per region", "Zoë O'Brien", created);
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("props.xlsx")))) {
      assertThat(poi.getForceFormulaRecalculation()).isTrue();
      POIXMLProperties.CoreProperties core = poi.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("Q1 <sales> & \"costs\"");
      assertThat(core.getSubject()).isEqualTo("Säles, per region");
      assertThat(core.getCreator()).isEqualTo("Zoë O'Brien");
      // To the second, as the format keeps it.
      assertThat(core.getCreated()).isEqualTo(Date.from(Instant.parse("2026-03-14T15:09:26Z")));
    }
  }

  @Test
  void frozenHeaderColumnWidthsAndPrintSetUp() throws IOException {
    Workbook wb = new Workbook();
    Sheet data = wb.addSheet("It's data");
    data.freezeHeaderRow();
    // Columns 0-2 one run of 10, column 3 left alone, 4-5 another run, then 6 and 255 apart.
    int[] widths = {10, 10, 10, -1, 20, 20, 0, 255};
    for (int i = 0; i < widths.length; i++) {
      if (widths[i] >= 0) {
        data.columnWidth(i == 7 ? 300 : i, widths[i]);
      }
    }
    data.printSetUp("Page &P of &N", "R&&D report", true);
    Sheet other = wb.addSheet("Other");
    other.printSetUp("left", "", false);
    Sheet plain = wb.addSheet("Plain");
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("view.xlsx")))) {
      XSSFSheet s = poi.getSheetAt(0);
      PaneInformation pane = s.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(pane.getVerticalSplitPosition()).isZero();
      assertThat(poi.getSheetAt(2).getPaneInformation()).isNull();

      for (int i = 0; i < widths.length; i++) {
        int col = i == 7 ? 300 : i;
        int expected = widths[i] >= 0 ? 256 * widths[i] : 256 * s.getDefaultColumnWidth();
        assertThat(s.getColumnWidth(col)).as("column %d", col).isEqualTo(expected);
      }
      assertThat(s.getColumnWidth(7)).isEqualTo(256 * s.getDefaultColumnWidth());

      XSSFPrintSetup print = s.getPrintSetup();
      assertThat(print.getLandscape()).isTrue();
      assertThat(print.getPaperSize()).isEqualTo(XSSFPrintSetup.A4_PAPERSIZE);
      assertThat(s.getFitToPage()).isTrue();
      assertThat(print.getFitWidth()).isEqualTo((short) 1);
      assertThat(print.getFitHeight()).isZero();
      assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      assertThat(s.getOddFooter().getLeft()).isEqualTo("Page &P of &N");
      assertThat(s.getOddFooter().getRight()).isEqualTo("R&&D report");

      XSSFSheet o = poi.getSheetAt(1);
      assertThat(o.getPrintSetup().getLandscape()).isTrue();
      assertThat(o.getRepeatingRows()).isNull();
      assertThat(o.getOddFooter().getLeft()).isEqualTo("left");
      assertThat(poi.getSheetAt(2).getFitToPage()).isFalse();
      assertThat(plain.name()).isEqualTo(poi.getSheetName(2));
    }
  }

  /**
   * Excel takes at most 255 characters in a footer, its codes included: a long left part (a long
   * file name) is cut with a mark, never inside an {@code &&} (a literal '&'), whose halves would
   * read as a code.
   */
  @Test
  void aLongFooterIsCutWithinExcelsLimitBetweenCodes() throws IOException {
    Workbook wb = new Workbook();
    List<String> lefts = new java.util.ArrayList<>();
    for (int n = 230; n <= 245; n++) {
      // A name of n characters, each '&' of it doubled, as a footer writes a literal one.
      lefts.add(("a&&".repeat(n)).substring(0, n));
    }
    lefts.add("short & sweet".replace("&", "&&"));
    for (int i = 0; i < lefts.size(); i++) {
      Sheet s = wb.addSheet("F" + i);
      s.printSetUp(lefts.get(i), "Page &P of &N", true);
    }
    Path file = Xlsx.write(wb, tmp.resolve("footers.xlsx"));
    try (XSSFWorkbook poi = Xlsx.open(file)) {
      for (int i = 0; i < lefts.size(); i++) {
        XSSFSheet s = poi.getSheetAt(i);
        String footer = s.getCTWorksheet().getHeaderFooter().getOddFooter();
        String left = s.getOddFooter().getLeft();
        assertThat(footer.length()).as(footer).isLessThanOrEqualTo(255);
        assertThat(s.getOddFooter().getRight()).isEqualTo("Page &P of &N");
        if (lefts.get(i).length() + "&L&RPage &P of &N".length() <= 255) {
          assertThat(left).isEqualTo(lefts.get(i));
        } else {
          assertThat(left).endsWith("\u2026");
          String kept = left.substring(0, left.length() - 1);
          assertThat(lefts.get(i)).startsWith(kept);
          // Whole pairs only: the '&'s it ends with are an even number.
          int amps = kept.length() - kept.replaceAll("&+$", "").length();
          assertThat(amps % 2).as(kept).isZero();
          assertThat(footer.length()).isGreaterThanOrEqualTo(253);
        }
      }
    }
  }

  @Test
  void aColumnWidthOutsideExcelsRangeIsRefused() {
    try (Workbook wb = new Workbook()) {
      Sheet s = wb.addSheet("S");
      assertThatThrownBy(() -> s.columnWidth(0, 256)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> s.columnWidth(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
