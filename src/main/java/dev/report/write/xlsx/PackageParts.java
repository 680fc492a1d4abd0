package dev.report.write.xlsx;

import static dev.report.write.xlsx.Workbook.MAIN_NS;
import static dev.report.write.xlsx.Workbook.PACKAGE_REL_NS;
import static dev.report.write.xlsx.Workbook.REL_NS;
import static dev.report.write.xlsx.Workbook.XML_DECLARATION;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The package's parts that describe the whole workbook: content types, relationships, document
 * properties, the workbook part (tabs, defined names) and the shared strings. Worksheet numbers
 * are 1-based tab positions; the workbook's relationships are styles (rId1), shared strings
 * (rId2) and the sheets (rId3 on).
 */
final class PackageParts {
  private static final String CT = "application/vnd.openxmlformats-officedocument.";

  private final List<Sheet> sheets;
  private final List<SheetParts.Numbers> numbers;
  private final List<String> strings;

  PackageParts(List<Sheet> sheets, List<SheetParts.Numbers> numbers, List<String> strings) {
    this.sheets = sheets;
    this.numbers = numbers;
    this.strings = strings;
  }

  String contentTypes() {
    StringBuilder b = new StringBuilder(2048).append(XML_DECLARATION)
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.")
        .append("relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .append("<Default Extension=\"png\" ContentType=\"image/png\"/>")
        .append("<Default Extension=\"vml\" ContentType=\"").append(CT).append("vmlDrawing\"/>");
    override(b, "/xl/workbook.xml", "spreadsheetml.sheet.main+xml");
    override(b, "/xl/styles.xml", "spreadsheetml.styles+xml");
    if (!strings.isEmpty()) {
      override(b, "/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml");
    }
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      SheetParts.Numbers n = numbers.get(i);
      override(b, "/xl/worksheets/sheet" + (i + 1) + ".xml", "spreadsheetml.worksheet+xml");
      if (!s.comments.isEmpty()) {
        override(b, "/xl/comments" + n.comments() + ".xml", "spreadsheetml.comments+xml");
      }
      if (!s.pictures.isEmpty()) {
        override(b, "/xl/drawings/drawing" + n.drawing() + ".xml", "drawing+xml");
      }
      for (int k = 0; k < s.tables.size(); k++) {
        override(b, "/xl/tables/table" + (n.firstTable() + k) + ".xml", "spreadsheetml.table+xml");
      }
    }
    b.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/")
        .append("vnd.openxmlformats-package.core-properties+xml\"/>");
    override(b, "/docProps/app.xml", "extended-properties+xml");
    return b.append("</Types>").toString();
  }

  private static void override(StringBuilder b, String part, String type) {
    b.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(CT)
        .append(type).append("\"/>");
  }

  static String rootRels() {
    return XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
        + Workbook.rel(new StringBuilder(), "rId1", "officeDocument", "xl/workbook.xml")
        + "<Relationship Id=\"rId2\" Type=\"" + PACKAGE_REL_NS
        + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + Workbook.rel(new StringBuilder(), "rId3", "extended-properties", "docProps/app.xml")
        + "</Relationships>";
  }

  static String app() {
    return XML_DECLARATION + "<Properties xmlns=\""
        + "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>report</Application></Properties>";
  }

  /** Title, subject and creator are left out when empty, the creation time when null. */
  static String core(String title, String subject, String creator, Instant created) {
    StringBuilder b = new StringBuilder(512).append(XML_DECLARATION)
        .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/")
        .append("metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    if (!title.isEmpty()) {
      Xml.escape(b.append("<dc:title>"), title).append("</dc:title>");
    }
    if (!subject.isEmpty()) {
      Xml.escape(b.append("<dc:subject>"), subject).append("</dc:subject>");
    }
    if (!creator.isEmpty()) {
      Xml.escape(b.append("<dc:creator>"), creator).append("</dc:creator>");
    }
    if (created != null) {
      b.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
          .append(created.truncatedTo(ChronoUnit.SECONDS)).append("</dcterms:created>");
    }
    return b.append("</cp:coreProperties>").toString();
  }

  String workbook(int activeTab, boolean recalculate) {
    StringBuilder b = new StringBuilder(2048).append(XML_DECLARATION)
        .append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS)
        .append("\"><workbookPr/><bookViews><workbookView activeTab=\"").append(activeTab)
        .append("\"/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      b.append("<sheet name=\"");
      Xml.text(b, sheets.get(i).name()).append("\" sheetId=\"").append(i + 1)
          .append("\" r:id=\"rId").append(i + 3).append("\"/>");
    }
    b.append("</sheets>");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      String quoted = A1.sheet(s.name());
      if (s.autoFilter != null) {
        names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
            .append("\" hidden=\"1\">");
        Xml.escape(names, quoted + "!$A$1:$" + A1.column(s.autoFilter[1]) + "$"
            + (s.autoFilter[0] + 1)).append("</definedName>");
      }
      if (s.print != null && s.print.repeatFirstRow()) {
        names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i)
            .append("\">");
        Xml.escape(names, quoted + "!$1:$1").append("</definedName>");
      }
    }
    if (names.length() > 0) {
      b.append("<definedNames>").append(names).append("</definedNames>");
    }
    if (recalculate) {
      b.append("<calcPr fullCalcOnLoad=\"1\"/>");
    }
    return b.append("</workbook>").toString();
  }

  String workbookRels() {
    StringBuilder b = new StringBuilder(1024).append(XML_DECLARATION)
        .append("<Relationships xmlns=\"").append(PACKAGE_REL_NS).append("\">");
    Workbook.rel(b, "rId1", "styles", "styles.xml");
    if (!strings.isEmpty()) {
      Workbook.rel(b, "rId2", "sharedStrings", "sharedStrings.xml");
    }
    for (int i = 0; i < sheets.size(); i++) {
      Workbook.rel(b, "rId" + (i + 3), "worksheet", "worksheets/sheet" + (i + 1) + ".xml");
    }
    return b.append("</Relationships>").toString();
  }

  String sharedStrings() {
    StringBuilder b = new StringBuilder(64 * strings.size() + 256).append(XML_DECLARATION)
        .append("<sst xmlns=\"").append(MAIN_NS).append("\" uniqueCount=\"")
        .append(strings.size()).append("\">");
    for (String s : strings) {
      b.append("<si><t");
      if (Xml.preserve(s)) {
        b.append(" xml:space=\"preserve\"");
      }
      Xml.text(b.append('>'), s).append("</t></si>");
    }
    return b.append("</sst>").toString();
  }
}
