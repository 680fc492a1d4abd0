package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFVMLDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts a sheet points to (filters, tables, comments, links, pictures), as POI reads them. */
class SheetPartsTest {
  @TempDir Path tmp;

  @Test
  void autoFilterAndItsHiddenFilterDatabaseName() throws IOException {
    Workbook wb = new Workbook();
    wb.addSheet("First");
    Sheet data = wb.addSheet("It's data");
    Xlsx.header(data, "a", "b", "c");
    data.autoFilter(9, 2);
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("filter.xlsx")))) {
      assertThat(poi.getSheetAt(0).getCTWorksheet().isSetAutoFilter()).isFalse();
      assertThat(poi.getSheetAt(1).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C10");
      List<XSSFName> names = poi.getNames("_xlnm._FilterDatabase");
      assertThat(names).hasSize(1);
      assertThat(names.get(0).getSheetIndex()).isEqualTo(1);
      AreaReference area = new AreaReference(names.get(0).getRefersToFormula(),
          SpreadsheetVersion.EXCEL2007);
      assertThat(area.getFirstCell().getSheetName()).isEqualTo("It's data");
      assertThat(List.of(area.getFirstCell().getRow(), (int) area.getFirstCell().getCol()))
          .isEqualTo(List.of(0, 0));
      assertThat(List.of(area.getLastCell().getRow(), (int) area.getLastCell().getCol()))
          .isEqualTo(List.of(9, 2));
      assertThat(poi.getCTWorkbook().getDefinedNames().getDefinedNameArray(0).getHidden()).isTrue();
    }
  }

  @Test
  void tablesOnSeveralSheetsHaveTheirColumnsStyleAndUniqueIds() throws IOException {
    Workbook wb = new Workbook();
    Sheet sales = wb.addSheet("Sales");
    List<String> columns = List.of("Region", "Amount €", "Note <&> \"x\"");
    Xlsx.header(sales, columns.toArray(String[]::new));
    sales.table("Sales", columns, 5, "TableStyleMedium2");
    wb.addSheet("No table").comment(0, 0, "a note", "Ann", 2, 3);
    Sheet costs = wb.addSheet("Costs");
    Xlsx.header(costs, "A", "B");
    costs.table("Costs_2026", List.of("A", "B"), 1, "TableStyleLight9");
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("tables.xlsx")))) {
      XSSFTable t = Xlsx.single(poi.getSheetAt(0).getTables());
      assertThat(t.getName()).isEqualTo("Sales");
      assertThat(t.getDisplayName()).isEqualTo("Sales");
      assertThat(t.getArea().formatAsString()).isEqualTo("A1:C6");
      assertThat(t.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:C6");
      assertThat(t.getColumns()).extracting(c -> c.getName()).isEqualTo(columns);
      assertThat(t.getStyleName()).isEqualTo("TableStyleMedium2");
      assertThat(t.getStyle().isShowRowStripes()).isTrue();
      assertThat(poi.getSheetAt(1).getTables()).isEmpty();
      XSSFTable u = Xlsx.single(poi.getSheetAt(2).getTables());
      assertThat(u.getName()).isEqualTo("Costs_2026");
      assertThat(u.getArea().formatAsString()).isEqualTo("A1:B2");
      assertThat(u.getStyleName()).isEqualTo("TableStyleLight9");
      assertThat(t.getCTTable().getId()).isNotEqualTo(u.getCTTable().getId());
    }
  }

  @Test
  void commentsReadBackWithTheirAuthorsAndBoxes() throws IOException {
    Workbook wb = new Workbook();
    Sheet s = wb.addSheet("Notes");
    String text = "  two\nlines, <&> \"quoted\", _x0041_ and a\ttab ";
    s.comment(1, 1, text, "Ann", 3, 4);
    s.comment(4, 3, "second", "Bob <b>", 2, 2);
    s.comment(4, 700, "far", "Ann", 1, 1);
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("comments.xlsx")))) {
      XSSFSheet p = poi.getSheetAt(0);
      assertThat(p.getCellComments()).hasSize(3);
      XSSFComment c = p.getCellComment(new CellAddress(1, 1));
      assertThat(c.getString().getString()).isEqualTo(text);
      assertThat(c.getAuthor()).isEqualTo("Ann");
      ClientAnchor box = c.getClientAnchor();
      assertThat((int) box.getCol1()).as("a column to the right of its cell")
          .isEqualTo(c.getColumn() + 1);
      assertThat(box.getCol2() - box.getCol1()).isEqualTo(3);
      assertThat(box.getRow2() - box.getRow1()).isEqualTo(4);
      assertThat(p.getCellComment(new CellAddress(4, 3)).getAuthor()).isEqualTo("Bob <b>");
      assertThat(p.getCellComment(new CellAddress("ZY5")).getString().getString())
          .isEqualTo("far");
    }
  }

  /**
   * VML shapes are numbered 1,024 to an id block (its first id unused), and a block belongs to
   * one drawing: with more than 1,023 comments a sheet takes several blocks, and the next sheet's
   * shapes start after them.
   */
  @Test
  void thousandsOfCommentsOnTwoSheetsHaveUniqueShapeIds() throws IOException {
    Workbook wb = new Workbook();
    Sheet many = wb.addSheet("Many");
    for (int i = 0; i < 2_500; i++) {
      many.comment(i / 2, i % 2, "note " + i, "author " + i % 3, 2, 2);
    }
    Sheet few = wb.addSheet("Few");
    for (int i = 0; i < 5; i++) {
      few.comment(i, 0, "few " + i, "Zoë", 2, 2);
    }
    Path file = Xlsx.write(wb, tmp.resolve("many.xlsx"));
    try (XSSFWorkbook poi = Xlsx.open(file)) {
      Map<CellAddress, XSSFComment> comments = poi.getSheetAt(0).getCellComments();
      assertThat(comments).hasSize(2_500);
      for (int i = 0; i < 2_500; i++) {
        XSSFComment c = comments.get(new CellAddress(i / 2, i % 2));
        assertThat(c.getString().getString()).isEqualTo("note " + i);
        assertThat(c.getAuthor()).isEqualTo("author " + i % 3);
      }
      assertThat(poi.getSheetAt(1).getCellComment(new CellAddress(4, 0)).getString().getString())
          .isEqualTo("few 4");
    }
    Pattern shape = Pattern.compile("<v:shape id=\"_x0000_s(\\d+)\"");
    Pattern idmap = Pattern.compile("<o:idmap v:ext=\"edit\" data=\"([0-9,]+)\"");
    Set<Long> ids = new HashSet<>();
    Set<Long> blocks = new HashSet<>();
    int shapes = 0;
    for (Map.Entry<String, byte[]> e : Xlsx.entries(file).entrySet()) {
      if (!e.getKey().endsWith(".vml")) {
        continue;
      }
      String vml = new String(e.getValue(), StandardCharsets.UTF_8);
      Matcher m = idmap.matcher(vml);
      assertThat(m.find()).as(e.getKey()).isTrue();
      Set<Long> own = new HashSet<>();
      for (String b : m.group(1).split(",")) {
        own.add(Long.parseLong(b));
        assertThat(blocks.add(Long.parseLong(b))).as("block %s used once", b).isTrue();
      }
      for (Matcher s = shape.matcher(vml); s.find(); shapes++) {
        long id = Long.parseLong(s.group(1));
        assertThat(ids.add(id)).as("shape id %d used once", id).isTrue();
        assertThat(own).as("block of shape %d in %s", id, e.getKey()).contains(id / 1024);
        assertThat(id % 1024).as("a block's first id is not a shape's").isNotZero();
      }
    }
    assertThat(shapes).isEqualTo(2_505);
  }

  @Test
  void externalAndInternalLinks() throws IOException {
    Workbook wb = new Workbook();
    Sheet s = wb.addSheet("Links");
    wb.addSheet("Other sheet");
    wb.addSheet("It's here");
    String[] targets = {"https://example.com/search?q=a&b=c#top",
        "mailto:someone@example.com?subject=Hello", "'Other sheet'!B7", "'It''s here'!A1"};
    for (int i = 0; i < targets.length; i++) {
      s.startRow(i);
      s.text(0, 0, "link " + i);
      s.endRow();
      if (i < 2) {
        s.link(i, 0, targets[i]);
      } else {
        s.internalLink(i, 0, targets[i]);
      }
    }
    s.link(5_000, 700, "http://example.org/far");
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("links.xlsx")))) {
      XSSFSheet p = poi.getSheetAt(0);
      assertThat(p.getHyperlinkList()).hasSize(5);
      assertLink(p, p.getHyperlink(0, 0), HyperlinkType.URL, targets[0]);
      assertLink(p, p.getHyperlink(1, 0), HyperlinkType.EMAIL, targets[1]);
      assertLink(p, p.getHyperlink(2, 0), HyperlinkType.DOCUMENT, targets[2]);
      assertLink(p, p.getHyperlink(3, 0), HyperlinkType.DOCUMENT, targets[3]);
      assertLink(p, p.getHyperlink(5_000, 700), HyperlinkType.URL, "http://example.org/far");
      CellReference to = new CellReference(p.getHyperlink(3, 0).getAddress());
      assertThat(to.getSheetName()).isEqualTo("It's here");
      assertThat(poi.getSheet(to.getSheetName())).isNotNull();
      CellReference b7 = new CellReference(p.getHyperlink(2, 0).getAddress());
      assertThat(b7.getSheetName()).isEqualTo("Other sheet");
      assertThat(List.of(b7.getRow(), (int) b7.getCol())).isEqualTo(List.of(6, 1));
    }
  }

  private static void assertLink(XSSFSheet sheet, XSSFHyperlink link, HyperlinkType type,
      String address) {
    assertThat(link).as(address).isNotNull();
    assertThat(link.getType()).as(address).isEqualTo(type);
    assertThat(link.getAddress()).isEqualTo(address);
    if (type != HyperlinkType.DOCUMENT) {
      // A web or mail address is a relationship to outside the package.
      assertThat(sheet.getPackagePart().getRelationship(link.getCTHyperlink().getId())
          .getTargetMode()).as(address).isEqualTo(TargetMode.EXTERNAL);
    }
  }

  /** Pictures, comments, a table and links on one sheet: each part found behind its own id. */
  @Test
  void everyKindOfPartOnOneSheet() throws IOException {
    Workbook wb = new Workbook();
    wb.addSheet("Before").picture(Xlsx.png(5, 5, 0x123456), "p0", "first", at(0));
    Sheet all = wb.addSheet("All");
    Xlsx.header(all, "Key", "Value");
    all.table("Everything", List.of("Key", "Value"), 3, "TableStyleMedium2");
    all.comment(0, 0, "on the key", "Ann", 2, 2);
    all.link(1, 1, "https://example.com/");
    all.internalLink(2, 1, "'Before'!A1");
    byte[] png = Xlsx.png(8, 8, 0xABCDEF);
    all.picture(png, "p1", "second", at(5));
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("all.xlsx")))) {
      XSSFSheet p = poi.getSheetAt(1);
      assertThat(Xlsx.single(p.getTables()).getName()).isEqualTo("Everything");
      assertThat(p.getCellComment(new CellAddress(0, 0)).getString().getString())
          .isEqualTo("on the key");
      assertLink(p, p.getHyperlink(1, 1), HyperlinkType.URL, "https://example.com/");
      assertLink(p, p.getHyperlink(2, 1), HyperlinkType.DOCUMENT, "'Before'!A1");
      assertPicture(Xlsx.single(Xlsx.pictures(p)), png, at(5), "p1", "second");
      // The ids the worksheet names lead to the parts of their kinds (POI finds them by type).
      var ws = p.getCTWorksheet();
      assertThat(p.getRelationById(ws.getDrawing().getId())).isInstanceOf(XSSFDrawing.class);
      assertThat(p.getRelationById(ws.getLegacyDrawing().getId()))
          .isInstanceOf(XSSFVMLDrawing.class);
      assertThat(p.getRelationById(ws.getTableParts().getTablePartArray(0).getId()))
          .isInstanceOf(XSSFTable.class);
    }
  }

  private static Sheet.Anchor at(int row) {
    return new Sheet.Anchor(0, 0, row, 0, 2, 0, row + 3, 0, 0, 0, 100_000, 100_000);
  }

  @Test
  void picturesOnTwoSheetsKeepTheirBytesAnchorsAndAlternativeText() throws IOException {
    byte[] red = Xlsx.png(40, 30, 0xFF0000);
    byte[] green = Xlsx.png(10, 60, 0x00FF00);
    byte[] blue = Xlsx.png(25, 25, 0x0000FF);
    Sheet.Anchor a1 =
        new Sheet.Anchor(1, 9525, 2, 19050, 5, 0, 12, 4_762, 0, 0, 3_000_000, 2_000_000);
    Sheet.Anchor a2 = new Sheet.Anchor(7, 0, 0, 0, 9, 95_250, 30, 0, 10, 20, 1_000_000, 5_000_000);
    Sheet.Anchor a3 = new Sheet.Anchor(0, 0, 40, 0, 3, 0, 44, 0, 0, 0, 500_000, 500_000);
    Workbook wb = new Workbook();
    Sheet charts = wb.addSheet("Charts");
    charts.picture(red, "Red <1>", "Sales & costs, \"2026\"", a1);
    charts.picture(green, "Green", "Tall green", a2);
    wb.addSheet("None");
    wb.addSheet("More").picture(blue, "Blue", "Blue square", a3);
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("pictures.xlsx")))) {
      assertThat(poi.getAllPictures()).extracting(d -> b64(d.getData()))
          .containsExactlyInAnyOrder(b64(red), b64(green), b64(blue));
      List<XSSFPicture> first = Xlsx.pictures(poi.getSheetAt(0));
      assertThat(first).hasSize(2);
      assertPicture(first.get(0), red, a1, "Red <1>", "Sales & costs, \"2026\"");
      assertPicture(first.get(1), green, a2, "Green", "Tall green");
      assertThat(poi.getSheetAt(1).getDrawingPatriarch()).isNull();
      List<XSSFPicture> more = Xlsx.pictures(poi.getSheetAt(2));
      assertThat(more).hasSize(1);
      assertPicture(more.get(0), blue, a3, "Blue", "Blue square");
    }
  }

  private static void assertPicture(XSSFPicture p, byte[] png, Sheet.Anchor a, String name,
      String description) {
    XSSFPictureData data = p.getPictureData();
    assertThat(b64(data.getData())).as(name).isEqualTo(b64(png));
    ClientAnchor anchor = p.getClientAnchor();
    assertThat(List.of((int) anchor.getCol1(), anchor.getRow1(), (int) anchor.getCol2(),
        anchor.getRow2()))
        .as(name).containsExactly(a.col1(), a.row1(), a.col2(), a.row2());
    assertThat(List.of((long) anchor.getDx1(), (long) anchor.getDy1(), (long) anchor.getDx2(),
        (long) anchor.getDy2())).as(name).containsExactly(a.dx1(), a.dy1(), a.dx2(), a.dy2());
    var nv = p.getCTPicture().getNvPicPr().getCNvPr();
    assertThat(nv.getName()).isEqualTo(name);
    assertThat(nv.getDescr()).isEqualTo(description);
    var xfrm = p.getCTPicture().getSpPr().getXfrm();
    assertThat(List.of(xfrm.getOff().getX(), xfrm.getOff().getY(), xfrm.getExt().getCx(),
        xfrm.getExt().getCy())).as(name).isEqualTo(List.of(a.x(), a.y(), a.width(), a.height()));
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }
}
