package dev.report.compare;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams a worksheet part with SAX, handing on each row as its cells by 0-based column (null
 * where there is none), typed as stored: numbers, booleans, texts (shared or inline).
 */
final class SheetRows extends DefaultHandler {
  private final ReadOnlySharedStringsTable strings;
  /** Shared strings as read, each made once: POI makes a rich text object on each look-up. */
  private final java.util.Map<Integer, String> shared = new java.util.HashMap<>();
  private final Consumer<Cell[]> rows;
  private final List<Cell> row = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int col;
  private String type;
  private boolean inValue;

  private SheetRows(ReadOnlySharedStringsTable strings, Consumer<Cell[]> rows) {
    this.strings = strings;
    this.rows = rows;
  }

  /** Reads the sheet in {@code in}; each row goes to {@code rows}, row 1 included. */
  static void read(InputStream in, ReadOnlySharedStringsTable strings, Consumer<Cell[]> rows)
      throws IOException, SAXException {
    try {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(new SheetRows(strings, rows));
      parser.parse(new InputSource(in));
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  /** Parses row elements one at a time ({@code <row ...>...</row>}), with one parser for all. */
  static final class OneRow {
    private final XMLReader parser;
    private Cell[] last;

    OneRow(ReadOnlySharedStringsTable strings) throws SAXException {
      try {
        parser = XMLHelper.newXMLReader();
      } catch (ParserConfigurationException e) {
        throw new SAXException(e);
      }
      parser.setContentHandler(new SheetRows(strings, r -> last = r));
    }

    /** The row's cells by 0-based column. */
    Cell[] parse(byte[] row) throws IOException, SAXException {
      last = null;
      parser.parse(new InputSource(new java.io.ByteArrayInputStream(row)));
      if (last == null) {
        throw new SAXException("not a row element");
      }
      return last;
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    switch (local) {
      case "row" -> row.clear();
      case "c" -> {
        String ref = a.getValue("r");
        col = ref == null ? row.size() : column(ref);
        type = a.getValue("t");
        text.setLength(0);
      }
      case "v", "t" -> inValue = true;
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (local) {
      case "v", "t" -> inValue = false;
      case "c" -> {
        while (row.size() <= col) {
          row.add(null);
        }
        row.set(col, cell());
      }
      case "row" -> rows.accept(row.toArray(new Cell[0]));
      default -> { }
    }
  }

  /** The 0-based column of a reference such as {@code AB12}. */
  private static int column(String ref) {
    int end = 0;
    while (end < ref.length() && Character.isLetter(ref.charAt(end))) {
      end++;
    }
    return CellReference.convertColStringToIndex(ref.substring(0, end));
  }

  private Cell cell() {
    String s = text.toString();
    if (type == null || type.equals("n")) {
      return s.isEmpty() ? Cell.BLANK : new Cell.Num(Double.parseDouble(s));
    }
    return switch (type) {
      case "s" -> new Cell.Txt(shared.computeIfAbsent(Integer.parseInt(s.strip()),
          i -> strings.getItemAt(i).getString()));
      case "b" -> new Cell.Bool(s.strip().equals("1"));
      // POI decodes the _xHHHH_ escapes of characters XML cannot hold; a text without one is as read.
      case "inlineStr" -> new Cell.Txt(s.contains("_x") ? new XSSFRichTextString(s).getString() : s);
      default -> new Cell.Txt(s);
    };
  }
}
