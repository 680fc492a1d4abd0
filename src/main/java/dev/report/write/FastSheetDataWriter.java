package dev.report.write;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's sheet data writer with the cells of the common types (numbers, inline strings,
 * booleans, blanks) written in one piece each, the way SXSSF writes them, instead of a dozen small
 * writes and a cell reference object per cell; formulas and errors are left to SXSSF. Its file is
 * deflated while it is written ({@link DeflatingStream}).
 *
 * <p>Numbers are written as Excel writes them, not as SXSSF does: no {@code t="n"}, and
 * {@code 42} rather than {@code 42.0} ({@link XmlNumber}); about 7% less XML to deflate.
 *
 * <p>Rows can also be written straight, with no SXSSF row or cell object ({@link #startRow},
 * {@link #number}, {@link #text}, {@link #bool}, {@link #shared}, {@link #endRow}), in the same
 * XML. The writer
 * counts both kinds of rows itself, so that SXSSF's checks and the sheet's dimension see them
 * all; SXSSF rows of the sheet must be flushed before a row is written straight after them.
 */
final class FastSheetDataWriter extends SheetDataWriter {
  /** Column letters by 0-based index, made as first needed. */
  private static final String[] COLUMNS = new String[16_384];

  // Set by createWriter, which SheetDataWriter's constructor calls: no initializers here.
  private FastWorkbook.SheetData data;
  private Utf8Writer writer;
  private String rowNumber;
  private int currentRow;
  private final StringBuilder cell = new StringBuilder(256);
  // What was written, both ways: 0-based row and column indexes, -1 (or MAX_VALUE) for none.
  private int rows;
  private int lowestRow = -1;
  private int lastRow = -1;
  /** As SXSSF counts it: the last cell's column index + 1, -1 for a row with no cell. */
  private int cellsOfLastRow;
  private int lastCellInRow;
  private int firstColumn = Integer.MAX_VALUE;
  private int lastColumn = -1;

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
    currentRow = rownum;
    lastCellInRow = -1;
    super.writeRow(rownum, row);
    counted(rownum);
  }

  @Override
  public void writeCell(int columnIndex, Cell c) throws IOException {
    if (c == null) {
      return;
    }
    CellType type = c.getCellType();
    if (type == CellType.FORMULA || type == CellType.ERROR || writer == null) {
      track(columnIndex);
      super.writeCell(columnIndex, c);
      return;
    }
    int style = c.getCellStyle().getIndex() & 0xffff;
    switch (type) {
      case NUMERIC -> number(columnIndex, style, c.getNumericCellValue());
      case BOOLEAN -> bool(columnIndex, style, c.getBooleanCellValue());
      case STRING -> text(columnIndex, style, c.getStringCellValue());
      default -> writer.write(open(columnIndex, style).append("></c>"));
    }
  }

  /** Starts row {@code rownum} (0-based), written straight: no SXSSF row. */
  void startRow(int rownum) throws IOException {
    if (rownum <= lastRow) {
      throw new IllegalStateException("row " + rownum + " after row " + lastRow);
    }
    rowNumber = Integer.toString(rownum + 1);
    currentRow = rownum;
    lastCellInRow = -1;
    writer.write("<row r=\"");
    writer.write(rowNumber);
    writer.write("\">\n");
  }

  /** Ends the row {@link #startRow} started. */
  void endRow() throws IOException {
    writer.write("</row>\n");
    counted(currentRow);
  }

  /**
   * A number cell in the current row; infinities and NaN become the errors SXSSF makes of them
   * ({@code #DIV/0!}, {@code #NUM!}). {@code style} is the style's index, 0 for none.
   */
  void number(int column, int style, double value) throws IOException {
    StringBuilder b = open(column, style);
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      b.append(" t=\"e\"><v>").append(Double.isNaN(value) ? "#NUM!" : "#DIV/0!").append("</v>");
    } else {
      // No t="n": a number is a cell's default type (Excel writes none either).
      XmlNumber.append(b.append("><v>"), value).append("</v>");
    }
    writer.write(b.append("</c>"));
  }

  /** A boolean cell in the current row. */
  void bool(int column, int style, boolean value) throws IOException {
    writer.write(open(column, style).append(" t=\"b\"><v>").append(value ? '1' : '0')
        .append("</v></c>"));
  }

  /** A cell holding item {@code index} of the workbook's shared strings, in the current row. */
  void shared(int column, int style, int index) throws IOException {
    writer.write(open(column, style).append(" t=\"s\"><v>").append(index).append("</v></c>"));
  }

  /** An inline string cell in the current row. */
  void text(int column, int style, String s) throws IOException {
    StringBuilder b = open(column, style).append(" t=\"inlineStr\"><is><t");
    if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(s.length() - 1)))) {
      b.append(" xml:space=\"preserve\"");
    }
    b.append('>');
    escape(s, b);
    writer.write(b.append("</t></is></c>"));
  }

  /** The cell's start tag up to its type, in the reused buffer. */
  private StringBuilder open(int column, int style) {
    track(column);
    StringBuilder b = cell;
    b.setLength(0);
    b.append("<c r=\"").append(column(column)).append(rowNumber).append('"');
    if (style != 0) {
      b.append(" s=\"").append(style).append('"');
    }
    return b;
  }

  private void track(int column) {
    lastCellInRow = Math.max(lastCellInRow, column);
    if (column < firstColumn) {
      firstColumn = column;
    }
    if (column > lastColumn) {
      lastColumn = column;
    }
  }

  private void counted(int rownum) {
    if (rows == 0) {
      lowestRow = rownum;
    }
    rows++;
    lastRow = Math.max(lastRow, rownum);
    cellsOfLastRow = lastCellInRow + 1 == 0 ? -1 : lastCellInRow + 1;
  }

  /**
   * The cells written, as SXSSF would give the sheet's dimension: first to last row, leftmost to
   * rightmost cell; null when no cell was written.
   */
  CellRangeAddress dimension() {
    return lastColumn < 0 ? null : new CellRangeAddress(lowestRow, lastRow, firstColumn, lastColumn);
  }

  @Override
  public int getNumberOfFlushedRows() {
    return rows;
  }

  @Override
  public int getLowestIndexOfFlushedRows() {
    return lowestRow;
  }

  @Override
  public int getLastFlushedRow() {
    return lastRow;
  }

  @Override
  public int getNumberOfCellsOfLastFlushedRow() {
    return cellsOfLastRow;
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
