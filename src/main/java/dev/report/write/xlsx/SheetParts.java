package dev.report.write.xlsx;

import java.util.List;
import java.util.Map;

/**
 * The XML of a worksheet around its rows and links, and of the parts it points to: comments with
 * their VML shapes, the drawing of its pictures, its tables.
 */
final class SheetParts {
  private SheetParts() {}

  /** Numbers given to a sheet's parts across the workbook, and whether it is the active tab. */
  record Numbers(boolean selected, int drawing, int comments, int firstVmlBlock, int firstTable) {}

  /** The worksheet up to and including {@code <sheetData>}. */
  static String head(Sheet s, Numbers n) {
    StringBuilder b = new StringBuilder(1024).append(Workbook.XML_DECLARATION)
        .append("<worksheet xmlns=\"").append(Workbook.MAIN_NS).append("\" xmlns:r=\"")
        .append(Workbook.REL_NS).append("\">");
    if (s.print != null) {
      b.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    }
    b.append("<dimension ref=\"").append(s.data().dimension()).append("\"/>");
    b.append("<sheetViews><sheetView workbookViewId=\"0\"");
    if (n.selected()) {
      b.append(" tabSelected=\"1\"");
    }
    if (s.frozenHeader) {
      b.append("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\"")
          .append(" state=\"frozen\"/>")
          .append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView>");
    } else {
      b.append("/>");
    }
    b.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (!s.widths.isEmpty()) {
      b.append("<cols>");
      // Runs of neighbouring columns of one width are one element.
      Map.Entry<Integer, Integer> run = null;
      int runEnd = -1;
      for (Map.Entry<Integer, Integer> e : s.widths.entrySet()) {
        if (run != null && e.getKey() == runEnd + 1 && e.getValue().equals(run.getValue())) {
          runEnd++;
          continue;
        }
        if (run != null) {
          col(b, run.getKey(), runEnd, run.getValue());
        }
        run = e;
        runEnd = e.getKey();
      }
      col(b, run.getKey(), runEnd, run.getValue());
      b.append("</cols>");
    }
    return b.append("<sheetData>").toString();
  }

  private static void col(StringBuilder b, int first, int last, int width) {
    b.append("<col min=\"").append(first + 1).append("\" max=\"").append(last + 1)
        .append("\" width=\"").append(width).append("\" customWidth=\"1\"/>");
  }

  /** From {@code </sheetData>} to the opening of the hyperlinks, when there are any. */
  static String middle(Sheet s) {
    StringBuilder b = new StringBuilder(256).append("</sheetData>");
    if (s.autoFilter != null) {
      b.append("<autoFilter ref=\"").append(A1.range(0, 0, s.autoFilter[0], s.autoFilter[1]))
          .append("\"/>");
    }
    if (s.links != null) {
      b.append("<hyperlinks>");
    }
    return b.toString();
  }

