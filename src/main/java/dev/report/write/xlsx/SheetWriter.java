package dev.report.write.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's sheet data writer, with two changes made through its extension points, for speed:
 * <ul>
 *   <li>the temporary file is written through a {@link Utf8Writer}: POI's {@code BufferedWriter}
 *       takes a lock for every character it escapes;
 *   <li>the rows of a {@link Workbook.RowMode#STREAMED} sheet are written straight through, with
 *       no SXSSF row or cell object: {@link #startRow}, then cells of the common types (numbers,
 *       inline and shared strings, booleans, blanks), each in one piece in the XML POI writes
 *       for it (numbers as Excel writes them: {@code 42}, not POI's {@code t="n"} and
 *       {@code 42.0}; see {@link XmlNumber}), then {@link #endRow}.
 * </ul>
 * The rows of other sheets, and the rest of the package, are POI's. The caller keeps rows and
 * cells in order ({@link Sheet} checks it).
 */
final class SheetWriter extends SheetDataWriter implements Rows {
  /** Hands the file to the constructor, which POI's constructor calls back for the writer. */
  private static final ThreadLocal<Path> NEXT = new ThreadLocal<>();

  // Set by createTempFile and createWriter, which SheetDataWriter's constructor calls: no
  // initializers for these two.
  private Path file;
  private Utf8Writer writer;
  private final StringBuilder cell = new StringBuilder(256);
  /** The 1-based number of the row being written straight, as text. */
  private String rowNumber;
  private boolean closed;

  private SheetWriter() throws IOException {
    super();
  }

  /** A writer whose file {@code temp} makes (the file goes when the workbook is closed). */
  static SheetWriter create(Workbook.TempFiles temp) throws IOException {
    NEXT.set(temp.create());
    try {
      return new SheetWriter();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(NEXT.get());
      throw e;
    } finally {
      NEXT.remove();
    }
  }

  // Deprecated in POI 5 (to become protected in 6.0): the only hook for the file's name.
  @Override
  @SuppressWarnings("deprecation")
  public File createTempFile() {
    file = NEXT.get();
    return file.toFile();
  }

  // Deprecated in POI 5 (to become protected in 6.0): the only hook for an unlocked writer.
  @Override
  @SuppressWarnings("deprecation")
  public Writer createWriter(File fd) throws IOException {
    writer = new Utf8Writer(new FileOutputStream(fd), fd.toPath());
    return writer;
  }

  /** Starts row {@code rownum} (0-based), written straight; {@code height} in points, 0 default. */
  @Override
  public void startRow(int rownum, float height) throws IOException {
    rowNumber = Integer.toString(rownum + 1);
    StringBuilder b = cell.delete(0, cell.length()).append("<row r=\"").append(rowNumber);
    if (height > 0) {
      b.append("\" ht=\"").append(height).append("\" customHeight=\"1");
    }
    writer.write(b.append("\">"));
  }

  @Override
  public void endRow() throws IOException {
    writer.write("</row>\n");
  }

  /**
   * A number; infinities and NaN become the error cells SXSSF makes of them ({@code #DIV/0!},
   * {@code #NUM!}). {@code style} is POI's index of the cell's style.
   */
  @Override
  public void number(int col, int style, double value) throws IOException {
    StringBuilder b = open(col, style);
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      b.append(" t=\"e\"><v>").append(Double.isNaN(value) ? "#NUM!" : "#DIV/0!").append("</v>");
    } else {
      XmlNumber.append(b.append("><v>"), value).append("</v>");
    }
    writer.write(b.append("</c>"));
  }

  /** Item {@code index} of the workbook's shared strings, as a reference to it. */
  @Override
  public void shared(int col, int style, int index) throws IOException {
    writer.write(open(col, style).append(" t=\"s\"><v>").append(index).append("</v></c>"));
  }

  /** An inline string, as POI writes one. */
  @Override
  public void text(int col, int style, String s) throws IOException {
    StringBuilder b = open(col, style).append(" t=\"inlineStr\"><is><t");
    if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(s.length() - 1)))) {
      b.append(" xml:space=\"preserve\"");
    }
    escape(b.append('>'), s);
    writer.write(b.append("</t></is></c>"));
  }

  @Override
  public void bool(int col, int style, boolean value) throws IOException {
    writer.write(open(col, style).append(" t=\"b\"><v>").append(value ? '1' : '0')
        .append("</v></c>"));
  }

  @Override
  public void blank(int col, int style) throws IOException {
    writer.write(open(col, style).append("/>"));
  }

  /** Not in a sheet of streamed rows: formulas are POI's to write ({@link CellRows}). */
  @Override
  public void formula(int col, int style, String formula, double cached) {
    throw new IllegalStateException("a formula in a sheet of streamed rows");
  }

  /** The cell's start tag up to its type, in the reused buffer. */
  private StringBuilder open(int col, int style) {
    StringBuilder b = cell;
    b.setLength(0);
    b.append("<c r=\"").append(A1.column(col)).append(rowNumber).append('"');
    if (style != 0) {
      b.append(" s=\"").append(style).append('"');
    }
    return b;
  }

  /**
   * Appends {@code s} escaped as POI escapes a cell's text: markup characters and line breaks
   * as references, control characters and U+FFFE, U+FFFF (which XML cannot hold) as '?'.
   */
  private static void escape(StringBuilder b, String s) {
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

  @Override
  public void close() throws IOException {
    // POI closes a sheet's writer again when the workbook is closed.
    if (!closed) {
      closed = true;
      super.close();
    }
  }

  /** Closes quietly (after a failure) and deletes the file. */
  void delete() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      // Already failed; the file goes below.
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Best effort: a temporary file in the system's temporary folder.
    }
  }
}
