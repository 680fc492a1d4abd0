package dev.report.write;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's sheet data writer with the cells of the common types (numbers, inline strings,
 * booleans, blanks) written in one piece each, the way SXSSF writes them, instead of a dozen small
 * writes and a cell reference object per cell; formulas and errors are left to SXSSF. Its file is
 * deflated while it is written ({@link DeflatingStream}).
 */
final class FastSheetDataWriter extends SheetDataWriter {
  /** Column letters by 0-based index, made as first needed. */
  private static final String[] COLUMNS = new String[16_384];

  // Set by createWriter, which SheetDataWriter's constructor calls: no initializers here.
  private FastWorkbook.SheetData data;
  private Utf8Writer writer;
  private String rowNumber;
  private final StringBuilder cell = new StringBuilder(256);

  FastSheetDataWriter() throws IOException {
    super();
  }

  /** The file and compressed stream of this sheet's data. */
  FastWorkbook.SheetData data() {
    return data;
  }

  // Deprecated in POI 5 with no replacement that keeps the temporary file; still the hook.
  @Override
  @SuppressWarnings("deprecation")
  public Writer createWriter(File fd) throws IOException {
    DeflatingStream deflated = new DeflatingStream(new FileOutputStream(fd));
    data = new FastWorkbook.SheetData(fd, deflated);
    writer = new Utf8Writer(deflated, fd.toPath());
    return writer;
  }

  @Override
  public void writeRow(int rownum, SXSSFRow row) throws IOException {
    rowNumber = Integer.toString(rownum + 1);
    super.writeRow(rownum, row);
  }

  @Override
  public void writeCell(int columnIndex, Cell c) throws IOException {
    if (c == null) {
      return;
    }
    CellType type = c.getCellType();
    if (type == CellType.FORMULA || type == CellType.ERROR || writer == null) {
      super.writeCell(columnIndex, c);
      return;
    }
    StringBuilder b = cell;
    b.setLength(0);
    b.append("<c r=\"").append(column(columnIndex)).append(rowNumber).append('"');
    int style = c.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      b.append(" s=\"").append(style).append('"');
    }
    switch (type) {
      case NUMERIC -> b.append(" t=\"n\"><v>").append(Double.toString(c.getNumericCellValue()))
          .append("</v>");
      case BOOLEAN -> b.append(" t=\"b\"><v>").append(c.getBooleanCellValue() ? '1' : '0')
          .append("</v>");
      case STRING -> {
        String s = c.getStringCellValue();
        b.append(" t=\"inlineStr\"><is><t");
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
            || Character.isWhitespace(s.charAt(s.length() - 1)))) {
          b.append(" xml:space=\"preserve\"");
        }
        b.append('>');
        escape(s, b);
        b.append("</t></is>");
      }
      default -> b.append('>');
    }
    b.append("</c>");
    writer.write(b);
  }

  /** Text as SXSSF escapes it; control characters and U+FFFE, U+FFFF become '?' as in POI. */
  private static void escape(String s, StringBuilder b) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("&#xa;");
        case '\r' -> b.append("&#xd;");
        case '\t' -> b.append("&#x9;");
        case '\u00A0' -> b.append("&#xa0;");
        default -> b.append(ch < ' ' || ch == '\uFFFE' || ch == '\uFFFF' ? '?' : ch);
      }
    }
  }

  private static String column(int index) {
    String c = COLUMNS[index];
    if (c == null) {
      c = CellReference.convertNumToColString(index);
      COLUMNS[index] = c;
    }
    return c;
  }
}
