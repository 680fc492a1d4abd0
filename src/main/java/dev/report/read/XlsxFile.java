package dev.report.read;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An Excel workbook (.xlsx, .xlsm) opened for streaming: its sheets, styles and shared strings,
 * read with POI's event API (never a whole {@code XSSFWorkbook}). Every failure to open it is an
 * {@link IOException} whose message says why in words.
 */
final class XlsxFile implements Closeable {
  /** What a sheet of the workbook is. */
  enum Kind { WORKSHEET, CHART, HIDDEN }

  /** One sheet as listed in the workbook, in workbook order; {@code relId} names its part. */
  record SheetEntry(String name, String relId, Kind kind) {}

  private static final String CHARTSHEET_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml";

  private final OPCPackage pkg;
  private final XSSFReader reader;
  final List<SheetEntry> sheets;
  final boolean date1904;
  /** The number format of each cell style (xf index): its id and code. */
  private final List<Integer> xfFormat = new ArrayList<>();
  private final Map<Integer, String> customFormats = new HashMap<>();
  private ReadOnlySharedStringsTable strings;
  /** Each sheet's merged ranges that fill down, by relId: pre-scanned once per open workbook. */
  private final Map<String, MergedRanges> merged = new HashMap<>();

  private XlsxFile(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
    this.pkg = pkg;
    this.reader = new XSSFReader(pkg);
    WorkbookHandler wb = new WorkbookHandler();
    try (InputStream in = reader.getWorkbookData()) {
      parse(in, wb);
    }
    PackagePart workbook = workbookPart();
    List<SheetEntry> list = new ArrayList<>();
    for (String[] s : wb.sheets) {
      Kind kind = "hidden".equals(s[2]) || "veryHidden".equals(s[2]) ? Kind.HIDDEN
          : CHARTSHEET_TYPE.equals(contentType(workbook, s[1])) ? Kind.CHART : Kind.WORKSHEET;
      list.add(new SheetEntry(s[0], s[1], kind));
    }
    this.sheets = List.copyOf(list);
    this.date1904 = wb.date1904;
    try (InputStream in = reader.getStylesData()) {
      if (in != null) {
        parse(in, new StylesHandler());
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | NullPointerException e) {
      // No styles part: every cell is General.
    }
  }

  /**
   * Opens {@code file} after checking what it holds: a legacy .xls, an encrypted workbook, or
   * something else renamed (CSV, HTML) is refused in words.
   */
  static XlsxFile open(Path file) throws IOException {
    if (Files.size(file) == 0) {
      throw new IOException("the workbook is empty (0 bytes)");
    }
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(
        new BufferedInputStream(Files.newInputStream(file)))) {
      magic = FileMagic.valueOf(in);
    }
    switch (magic) {
      case OOXML -> { }
      case OLE2 -> throw ole2(file);
      case HTML -> throw new IOException("it is not an Excel workbook but an HTML page "
          + "(a web page saved with a workbook's name); save it from Excel as .xlsx");
      default -> throw new IOException("it is not an Excel workbook (no zip container: perhaps a CSV or text file renamed"
              + " .xlsx); rename it to what it is, or save it from Excel as .xlsx");
    }
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      return new XlsxFile(pkg);
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      // Any failure of POI on these bytes (a damaged part, a missing one) is the file's.
      if (pkg != null) {
        pkg.revert();
      }
      throw new IOException(damaged(e), e);
    }
  }

  /** Why an OLE2 file cannot be read: encrypted or a legacy .xls (refused), else damaged. */
  private static IOException ole2(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
        return new RefusedWorkbook("the workbook is encrypted (password-protected), which is not"
            + " read; save a copy without a password (Excel: File > Info > Protect Workbook >"
            + " Encrypt with Password, cleared)");
      }
    } catch (IOException | RuntimeException e) {
      return new IOException("it is neither an .xlsx workbook nor a readable .xls file");
    }
    return new RefusedWorkbook("it is a legacy Excel 97-2003 workbook (.xls), which is not read;"
        + " save it as .xlsx (Excel: File > Save As > Excel Workbook, or soffice --headless"
        + " --convert-to xlsx " + file.getFileName() + ")");
  }

  /** The message for a workbook that cannot be opened, from what POI says. */
  static String damaged(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage());
      if (m.contains("Zip bomb")) {
        return "a part of the workbook expands far more than any real workbook (a zip bomb);"
            + " it was not read";
      }
      if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("ntity")) {
        return "the workbook's XML declares a document type or entities, which a real workbook"
            + " never does; it was not read";
      }
    }
    return "the workbook is damaged or truncated, and cannot be opened ("
        + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")";
  }

  private PackagePart workbookPart() throws OpenXML4JException {
    for (PackagePart p : pkg.getParts()) {
      String type = p.getContentType();
      if (type.contains("spreadsheetml.sheet.main") || type.contains("sheet.macroEnabled.main")
          || type.contains("spreadsheetml.template.main")) {
        return p;
      }
    }
    throw new IllegalStateException("no workbook part");
  }

  private String contentType(PackagePart workbook, String relId) {
    try {
      PackageRelationship rel = workbook.getRelationship(relId);
      if (rel == null) {
        return "";
      }
      PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(
          PackagingURIHelper.resolvePartUri(workbook.getPartName().getURI(), rel.getTargetURI())));
      return part == null ? "" : part.getContentType();
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      return "";
    }
  }

  /** The sheet's XML, to be closed by the caller. */
  InputStream sheet(SheetEntry s) throws IOException {
    try {
      return reader.getSheet(s.relId());
    } catch (OpenXML4JException | RuntimeException e) {
      throw new IOException(damaged(e), e);
    }
  }

  /**
   * The sheet's one-column merged ranges, from a pre-pass over its XML (the merge list follows
   * the rows there) that reads nothing else: a scan of its bytes, then, only when they name a
   * {@code mergeCell}, a SAX pass. Once per sheet and open workbook: each pass over the inputs
   * opens the workbook anew, and scans again (about 2 ms a MB of sheet XML without merges).
   */
  MergedRanges merged(SheetEntry s) throws IOException {
    MergedRanges m = merged.get(s.relId());
    if (m == null) {
      MergedRanges.Scan scan = new MergedRanges.Scan();
      InputStream bytes = sheet(s);
      try (InputStream in = bytes) {
        if (MergedRanges.mayHoldMerges(in)) {
          try (InputStream again = sheet(s)) {
            parse(again, scan);
          }
        }
      } catch (SAXException | IOException | RuntimeException e) {
        throw new IOException(damaged(e), e);
      }
      m = scan.ranges();
    }
    merged.put(s.relId(), m);
    return m;
  }

  /**
   * Bytes of shared-strings XML read at most: a quarter of the heap, since the table is held in
   * memory (as chars, with their objects) while the sheet streams. Tests lower it.
   */
  static long maxSharedStrings = Runtime.getRuntime().maxMemory() / 4;

  /** The shared strings, read once when first needed. */
  ReadOnlySharedStringsTable strings() throws IOException {
    if (strings == null) {
      List<PackagePart> parts = pkg.getPartsByContentType(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
      try (InputStream in = parts.isEmpty() ? InputStream.nullInputStream()
          : new Bounded(parts.get(0).getInputStream(), maxSharedStrings)) {
        strings = new ReadOnlySharedStringsTable(in, false);
      } catch (SAXException | IOException | RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
          if (c instanceof TooLarge t) {
            throw new TooLarge();
          }
        }
        throw new IOException(damaged(e), e);
      }
    }
    return strings;
  }

  /** The shared strings are more than {@link #maxSharedStrings}. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(String.format(Locale.ROOT, "the workbook's shared strings (the texts of its cells)"
          + " are more than %,d bytes, a quarter of the memory this run may use; export the sheet"
          + " as CSV, or run java with a larger -Xmx", maxSharedStrings));
    }
  }

  /** Ends with {@link TooLarge} past {@code limit} bytes. */
  private static final class Bounded extends java.io.FilterInputStream {
    private long left;

    Bounded(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (left -= n) < 0) {
        throw new TooLarge();
      }
      return n;
    }
  }

  /** The number format id of cell style {@code xf} (0, General, when unknown). */
  int formatId(int xf) {
    return xf >= 0 && xf < xfFormat.size() ? xfFormat.get(xf) : 0;
  }

  /** The number format code of cell style {@code xf} ("General" when unknown). */
  String formatCode(int xf) {
    int id = formatId(xf);
    String code = customFormats.get(id);
    if (code == null) {
      code = BuiltinFormats.getBuiltinFormat(id);
    }
    return code == null ? "General" : code;
  }

  /** Parses XML with POI's secure reader: no DTD, no external entities. */
  static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException("no XML parser: " + e.getMessage(), e);
    }
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  @Override
  public void close() {
    pkg.revert();
  }

  /** workbook.xml: the sheets (name, r:id, state) and the 1904 date system. */
  private static final class WorkbookHandler extends DefaultHandler {
    final List<String[]> sheets = new ArrayList<>();
    boolean date1904;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      String name = local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
      if (name.equals("sheet")) {
        String id = null;
        for (int i = 0; i < a.getLength(); i++) {
          if (a.getLocalName(i).equals("id") || a.getQName(i).endsWith(":id")) {
            id = a.getValue(i);
          }
        }
        sheets.add(new String[] {a.getValue("name"), id, a.getValue("state")});
      } else if (name.equals("workbookPr")) {
        String v = a.getValue("date1904");
        date1904 = v != null && (v.equals("1") || v.toLowerCase(Locale.ROOT).equals("true"));
      }
    }
  }

  /** styles.xml: custom number formats and the format of each cell style (cellXfs). */
  private final class StylesHandler extends DefaultHandler {
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      String name = local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
      switch (name) {
        case "numFmt" -> {
          try {
            customFormats.put(Integer.parseInt(a.getValue("numFmtId")), a.getValue("formatCode"));
          } catch (NumberFormatException e) {
            // A format without a usable id is never referred to.
          }
        }
        case "cellXfs" -> inCellXfs = true;
        case "xf" -> {
          if (inCellXfs) {
            String id = a.getValue("numFmtId");
            int n = 0;
            try {
              n = id == null ? 0 : Integer.parseInt(id);
            } catch (NumberFormatException e) {
              n = 0;
            }
            xfFormat.add(n);
          }
        }
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      String name = local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
      if (name.equals("cellXfs")) {
        inCellXfs = false;
      }
    }
  }
}