  /** From the end of the hyperlinks to the end of the worksheet. */
  static String tail(Sheet s, Numbers n) {
    StringBuilder b = new StringBuilder(512);
    if (s.links != null) {
      b.append("</hyperlinks>");
    }
    b.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\"")
        .append(" footer=\"0.3\"/>");
    if (s.print != null) {
      b.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\"")
          .append(" fitToHeight=\"0\"/><headerFooter><oddFooter>");
      Xml.text(b, "&L" + s.print.footerLeft() + "&R" + s.print.footerRight())
          .append("</oddFooter></headerFooter>");
    }
    if (s.textNumbers != null) {
      b.append("<ignoredErrors><ignoredError sqref=\"")
          .append(A1.range(s.textNumbers[0], 0, s.textNumbers[1], s.textNumbers[2]))
          .append("\" numberStoredAsText=\"1\"/></ignoredErrors>");
    }
    int rel = 1;
    if (!s.pictures.isEmpty()) {
      b.append("<drawing r:id=\"rId").append(rel++).append("\"/>");
    }
    if (!s.comments.isEmpty()) {
      rel++; // the comments part's, not named in the sheet
      b.append("<legacyDrawing r:id=\"rId").append(rel++).append("\"/>");
    }
    if (!s.tables.isEmpty()) {
      b.append("<tableParts count=\"").append(s.tables.size()).append("\">");
      for (int i = 0; i < s.tables.size(); i++) {
        b.append("<tablePart r:id=\"rId").append(rel++).append("\"/>");
      }
      b.append("</tableParts>");
    }
    return b.append("</worksheet>").toString();
  }

  /** The sheet's relationships (in the numbering {@link #tail} uses), or null for none. */
  static String rels(Sheet s, Numbers n) {
    if (s.pictures.isEmpty() && s.comments.isEmpty() && s.tables.isEmpty()
        && s.linkTargets.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(512).append(Workbook.XML_DECLARATION)
        .append("<Relationships xmlns=\"").append(Workbook.PACKAGE_REL_NS).append("\">");
    int rel = 1;
    if (!s.pictures.isEmpty()) {
      Workbook.rel(b, "rId" + rel++, "drawing", "../drawings/drawing" + n.drawing() + ".xml");
    }
    if (!s.comments.isEmpty()) {
      Workbook.rel(b, "rId" + rel++, "comments", "../comments" + n.comments() + ".xml");
      Workbook.rel(b, "rId" + rel++, "vmlDrawing",
          "../drawings/vmlDrawing" + n.comments() + ".vml");
    }
    for (int i = 0; i < s.tables.size(); i++) {
      Workbook.rel(b, "rId" + rel++, "table", "../tables/table" + (n.firstTable() + i) + ".xml");
    }
    for (int i = 0; i < s.linkTargets.size(); i++) {
      b.append("<Relationship Id=\"rIdL").append(i + 1).append("\" Type=\"")
          .append(Workbook.OFFICE_REL).append("hyperlink\" Target=\"");
      Xml.escape(b, s.linkTargets.get(i)).append("\" TargetMode=\"External\"/>");
    }
    return b.append("</Relationships>").toString();
  }

  static String comments(Sheet s) {
    List<String> authors = s.comments.stream().map(Sheet.Comment::author).distinct().toList();
    StringBuilder b = new StringBuilder(256 * s.comments.size() + 256)
        .append(Workbook.XML_DECLARATION).append("<comments xmlns=\"").append(Workbook.MAIN_NS)
        .append("\"><authors>");
    for (String a : authors) {
      Xml.text(b.append("<author>"), a).append("</author>");
    }
    b.append("</authors><commentList>");
    for (Sheet.Comment c : s.comments) {
      b.append("<comment ref=\"").append(A1.cell(c.row(), c.col())).append("\" authorId=\"")
          .append(authors.indexOf(c.author())).append("\"><text><t");
      if (Xml.preserve(c.text())) {
        b.append(" xml:space=\"preserve\"");
      }
      Xml.text(b.append('>'), c.text()).append("</t></text></comment>");
    }
    return b.append("</commentList></comments>").toString();
  }

  /** Shapes per VML id block (Excel numbers shapes 1,024 to a block, the first unused). */
  static final int SHAPES_PER_BLOCK = 1023;

  static int vmlBlocks(Sheet s) {
    return (s.comments.size() + SHAPES_PER_BLOCK - 1) / SHAPES_PER_BLOCK;
  }

  /** The VML drawing that gives each comment its box (Excel shows no comment without it). */
  static String vml(Sheet s, Numbers n) {
    StringBuilder b = new StringBuilder(600 * s.comments.size() + 1024)
        .append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\"")
        .append(" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
        .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
        .append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"");
    for (int i = 0; i < vmlBlocks(s); i++) {
      b.append(i == 0 ? "" : ",").append(n.firstVmlBlock() + i);
    }
    b.append("\"/></o:shapelayout>")
        .append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\"")
        .append(" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>")
        .append("<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
    for (int i = 0; i < s.comments.size(); i++) {
      Sheet.Comment c = s.comments.get(i);
      long id = (long) (n.firstVmlBlock() + i / SHAPES_PER_BLOCK) * 1024 + 1 + i % SHAPES_PER_BLOCK;
      b.append("<v:shape id=\"_x0000_s").append(id).append("\" type=\"#_x0000_t202\"")
          .append(" style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\"")
          .append(" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>")
          .append("<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
          .append("<v:path o:connecttype=\"none\"/>")
          .append("<v:textbox style=\"mso-direction-alt:auto\">")
          .append("<div style=\"text-align:left\"></div>")
          .append("</v:textbox><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/>")
          // The box starts a column to the right of its cell, as Excel places a new comment.
          .append("<x:SizeWithCells/><x:Anchor>").append(c.col() + 1).append(", 15, ")
          .append(c.row()).append(", 2, ").append(c.col() + 1 + c.colSpan()).append(", 15, ")
          .append(c.row() + c.rowSpan()).append(", 16</x:Anchor><x:AutoFill>False</x:AutoFill>")
          .append("<x:Row>").append(c.row()).append("</x:Row><x:Column>").append(c.col())
          .append("</x:Column></x:ClientData></v:shape>");
    }
    return b.append("</xml>").toString();
  }

  /** The drawing of the sheet's pictures; their images are {@code rId1}, {@code rId2}, ... */
  static String drawing(Sheet s) {
    StringBuilder b = new StringBuilder(1024 * s.pictures.size() + 512)
        .append(Workbook.XML_DECLARATION)
        .append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/")
        .append("spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/")
        .append("main\" xmlns:r=\"").append(Workbook.REL_NS).append("\">");
    for (int i = 0; i < s.pictures.size(); i++) {
      Sheet.Picture p = s.pictures.get(i);
      Sheet.Anchor a = p.anchor();
      b.append("<xdr:twoCellAnchor editAs=\"oneCell\"><xdr:from><xdr:col>").append(a.col1())
          .append("</xdr:col><xdr:colOff>").append(a.dx1()).append("</xdr:colOff><xdr:row>")
          .append(a.row1()).append("</xdr:row><xdr:rowOff>").append(a.dy1())
          .append("</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(a.col2())
          .append("</xdr:col><xdr:colOff>").append(a.dx2()).append("</xdr:colOff><xdr:row>")
          .append(a.row2()).append("</xdr:row><xdr:rowOff>").append(a.dy2())
          .append("</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"").append(i + 1)
          .append("\" name=\"");
      Xml.escape(b, p.name()).append("\" descr=\"");
      Xml.escape(b, p.description()).append("\"/><xdr:cNvPicPr><a:picLocks noChangeAspect=\"1\"/>")
          .append("</xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed=\"rId").append(i + 1)
          .append("\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm>")
          .append("<a:off x=\"").append(a.x()).append("\" y=\"").append(a.y())
          .append("\"/><a:ext cx=\"").append(a.width()).append("\" cy=\"").append(a.height())
          .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr>")
          .append("</xdr:pic><xdr:clientData/></xdr:twoCellAnchor>");
    }
    return b.append("</xdr:wsDr>").toString();
  }

  static String table(Sheet.Table t, int id) {
    String ref = A1.range(0, 0, t.lastRow(), t.columns().size() - 1);
    StringBuilder b = new StringBuilder(256 + 64 * t.columns().size())
        .append(Workbook.XML_DECLARATION).append("<table xmlns=\"").append(Workbook.MAIN_NS)
        .append("\" id=\"").append(id).append("\" name=\"");
    Xml.text(b, t.name()).append("\" displayName=\"");
    Xml.text(b, t.name()).append("\" ref=\"").append(ref)
        .append("\" totalsRowShown=\"0\"><autoFilter ref=\"").append(ref)
        .append("\"/><tableColumns count=\"").append(t.columns().size()).append("\">");
    for (int i = 0; i < t.columns().size(); i++) {
      b.append("<tableColumn id=\"").append(i + 1).append("\" name=\"");
      // An ST_Xstring, read as the header cell's text is: a literal _xHHHH_ protected the same.
      Xml.text(b, t.columns().get(i)).append("\"/>");
    }
    b.append("</tableColumns><tableStyleInfo name=\"");
    return Xml.escape(b, t.style()).append("\" showFirstColumn=\"0\" showLastColumn=\"0\"")
        .append(" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>").toString();
  }
}
