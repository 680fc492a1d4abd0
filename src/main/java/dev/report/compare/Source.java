package dev.report.compare;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * An earlier report opened for reading with POI's event API: its sheets as streams of XML, its
 * shared strings (read on first use). Open from the first read to the end of the comparison.
 */
final class Source implements Closeable {
  /** What a failure to read the earlier report's parts is wrapped in. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(Exception cause) {
      super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(),
          cause);
    }
  }

  private final OPCPackage pkg;
  private final XSSFReader reader;
  private ReadOnlySharedStringsTable strings;

  Source(Path file) throws IOException, OpenXML4JException {
    this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      this.reader = new XSSFReader(pkg);
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  /** The application named in the workbook's extended properties: another one saved it since. */
  String application() {
    try {
      String app = new POIXMLProperties(pkg).getExtendedProperties().getApplication();
      return app == null ? "" : app;
    } catch (IOException | OpenXML4JException | org.apache.xmlbeans.XmlException
        | RuntimeException e) {
      return "";
    }
  }

  ReadOnlySharedStringsTable strings() {
    if (strings == null) {
      try {
        strings = new ReadOnlySharedStringsTable(pkg);
      } catch (IOException | SAXException e) {
        throw new Unreadable(e);
      }
    }
    return strings;
  }

  /** The sheet named {@code name} as XML, or null when there is none; the caller closes it. */
  InputStream sheet(String name) {
    try {
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        InputStream in = it.next();
        if (it.getSheetName().equals(name)) {
          return in;
        }
        in.close();
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OpenXML4JException e) {
      throw new Unreadable(e);
    }
  }

  /** The names of the workbook's sheets, in order. */
  java.util.List<String> sheetNames() {
    java.util.List<String> names = new java.util.ArrayList<>();
    try {
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        it.next().close();
        names.add(it.getSheetName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OpenXML4JException e) {
      throw new Unreadable(e);
    }
    return names;
  }

  private boolean closed;

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      pkg.revert();
    }
  }
}
