package dev.report.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Streams a worksheet's rows (SAX over its XML), each as the cells Excel stored. */
final class SheetRows extends DefaultHandler {

  /** Receives the rows that hold cells, in sheet order. */
  interface RowSink {
    /**
     * One row: {@code row} is Excel's 1-based row number; {@code cells} holds the stored cells,
     * left to right, empty ones included (formatted but blank).
     */
    void row(long row, List<SheetCell> cells) throws IOException;
  }

  /** Thrown through the parser to stop it: the sink has all it needs, or failed. */
  private static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;
    final IOException cause;

    Stop(IOException cause) {
      super(cause == null ? "stop" : cause.getMessage());
      this.cause = cause;
    }
  }

  private final XlsxFile book;
  private final RowSink sink;
  private List<SheetCell> cells = new ArrayList<>();
  private long row;
  private int column = -1;
  private String type;
  private int style;
  private boolean inValue;
  private boolean inInlineText;
  private boolean inFormula;
  private boolean hasFormula;
  private final StringBuilder value = new StringBuilder();
  private final StringBuilder formula = new StringBuilder();

  private SheetRows(XlsxFile book, RowSink sink) {
    this.book = book;
    this.sink = sink;
  }

  /** Reads every row of {@code sheet} into {@code sink}; the sink may {@link #stop()} early. */
  static void read(XlsxFile book, XlsxFile.SheetEntry sheet, RowSink sink) throws IOException {
    try (InputStream in = book.sheet(sheet)) {
      XlsxFile.parse(in, new SheetRows(book, sink));
    } catch (Stop s) {
      if (s.cause != null) {
        throw s.cause;
      }
    } catch (SAXException e) {
      throw new IOException(XlsxFile.damaged(e), e);
    } catch (IOException | RuntimeException e) {
      // POI's own (a zip bomb, a truncated part) in words; not a stop or a sink's failure.
      if (e instanceof StopSignal) {
        return;
      }
      throw new IOException(XlsxFile.damaged(e), e);
    }
  }

  /** Thrown by a sink to end the reading without an error. */
  static RuntimeException stop() {
    return new StopSignal();
  }

  private static final class StopSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopSignal() {
      super(null, null, false, false);
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    String name = local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
    switch (name) {
      case "row" -> {
        String r = a.getValue("r");
        row = r == null ? row + 1 : Long.parseLong(r);
        cells = new ArrayList<>();
        column = -1;
      }
      case "c" -> {
        String ref = a.getValue("r");
        column = ref == null ? column + 1
            : CellReference.convertColStringToIndex(ref.replaceAll("[0-9$]", ""));
        type = a.getValue("t");
        String s = a.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        value.setLength(0);
        formula.setLength(0);
        hasFormula = false;
      }
      case "v" -> inValue = true;
      case "t" -> inInlineText = "inlineStr".equals(type);
      case "f" -> {
        inFormula = true;
        hasFormula = true;
      }
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || inInlineText) {
      value.append(ch, start, length);
    } else if (inFormula) {
      formula.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    String name = local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
    switch (name) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "f" -> inFormula = false;
      case "c" -> cells.add(cell());
      case "row" -> {
        try {
          sink.row(row, cells);
        } catch (IOException e) {
          throw new Stop(e);
        } catch (StopSignal e) {
          throw new Stop(null);
        }
      }
      default -> { }
    }
  }

  private SheetCell cell() throws SAXException {
    String v = value.toString();
    if (hasFormula && v.isEmpty() && !"inlineStr".equals(type)) {
      return new SheetCell(column, "", Value.Empty.NONE, SheetCell.Note.NO_CACHED_VALUE,
          "=" + formula);
    }
    String t = type == null ? "n" : type;
    try {
      return switch (t) {
        case "s" -> new SheetCell(column, v.isEmpty() ? "" : book.strings()
            .getItemAt(Integer.parseInt(v.trim())).getString(), null, SheetCell.Note.NONE, "");
        case "inlineStr", "str" -> new SheetCell(column, v, null, SheetCell.Note.NONE, "");
        case "b" -> {
          boolean b = v.trim().equals("1") || v.trim().equalsIgnoreCase("true");
          String text = b ? "TRUE" : "FALSE";
          yield new SheetCell(column, text, new Value.Bool(b, text), SheetCell.Note.NONE, "");
        }
        case "e" -> new SheetCell(column, "", new Value.Empty(v), SheetCell.Note.ERROR_VALUE, v);
        default -> v.isBlank() ? new SheetCell(column, "", null, SheetCell.Note.NONE, "")
            : ExcelValues.number(column, Double.parseDouble(v.trim()), book.formatId(style),
                book.formatCode(style), book.date1904);
      };
    } catch (IOException e) {
      throw new Stop(e);
    } catch (RuntimeException e) {
      throw new SAXException("cell " + CellReference.convertNumToColString(Math.max(0, column))
          + row + " cannot be read: " + e.getMessage(), e);
    }
  }
}
