package dev.report.write.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * An xlsx workbook written as a stream: sheets' rows go to compressed temporary files as they are
 * written, and {@link #write} puts the package together (SpreadsheetML, ECMA-376 transitional),
 * joining those files into the zip without inflating them. No XML object model: each part is
 * written as text.
 *
 * <p>Not thread-safe: one thread fills a workbook.
 */
public final class Workbook implements Closeable {
  /** Rows and columns of a sheet (Excel's limits). */
  public static final int MAX_ROWS = 1_048_576;
  public static final int MAX_COLUMNS = 16_384;
  /** Characters in a cell (Excel's limit). */
  public static final int MAX_CELL_TEXT = 32_767;

  /**
   * Deflate level of the workbook's zip. Measured on the 1,000,000-row benchmark's sheet XML
   * (100 MB): level 1 took 0.65 s and made a file 38% larger than level 6 (POI's default),
   * level 2 took 0.61 s for 23% larger, level 3 0.87 s for 13%, level 6 2.5 s.
   */
  static final int DEFLATE_LEVEL = 2;

  /**
   * The time of every zip entry: 1980-01-01 00:00, the first a zip can say, in the local time zone
   * (zip times are local), so that the same data gives the same bytes whenever it is written.
   */
  static final long ENTRY_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
      .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

  static final String XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String OFFICE_REL = REL_NS + "/";
  static final String PACKAGE_REL_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  /** Makes the temporary files that hold sheet data until the workbook is written. */
  @FunctionalInterface
  public interface TempFiles {
    Path create() throws IOException;
  }

  private final TempFiles temp;
  private final List<Sheet> sheets = new ArrayList<>();
  private final List<DeflatedFile> files = new ArrayList<>();
  private final StyleTable styles = new StyleTable();
  private final List<String> strings = new ArrayList<>();
  private final Map<String, Integer> stringIndex = new HashMap<>();
  private Sheet active;
  private String title = "";
  private String subject = "";
  private String creator = "";
  private Instant created;
  private boolean recalculate;

  /** A workbook whose sheet data waits in the system's temporary folder. */
  public Workbook() {
    this(() -> Files.createTempFile("report-sheet", ".deflated"));
  }

  public Workbook(TempFiles temp) {
    this.temp = temp;
  }

  DeflatedFile newDataFile() throws IOException {
    Path p = temp.create();
    try {
      DeflatedFile f = new DeflatedFile(p);
      files.add(f);
      return f;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(p);
      throw e;
    }
  }

  /**
   * Adds a sheet at the end of the tabs. {@code name} must be a valid sheet name (1 to 31
   * characters, none of {@code []:*?/\}), unique ignoring case: the caller's to make, this
   * checks it.
   */
  public Sheet addSheet(String name) {
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
    try {
      Sheet s = new Sheet(this, name, newDataFile());
      sheets.add(s);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves {@code sheet} to tab {@code index} (0-based). */
  public void moveSheet(Sheet sheet, int index) {
    if (!sheets.remove(sheet)) {
      throw new IllegalArgumentException("not a sheet of this workbook: " + sheet.name());
    }
    sheets.add(index, sheet);
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
    return styles.add(style);
  }

  /** The index of {@code text} in the shared strings, added on first use. */
  public int sharedString(String text) {
    Integer i = stringIndex.get(text);
    if (i == null) {
      i = strings.size();
      strings.add(text);
      stringIndex.put(text, i);
    }
    return i;
  }

  /** Texts in the shared strings so far. */
  public int sharedStringCount() {
    return strings.size();
  }

  /** The document's title, subject, author and creation time (shown in File > Info). */
  public void properties(String title, String subject, String creator, Instant created) {
    this.title = title;
    this.subject = subject;
    this.creator = creator;
    this.created = created;
  }

  /** The tab shown when the workbook opens (the first by default). */
  public void activeSheet(Sheet sheet) {
    this.active = sheet;
  }

  /** Asks the application that opens the workbook to recalculate every formula. */
  public void recalculateOnOpen() {
    this.recalculate = true;
  }

  /**
   * Writes the package to {@code out}, which stays open. Call once, when every sheet is done: a
   * row started and not ended fails with {@link IllegalStateException}, before anything is written.
   */
  public void write(OutputStream out) throws IOException {
    for (Sheet s : sheets) {
      s.data().checkEnded();
    }
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
    // Zip64 only for an entry that needs it (a sheet of more than 4 GB of XML).
    zip.setUseZip64(Zip64Mode.AsNeeded);
    zip.setLevel(DEFLATE_LEVEL);
    int activeTab = Math.max(0, active == null ? 0 : sheets.indexOf(active));
    List<SheetParts.Numbers> numbers = new ArrayList<>();
    int drawings = 0;
    int comments = 0;
    int vmlBlock = 1;
    int tables = 1;
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      numbers.add(new SheetParts.Numbers(i == activeTab,
          s.pictures.isEmpty() ? 0 : ++drawings, s.comments.isEmpty() ? 0 : ++comments,
          vmlBlock, tables));
      vmlBlock += SheetParts.vmlBlocks(s);
      tables += s.tables.size();
    }
    PackageParts parts = new PackageParts(sheets, numbers, strings);
    entry(zip, "[Content_Types].xml", parts.contentTypes());
    entry(zip, "_rels/.rels", PackageParts.rootRels());
    entry(zip, "docProps/core.xml", PackageParts.core(title, subject, creator, created));
    entry(zip, "docProps/app.xml", PackageParts.app());
    entry(zip, "xl/workbook.xml", parts.workbook(activeTab, recalculate));
    entry(zip, "xl/_rels/workbook.xml.rels", parts.workbookRels());
    entry(zip, "xl/styles.xml", styles.xml());
    if (!strings.isEmpty()) {
      entry(zip, "xl/sharedStrings.xml", parts.sharedStrings());
    }
    int image = 1;
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      SheetParts.Numbers n = numbers.get(i);
      sheetEntry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", s, n);
      String rels = SheetParts.rels(s, n);
      if (rels != null) {
        entry(zip, "xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels", rels);
      }
      if (!s.comments.isEmpty()) {
        entry(zip, "xl/comments" + n.comments() + ".xml", SheetParts.comments(s));
        entry(zip, "xl/drawings/vmlDrawing" + n.comments() + ".vml", SheetParts.vml(s, n));
      }
      if (!s.pictures.isEmpty()) {
        entry(zip, "xl/drawings/drawing" + n.drawing() + ".xml", SheetParts.drawing(s));
        StringBuilder r = new StringBuilder(XML_DECLARATION)
            .append("<Relationships xmlns=\"").append(PACKAGE_REL_NS).append("\">");
        for (int k = 0; k < s.pictures.size(); k++) {
          rel(r, "rId" + (k + 1), "image", "../media/image" + (image + k) + ".png");
        }
        entry(zip, "xl/drawings/_rels/drawing" + n.drawing() + ".xml.rels",
            r.append("</Relationships>").toString());
        for (Sheet.Picture p : s.pictures) {
          entry(zip, "xl/media/image" + image++ + ".png", p.png());
        }
      }
      for (int k = 0; k < s.tables.size(); k++) {
        entry(zip, "xl/tables/table" + (n.firstTable() + k) + ".xml",
            SheetParts.table(s.tables.get(k), n.firstTable() + k));
      }
    }
    // Not in a finally: after a failed write, finishing would only hide why it failed.
    zip.finish();
  }

  /** Deletes every temporary file; the workbook cannot be written afterwards. */
  @Override
  public void close() {
    for (DeflatedFile f : files) {
      f.delete();
    }
    files.clear();
  }

  private static void entry(ZipArchiveOutputStream zip, String name, String xml)
      throws IOException {
    entry(zip, name, xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void entry(ZipArchiveOutputStream zip, String name, byte[] bytes)
      throws IOException {
    ZipArchiveEntry e = new ZipArchiveEntry(name);
    e.setTime(ENTRY_TIME);
    zip.putArchiveEntry(e);
    zip.write(bytes);
    zip.closeArchiveEntry();
  }

  /** A worksheet's entry: its XML pieces deflated here, joined with its rows and links. */
  private static void sheetEntry(ZipArchiveOutputStream zip, String name, Sheet s,
      SheetParts.Numbers n) throws IOException {
    DeflatingStream rows = s.data().file().close();
    DeflatingStream links = s.links == null ? null : s.links.close();
    List<JoinedEntry.Piece> pieces = new ArrayList<>();
    pieces.add(JoinedEntry.text(SheetParts.head(s, n)));
    pieces.add(JoinedEntry.file(s.data().file().file(), rows));
    pieces.add(JoinedEntry.text(SheetParts.middle(s)));
    if (links != null) {
      pieces.add(JoinedEntry.file(s.links.file(), links));
    }
    pieces.add(JoinedEntry.text(SheetParts.tail(s, n)));
    JoinedEntry.write(zip, name, pieces);
  }

  static String rel(StringBuilder b, String id, String type, String target) {
    return b.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(OFFICE_REL)
        .append(type).append("\" Target=\"").append(target).append("\"/>").toString();
  }
}
