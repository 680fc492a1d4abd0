package dev.report.write.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's sheet data writer, with two changes made through its extension points: the temporary
 * file is written through a {@link Utf8Writer} (POI's {@code BufferedWriter} takes a lock for
 * every character it escapes), and a cell marked with {@link #shared} is written as a reference
 * to the workbook's shared strings table instead of an inline string. Everything else is POI's.
 */
final class SheetWriter extends SheetDataWriter {
  /** Hands the file to the constructor, which POI's constructor calls back for the writer. */
  private static final ThreadLocal<Path> NEXT = new ThreadLocal<>();

  // Set by createTempFile and createWriter, which SheetDataWriter's constructor calls.
  private Path file;
  private Utf8Writer writer;
  private int rownum;
  /** Shared string index by 0-based column for the row being written, -1 for none. */
  private int[] shared = new int[0];
  private int sharedLast = -1;
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

  Path file() {
    return file;
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

  /** Writes the cell in {@code col} of the next row flushed as shared string {@code index}. */
  void shared(int col, int index) {
    if (col >= shared.length) {
      int n = shared.length;
      shared = Arrays.copyOf(shared, Math.max(col + 1, 2 * n));
      Arrays.fill(shared, n, shared.length, -1);
    }
    shared[col] = index;
    sharedLast = Math.max(sharedLast, col);
  }

  @Override
  public void writeRow(int rownum, SXSSFRow row) throws IOException {
    this.rownum = rownum;
    try {
      super.writeRow(rownum, row);
    } finally {
      if (sharedLast >= 0) {
        Arrays.fill(shared, 0, sharedLast + 1, -1);
        sharedLast = -1;
      }
    }
  }

  @Override
  public void writeCell(int columnIndex, Cell cell) throws IOException {
    int index = cell != null && columnIndex <= sharedLast ? shared[columnIndex] : -1;
    if (index < 0) {
      super.writeCell(columnIndex, cell);
      return;
    }
    // As POI writes a shared string cell when the whole workbook uses the table.
    _out.write("<c r=\"");
    _out.write(A1.cell(rownum, columnIndex));
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      _out.write("\" s=\"");
      _out.write(Integer.toString(style));
    }
    _out.write("\" t=\"s\"><v>");
    _out.write(Integer.toString(index));
    _out.write("</v></c>");
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
