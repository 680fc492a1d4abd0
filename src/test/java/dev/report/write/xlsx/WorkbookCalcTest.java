package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Calc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice Calc, a third implementation, loads a workbook that uses every feature of the
 * writer: saved again as xlsx (reopened with POI) its comments, links, table filter, pictures and
 * formulas are still there, and as CSV it shows the values as formatted (a literal
 * {@code _x0041_} as written). Not the frozen pane: headless Calc drops view settings from any
 * file it converts, POI's own too. Skipped only where LibreOffice is not
 * installed and this is not CI ({@link Calc}).
 */
class WorkbookCalcTest {
  private static final String DATA = "It's data";
  private static final String OTHER = "Other sheet";

  @TempDir Path tmp;

  @Test
  void calcLoadsEveryFeatureAndKeepsIt() throws Exception {
    Calc.assumeInstalled();
    Path book = Xlsx.write(everything(), tmp.resolve("book.xlsx"));

    assertThat(Calc.convert(book, "xlsx", tmp.resolve("xlsx"))).isZero();
    try (XSSFWorkbook poi = Xlsx.open(tmp.resolve("xlsx/book.xlsx"))) {
      assertThat(poi.getSheetName(0)).isEqualTo(DATA);
      assertThat(poi.getSheetName(1)).isEqualTo(OTHER);
      XSSFSheet data = poi.getSheet(DATA);
      XSSFSheet other = poi.getSheet(OTHER);
      assertThat(data.getCellComment(new CellAddress("A1")).getString().getString())
          .isEqualTo("Where it was sold");
      assertThat(data.getCellComment(new CellAddress("B6")).getString().getString())
          .isEqualTo("Sum of <all> & more");
      assertThat(other.getCellComment(new CellAddress("B2")).getString().getString())
          .isEqualTo("On the other sheet");
      assertThat(data.getHyperlink(1, 3).getAddress())
          .isEqualTo("https://example.com/north?a=1&b=2");
      assertThat(new CellReference(data.getHyperlink(2, 3).getAddress()))
          .isEqualTo(new CellReference(OTHER, 0, 0, false, false));
      assertThat(new CellReference(other.getHyperlink(0, 2).getAddress()))
          .isEqualTo(new CellReference(DATA, 0, 0, false, false));
      // Calc keeps the table as a database range (Calc 7.4 writes it back as the table; an
      // older one may write only its filter), over the same cells.
      if (data.getTables().isEmpty()) {
        assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D5");
      } else {
        assertThat(data.getTables().get(0).getName()).isEqualTo("Sales");
        assertThat(data.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:D5");
      }
      assertThat(other.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B4");
      assertThat(poi.getAllPictures()).hasSize(2);
      assertFormula(data.getRow(1).getCell(2), "B2/SUM($B$2:$B$5)", 0.25);
      assertFormula(data.getRow(5).getCell(1), "SUM(B2:B5)", 4000);
      assertFormula(other.getRow(1).getCell(1), "'It''s data'!B6*2", 8000);
      assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("North");
      assertThat(data.getRow(4).getCell(3).getStringCellValue()).isEqualTo("_x0041_ stays");
    }

    // The first sheet as shown (token 9), in UTF-8 (76) and en-US (1033).
    assertThat(Calc.convert(book, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true",
        tmp.resolve("csv"))).isZero();
    List<String> csv = Files.readAllLines(tmp.resolve("csv/book.csv"), StandardCharsets.UTF_8);
    assertThat(csv).containsExactly("Region,Amount,Share,Note",
        "North,\"1,000.00\",25.0%,example", "South,\"1,500.00\",37.5%,Other",
        "North,\"1,250.00\",31.3%,\"<&> \"\"quoted\"\"\"", "East,250.00,6.3%,_x0041_ stays",
        "Total,\"4,000.00\",TRUE,");
  }

  private static void assertFormula(XSSFCell cell, String formula, double value) {
    assertThat(cell.getCellType()).as(cell.getReference()).isEqualTo(CellType.FORMULA);
    assertThat(cell.getCellFormula()).isEqualTo(formula);
    assertThat(cell.getNumericCellValue()).isEqualTo(value);
  }

  /**
   * Sheet names and link locations are ST_Xstrings, which Calc (and Excel, by the standard)
   * decode: a sheet named {@code _x0041_ data} must not become "A data", nor a link to it lead
   * to {@code 'A data'!A1}. Calc reads both as written, and writes them back protected.
   */
  @Test
  void calcReadsEscapeLikeSheetNamesAndLinksAsWritten() throws Exception {
    Calc.assumeInstalled();
    Workbook wb = new Workbook();
    Sheet from = wb.addSheet("From");
    from.startRow(0);
    from.text(0, 0, "go");
    from.endRow();
    from.internalLink(0, 0, "'_x0041_ data'!A1");
    Sheet odd = wb.addSheet("_x0041_ data");
    odd.startRow(0);
    odd.number(0, 0, 21);
    odd.endRow();
    Path book = Xlsx.write(wb, tmp.resolve("names.xlsx"));
    for (Path file : List.of(book, convertedToXlsx(book))) {
      String workbook = Xlsx.text(file, "xl/workbook.xml");
      String sheet = Xlsx.text(file, "xl/worksheets/sheet1.xml");
      assertThat(attributes(workbook, "sheet", "name")).as(file.toString())
          .containsExactly("From", "_x0041_ data");
      assertThat(attributes(sheet, "hyperlink", "location")).as(file.toString())
          .containsExactly("'_x0041_ data'!A1");
    }
  }

  /** Calc's own xlsx of {@code book}. */
  private Path convertedToXlsx(Path book) throws Exception {
    Path dir = tmp.resolve("calc-" + book.getFileName());
    assertThat(Calc.convert(book, "xlsx", dir)).isZero();
    return dir.resolve(book.getFileName());
  }

  /** The values of {@code attr} of every {@code <element>} in {@code xml}, as Calc reads them. */
  private static List<String> attributes(String xml, String element, String attr) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("<" + element + "\\s[^>]*?\\b" + attr + "=\"([^\"]*)\"").matcher(xml);
    List<String> values = new java.util.ArrayList<>();
    while (m.find()) {
      values.add(decodeXstrings(m.group(1).replace("&apos;", "'").replace("&amp;", "&")));
    }
    return values;
  }

  /** An ST_Xstring as a spreadsheet reads it: each _xHHHH_ is the character U+HHHH. */
  private static String decodeXstrings(String s) {
    return java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_").matcher(s)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  /** Two sheets using every feature: styles, table, filter, comments, links, pictures, formulas. */
  static Workbook everything() {
    Workbook wb = new Workbook();
    int bold = wb.style(Style.PLAIN.withFont(new Style.Font(true, 12, Style.Color.BLUE, true))
        .withFill(Style.Color.LIGHT_YELLOW).withBottomBorder());
    int money = wb.style(Style.PLAIN.withFormat("#,##0.00"));
    int pct = wb.style(Style.PLAIN.withFormat("0.0%"));
    int wrap = wb.style(Style.PLAIN.withWrap().withVertical(Style.Vertical.TOP));
    Sheet data = wb.addSheet(DATA);
    Sheet other = wb.addSheet(OTHER);
    List<String> header = List.of("Region", "Amount", "Share", "Note");
    data.startRow(0);
    for (int c = 0; c < header.size(); c++) {
      data.shared(c, bold, wb.sharedString(header.get(c)));
    }
    data.endRow();
    String[] regions = {"North", "South", "North", "East"};
    double[] amounts = {1000, 1500, 1250, 250};
    String[] notes = {"example", "Other", "<&> \"quoted\"", "_x0041_ stays"};
    for (int r = 1; r <= 4; r++) {
      data.startRow(r);
      data.shared(0, 0, wb.sharedString(regions[r - 1]));
      data.number(1, money, amounts[r - 1]);
      data.formula(2, pct, "B" + (r + 1) + "/SUM($B$2:$B$5)", amounts[r - 1] / 4000);
      data.text(3, wrap, notes[r - 1]);
      data.endRow();
    }
    data.startRow(5);
    data.text(0, bold, "Total");
    data.formula(1, money, "SUM(B2:B5)", 4000);
    data.bool(2, 0, true);
    data.blank(3, bold);
    data.endRow();
    data.table("Sales", header, 4, "TableStyleMedium2");
    data.freezeHeaderRow();
    data.columnWidth(3, 30);
    data.comment(0, 0, "Where it was sold", "Ann", 2, 3);
    data.comment(5, 1, "Sum of <all> & more", "Bob", 2, 3);
    data.link(1, 3, "https://example.com/north?a=1&b=2");
    data.internalLink(2, 3, A1.sheet(OTHER) + "!A1");
    data.picture(Xlsx.png(30, 20, 0x3366CC), "Blue", "A blue picture",
        new Sheet.Anchor(5, 0, 1, 0, 8, 0, 6, 0, 0, 0, 1_905_000, 952_500));
    data.printSetUp("Page &P of &N", "R&&D", true);

    Xlsx.header(other, "a", "b", "to data");
    for (int r = 1; r <= 3; r++) {
      other.startRow(r);
      other.number(0, 0, r);
      if (r == 1) {
        other.formula(1, money, A1.sheet(DATA) + "!B6*2", 8000);
      }
      other.endRow();
    }
    other.autoFilter(3, 1);
    other.comment(1, 1, "On the other sheet", "Ann", 2, 2);
    other.internalLink(0, 2, A1.sheet(DATA) + "!A1");
    other.picture(Xlsx.png(12, 12, 0xCC3333), "Red", "A red picture",
        new Sheet.Anchor(3, 0, 5, 0, 5, 0, 9, 0, 0, 0, 1_219_200, 762_000));
    wb.activeSheet(data);
    return wb;
  }
}
