package dev.report.write.xlsx;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An xlsx workbook written with Apache POI's streaming SXSSF: sheets' rows go to temporary files
 * as they are written, and {@link #write} has POI put the package together. This class and
 * {@link Sheet} are the small part of POI's API that reports use, with Excel's rules checked once
 * (sheet names, row order) and texts protected so that they read back as given ({@link Texts}).
 *
 * <p>Not thread-safe: one thread fills a workbook.
 */
public final class Workbook implements Closeable {
  /** Rows and columns of a sheet (Excel's limits). */
  public static final int MAX_ROWS = 1_048_576;
  public static final int MAX_COLUMNS = 16_384;
  /** Characters in a cell (Excel's limit). */
  public static final int MAX_CELL_TEXT = 32_767;

  /** How a sheet's rows are written. */
  public enum RowMode {
    /** As POI's cells: any kind of cell, formulas too. */
    CELLS,
    /**
     * Straight to the sheet's file, with no cell objects: numbers, texts, shared strings,
     * booleans and blanks, no formulas. For sheets of many rows.
     */
    STREAMED
  }

  /** Makes the temporary files that hold sheet data until the workbook is written. */
  @FunctionalInterface
  public interface TempFiles {
    Path create() throws IOException;
  }

  private final PoiWorkbook poi;
  private final List<Sheet> sheets = new ArrayList<>();
  /** POI's cell styles by the index cells are written with (POI's own index). */
  private final List<CellStyle> cellStyles = new ArrayList<>();
  private final Map<Style, Integer> styleIndex = new HashMap<>();
  private final StyleMaker styleMaker;
  private final Map<String, Integer> stringIndex = new HashMap<>();
  private final List<String> sharedTexts = new ArrayList<>();
  private boolean written;

  /** A workbook whose sheet data waits in the system's temporary folder. */
  public Workbook() {
    this(() -> Files.createTempFile("report-sheet", ".xml"));
  }

  public Workbook(TempFiles temp) {
    this.poi = new PoiWorkbook(temp);
    this.styleMaker = new StyleMaker(poi.getXSSFWorkbook());
    // Style 0, the workbook's default, given explicitly to cells like any other.
    CellStyle plain = poi.getXSSFWorkbook().getCellStyleAt(0);
    cellStyles.add(plain);
    styleIndex.put(Style.PLAIN, 0);
  }

  /** Adds a sheet of {@link RowMode#CELLS} at the end of the tabs (see the other addSheet). */
  public Sheet addSheet(String name) {
    return addSheet(name, RowMode.CELLS);
  }

  /**
   * Adds a sheet at the end of the tabs. {@code name} must be a valid sheet name (1 to 31
   * characters, none of {@code []:*?/\}), unique ignoring case: the caller's to make, this
   * checks it.
   */
  public Sheet addSheet(String name, RowMode mode) {
    if (name.isEmpty() || name.length() > 31 || name.startsWith("'") || name.endsWith("'")
        || name.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0 || c < ' ')) {
      throw new IllegalArgumentException("sheet name \"" + name + "\": Excel takes 1 to 31 "
          + "characters, none of []:*?/\\ or control characters, no apostrophe at either end");
    }
    for (Sheet s : sheets) {
      if (s.name().equalsIgnoreCase(name)) {
        throw new IllegalArgumentException("sheet name used twice: " + name);
      }
    }
    SXSSFSheet sx;
    try {
      sx = poi.createSheet(name);
    } catch (RuntimeException e) {
      // POI made the sheet's model before its data file failed: it goes too.
      int orphan = poi.getXSSFWorkbook().getSheetIndex(name);
      if (orphan >= 0) {
        poi.getXSSFWorkbook().removeSheetAt(orphan);
      }
      SheetWriter w = poi.takeCreated();
      if (w != null) {
        w.delete();
      }
      // POI wraps the data file's IOException in an IllegalStateException.
      throw e.getClass() == IllegalStateException.class && e.getCause() instanceof IOException io
          ? new UncheckedIOException(io) : e;
    }
    SheetWriter writer = poi.takeCreated();
    Sheet s = new Sheet(this, sx, writer, name, mode);
    sheets.add(s);
    return s;
  }

  PoiWorkbook poi() {
    return poi;
  }

  /** Moves {@code sheet} to tab {@code index} (0-based). */
  public void moveSheet(Sheet sheet, int index) {
    if (!sheets.remove(sheet)) {
      throw new IllegalArgumentException("not a sheet of this workbook: " + sheet.name());
    }
    sheets.add(index, sheet);
    poi.setSheetOrder(poi.getSheetName(poi.getSheetIndex(sheet.poi())), index);
  }

  /** Hides {@code sheet} so that only a program shows it again (Excel's "very hidden"). */
  /** Marks {@code sheet} as holding random-looking text, which the zip stores best without search. */
  public void randomText(Sheet sheet) {
    String part = poi.getXSSFWorkbook().getSheetAt(poi.getSheetIndex(sheet.poi())).getPackagePart()
        .getPartName().getName();
    poi.huffmanOnly(part.startsWith("/") ? part.substring(1) : part);
  }

  public void veryHidden(Sheet sheet) {
    poi.setSheetVisibility(poi.getSheetIndex(sheet.poi()),
        org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
  }

  /** The sheets in tab order. */
  public List<Sheet> sheets() {
    return List.copyOf(sheets);
  }

  public int indexOf(Sheet sheet) {
    return sheets.indexOf(sheet);
  }

  /** The index cells are written with for {@code style}; the same style gives the same index. */
  public int style(Style style) {
    Integer i = styleIndex.get(style);
    if (i == null) {
      CellStyle made = styleMaker.make(style);
      i = made.getIndex() & 0xffff;
      while (cellStyles.size() <= i) {
        cellStyles.add(null);
      }
      cellStyles.set(i, made);
      styleIndex.put(style, i);
    }
    return i;
  }

  /** {@code index} when it is a style of this workbook. */
  int checked(int index) {
    cellStyle(index);
    return index;
  }

  /** POI's cell style of index {@code index}, as {@link #style} gave it. */
  CellStyle cellStyle(int index) {
    CellStyle s = index < cellStyles.size() ? cellStyles.get(index) : null;
    if (s == null) {
      throw new IllegalArgumentException("no style " + index + " in this workbook");
    }
    return s;
  }

  /** The text of shared string {@code index}, as given. */
  String sharedText(int index) {
    return sharedTexts.get(index);
  }

  /** The index of {@code text} in the shared strings, added on first use. */
  public int sharedString(String text) {
    Integer i = stringIndex.get(text);
    if (i == null) {
      i = poi.getXSSFWorkbook().getSharedStringSource()
          .addSharedStringItem(new XSSFRichTextString(Texts.protect(text)));
      stringIndex.put(text, i);
      sharedTexts.add(text);
    }
    return i;
  }

  /** Texts in the shared strings so far. */
  public int sharedStringCount() {
    return stringIndex.size();
  }

  /**
   * The document's title, subject, author and creation time (shown in File > Info); empty texts
   * and a null time are left out.
   */
  public void properties(String title, String subject, String creator, Instant created) {
    POIXMLProperties p = poi.getXSSFWorkbook().getProperties();
    POIXMLProperties.CoreProperties core = p.getCoreProperties();
    core.setTitle(title.isEmpty() ? null : title);
    core.setSubjectProperty(subject.isEmpty() ? null : subject);
    core.setCreator(creator.isEmpty() ? null : creator);
    core.getUnderlyingProperties().setCreatedProperty(
        Optional.ofNullable(created).map(t -> Date.from(t.truncatedTo(
            java.time.temporal.ChronoUnit.SECONDS))));
  }

  /** The tab shown when the workbook opens (the first by default). */
  public void activeSheet(Sheet sheet) {
    int i = poi.getSheetIndex(sheet.poi());
    poi.setActiveSheet(i);
    for (int k = 0; k < poi.getNumberOfSheets(); k++) {
      poi.getSheetAt(k).setSelected(k == i);
    }
  }

  /** Asks the application that opens the workbook to recalculate every formula. */
  public void recalculateOnOpen() {
    poi.setForceFormulaRecalculation(true);
  }

  /**
   * Writes the package to {@code out}, which stays open. Call once, when every sheet is done: a
   * row started and not ended fails with {@link IllegalStateException}, before anything is written.
   */
  public void write(OutputStream out) throws IOException {
    for (Sheet s : sheets) {
      s.beforeWrite();
    }
    if (written) {
      throw new IllegalStateException("the workbook was written already");
    }
    written = true;
    int block = 1;
    for (int i = 0; i < poi.getNumberOfSheets(); i++) {
      org.apache.poi.xssf.usermodel.XSSFVMLDrawing vml =
          poi.getXSSFWorkbook().getSheetAt(i).getVMLDrawing(false);
      if (vml != null) {
        block = CommentShapes.number(vml, block);
      }
    }
    // Sheet names as written, protected only now: defined names and formulas that POI makes
    // from a sheet's name must name it as it is.
    for (int i = 0; i < poi.getNumberOfSheets(); i++) {
      org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet ct =
          poi.getXSSFWorkbook().getCTWorkbook().getSheets().getSheetArray(i);
      ct.setName(Texts.protect(ct.getName()));
    }
    poi.getXSSFWorkbook().getProperties().getExtendedProperties().getUnderlyingProperties()
        .setApplication("report");
    FailureKeeping kept = new FailureKeeping(out);
    try {
      // POI's reproducible mode (as under SOURCE_DATE_EPOCH): every zip entry gets one fixed
      // time, so that the same data gives the same bytes whenever it is written. The mode is a
      // switch of POI's for the whole JVM: writes take turns (WarmUp writes one too).
      synchronized (Workbook.class) {
        Reproducibility.runWithSourceDateEpoch(() -> poi.write(kept));
      }
    } catch (IOException e) {
      // SXSSF finishes the zip in a finally: after a failed write that says "This archive
      // contains unclosed entries", which would hide why it failed (a full disk).
      throw kept.failed != null ? kept.failed : e;
    }
  }

  /** Passes bytes on, and keeps the first failure to write them. */
  private static final class FailureKeeping extends FilterOutputStream {
    IOException failed;

    FailureKeeping(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw kept(e);
      }
    }

    private IOException kept(IOException e) {
      if (failed == null) {
        failed = e;
      }
      return e;
    }
  }

  /** Deletes every temporary file; the workbook cannot be written afterwards. */
  @Override
  public void close() {
    try {
      poi.close();
    } catch (IOException | RuntimeException e) {
      // The files go below all the same.
    } finally {
      for (Sheet s : sheets) {
        s.writer().delete();
      }
    }
  }
}
