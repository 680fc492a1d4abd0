package dev.report.write.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The workbook's cell styles (xl/styles.xml): each distinct style once, index 0 the plain one. */
final class StyleTable {
  /** Excel's limit on cell styles in a workbook. */
  static final int MAX = 64_000;
  /** Number formats Excel has built in, by code; others are declared from id 164. */
  private static final Map<String, Integer> BUILT_IN = Map.of(
      "General", 0, "0", 1, "0.00", 2, "#,##0", 3, "#,##0.00", 4, "0%", 9, "0.00%", 10, "@", 49);

  private final List<Style> styles = new ArrayList<>();
  private final Map<Style, Integer> index = new HashMap<>();
  private final List<Style.Font> fonts = new ArrayList<>();
  private final List<Style.Color> fills = new ArrayList<>();
  /** Custom number format codes, in id order from 164. */
  private final List<String> formats = new ArrayList<>();

  StyleTable() {
    add(Style.PLAIN);
  }

  int add(Style s) {
    Integer i = index.get(s);
    if (i != null) {
      return i;
    }
    if (styles.size() == MAX) {
      throw new IllegalStateException("more than " + MAX + " cell styles");
    }
    styles.add(s);
    index.put(s, styles.size() - 1);
    if (!fonts.contains(s.font())) {
      fonts.add(s.font());
    }
    if (s.fill() != null && !fills.contains(s.fill())) {
      fills.add(s.fill());
    }
    if (!BUILT_IN.containsKey(s.format()) && !formats.contains(s.format())) {
      formats.add(s.format());
    }
    return styles.size() - 1;
  }

  private int formatId(String code) {
    Integer id = BUILT_IN.get(code);
    return id != null ? id : 164 + formats.indexOf(code);
  }

  String xml() {
    StringBuilder b = new StringBuilder(4096);
    b.append(Workbook.XML_DECLARATION)
        .append("<styleSheet xmlns=\"").append(Workbook.MAIN_NS).append("\">");
    if (!formats.isEmpty()) {
      b.append("<numFmts count=\"").append(formats.size()).append("\">");
      for (int i = 0; i < formats.size(); i++) {
        b.append("<numFmt numFmtId=\"").append(164 + i).append("\" formatCode=\"");
        Xml.escape(b, formats.get(i)).append("\"/>");
      }
      b.append("</numFmts>");
    }
    b.append("<fonts count=\"").append(fonts.size()).append("\">");
    for (Style.Font f : fonts) {
      b.append("<font>");
      if (f.bold()) {
        b.append("<b/>");
      }
      if (f.underline()) {
        b.append("<u/>");
      }
      b.append("<sz val=\"").append(f.points()).append("\"/>");
      b.append(f.color() == null ? "<color indexed=\"8\"/>"
          : "<color indexed=\"" + f.color().indexed + "\"/>");
      b.append("<name val=\"Calibri\"/><family val=\"2\"/></font>");
    }
    b.append("</fonts>");
    // Fills 0 and 1 are reserved by Excel (none and gray125).
    b.append("<fills count=\"").append(fills.size() + 2).append("\">")
        .append("<fill><patternFill patternType=\"none\"/></fill>")
        .append("<fill><patternFill patternType=\"gray125\"/></fill>");
    for (Style.Color c : fills) {
      b.append("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"").append(c.indexed)
          .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
    }
    b.append("</fills>");
    b.append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
        .append("<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/>")
        .append("</bottom><diagonal/></border></borders>");
    b.append("<cellStyleXfs count=\"1\">")
        .append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>")
        .append("</cellStyleXfs>");
    b.append("<cellXfs count=\"").append(styles.size()).append("\">");
    for (Style s : styles) {
      int font = fonts.indexOf(s.font());
      int fill = s.fill() == null ? 0 : fills.indexOf(s.fill()) + 2;
      int format = formatId(s.format());
      b.append("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(font)
          .append("\" fillId=\"").append(fill).append("\" borderId=\"")
          .append(s.bottomBorder() ? 1 : 0).append("\" xfId=\"0\"");
      if (format != 0) {
        b.append(" applyNumberFormat=\"1\"");
      }
      if (font != 0) {
        b.append(" applyFont=\"1\"");
      }
      if (fill != 0) {
        b.append(" applyFill=\"1\"");
      }
      if (s.bottomBorder()) {
        b.append(" applyBorder=\"1\"");
      }
      boolean aligned = s.vertical() != Style.Vertical.BOTTOM || s.wrap();
      if (!aligned) {
        b.append("/>");
        continue;
      }
      b.append(" applyAlignment=\"1\"><alignment");
      if (s.vertical() != Style.Vertical.BOTTOM) {
        b.append(" vertical=\"").append(s.vertical() == Style.Vertical.TOP ? "top" : "center")
            .append('"');
      }
      if (s.wrap()) {
        b.append(" wrapText=\"1\"");
      }
      b.append("/></xf>");
    }
    b.append("</cellXfs>")
        .append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
        .append("</cellStyles><dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>");
    return b.toString();
  }
}
