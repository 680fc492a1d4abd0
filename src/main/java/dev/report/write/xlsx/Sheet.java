package dev.report.write.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A worksheet being filled through POI: rows are streamed (SXSSF), in order, each written to the
 * sheet's temporary file when it ends; rows and columns are 0-based throughout. Everything else
 * (widths, tables, comments, pictures, links, print set-up) goes to the sheet's XSSF model. Made
 * by {@link Workbook#addSheet}.
 *
 * <p>Texts (cells, shared strings, comments) read back as given: characters XML cannot hold
 * become '?' (as POI writes them), and a literal {@code _xHHHH_} is protected ({@link Texts}).
 *
 * <p>Cell methods fail with {@link IllegalStateException} when rows or cells come out of order,
 * and with {@link UncheckedIOException} (or the {@code ReportException} of a full disk) when the
 * data file cannot be written.
 */
public final class Sheet {
  private final Workbook wb;
  private final SXSSFSheet sx;
  private final XSSFSheet xs;
  private final SheetWriter writer;
  private final String name;
  private final Rows rows;
  private XSSFDrawing drawing;
  private boolean inRow;
  private int currentRow = -1;
  private int lastRow = -1;
  private int lastColumnInRow = -1;
  // The cells written, for the sheet's dimension (SXSSF loses it once every row is flushed).
  private int firstRow = -1;
  private int firstColumn = Integer.MAX_VALUE;
  private int lastColumn = -1;

  /**
   * Where a picture sits: its top-left and bottom-right corners as cell and offset into it, and
   * its position and size, all offsets in EMU (914,400 per inch, 9,525 per pixel at 96 dpi).
   */
  public record Anchor(int col1, long dx1, int row1, long dy1, int col2, long dx2, int row2,
      long dy2, long x, long y, long width, long height) {}

  Sheet(Workbook wb, SXSSFSheet sx, SheetWriter writer, String name, Workbook.RowMode mode) {
    this.wb = wb;
    this.rows = mode == Workbook.RowMode.STREAMED ? writer : new CellRows(wb, sx);
    this.sx = sx;
    this.xs = wb.poi().getXSSFWorkbook().getSheet(sx.getSheetName());
    this.writer = writer;
    this.name = name;
  }

  public String name() {
    return name;
  }

  SXSSFSheet poi() {
    return sx;
  }

  SheetWriter writer() {
    return writer;
  }

  /** Sets column {@code col}'s width to {@code chars} characters of the default font. */
  public void columnWidth(int col, int chars) {
    if (chars < 0 || chars > 255) {
      throw new IllegalArgumentException("column width " + chars + ": Excel takes 0 to 255");
    }
    sx.setColumnWidth(col, chars * 256);
  }

  /** Keeps row 1 in view when scrolling. */
  public void freezeHeaderRow() {
    sx.createFreezePane(0, 1);
  }

  /** Characters in a header or footer, its codes included (Excel's limit). */
  static final int MAX_FOOTER = 255;

  /**
   * Prints landscape on A4, one page wide, with footers; header and footer codes ({@code &P} page,
   * {@code &N} pages, {@code &&} for a literal {@code &}) are the caller's. A footer longer than
   * Excel's 255 characters has its left part cut, with a mark, never inside an {@code &&} or a
   * surrogate pair.
   */
  public void printSetUp(String footerLeft, String footerRight, boolean repeatFirstRow) {
    PrintSetup p = sx.getPrintSetup();
    p.setLandscape(true);
    p.setPaperSize(PrintSetup.A4_PAPERSIZE);
    p.setFitWidth((short) 1);
    p.setFitHeight((short) 0);
    sx.setFitToPage(true);
    String right = Texts.protect(footerRight);
    xs.getOddFooter().setLeft(footer(Texts.protect(footerLeft), MAX_FOOTER - 4 - right.length()));
    xs.getOddFooter().setRight(right);
    if (repeatFirstRow) {
      sx.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }
  }

  /** A manual page break after row {@code lastRowOfPage} (0-based): the next row starts a page. */
  public void rowBreak(int lastRowOfPage) {
    sx.setRowBreak(lastRowOfPage);
  }

  /**
   * Prints {@code pages} pages wide (after {@link #printSetUp}, which prints one page wide), with
   * column A repeated on each page when {@code repeatFirstColumn}.
   */
  public void printPagesWide(int pages, boolean repeatFirstColumn) {
    if (pages < 1 || pages > Short.MAX_VALUE) {
      throw new IllegalArgumentException("pages wide " + pages + ": 1 to " + Short.MAX_VALUE);
    }
    sx.getPrintSetup().setFitWidth((short) pages);
    if (repeatFirstColumn) {
      sx.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
    }
  }

  /** A filter over A1 to ({@code lastRow}, {@code lastCol}), row 1 the header. */
  public void autoFilter(int lastRow, int lastCol) {
    sx.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastCol));
  }

  /**
   * Tells Excel that numbers stored as text in rows {@code firstRow} to {@code lastRow}, columns A
   * to {@code lastCol}, are meant: no green warning triangle on codes such as {@code 00123}.
   */
  public void textMayLookNumeric(int firstRow, int lastRow, int lastCol) {
    xs.addIgnoredErrors(new CellRangeAddress(firstRow, lastRow, 0, lastCol),
        IgnoredErrorType.NUMBER_STORED_AS_TEXT);
  }

  /**
   * Makes A1 to ({@code lastRow}, columns - 1) an Excel table with its filter. {@code name} must
   * be a valid table name, unique in the workbook; {@code columns} equal the header cells.
   */
  public void table(String tableName, List<String> columns, int lastRow, String style) {
    XSSFWorkbook x = wb.poi().getXSSFWorkbook();
    XSSFTable t = xs.createTable(new AreaReference(new CellReference(0, 0),
        new CellReference(lastRow, columns.size() - 1), x.getSpreadsheetVersion()));
    t.setName(Texts.protect(tableName));
    t.setDisplayName(Texts.protect(tableName));
    CTTable ct = t.getCTTable();
    // The header cells are streamed, out of POI's reach: the columns are named here.
    for (int i = 0; i < columns.size(); i++) {
      ct.getTableColumns().getTableColumnArray(i).setName(Texts.protect(columns.get(i)));
    }
    if (!ct.isSetAutoFilter()) {
      ct.addNewAutoFilter();
    }
    ct.getAutoFilter().setRef(ct.getRef());
    CTTableStyleInfo info = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo()
        : ct.addNewTableStyleInfo();
    info.setName(style);
    info.setShowFirstColumn(false);
    info.setShowLastColumn(false);
    info.setShowRowStripes(true);
    info.setShowColumnStripes(false);
  }

  /** A hidden note on a cell, shown in a box {@code colSpan} columns by {@code rowSpan} rows. */
  public void comment(int row, int col, String text, String author, int colSpan, int rowSpan) {
    // The box starts a column to the right of its cell, as Excel places a new comment. POI takes
    // the box's top-left cell for the comment's until it is moved: a cell without one.
    int left = xs.getCellComment(new CellAddress(row, col + 1)) == null ? col + 1 : col;
    XSSFClientAnchor a = new XSSFClientAnchor(15 * 9525, 2 * 9525, 15 * 9525, 16 * 9525,
        left, row, left + colSpan, row + rowSpan);
    XSSFComment c = drawing().createCellComment(a);
    c.setAddress(row, col);
    c.setString(new XSSFRichTextString(Texts.protect(text)));
    c.setAuthor(Texts.protect(author));
  }

  /** A PNG picture; {@code name} and {@code description} are its alternative text. */
  public void picture(byte[] png, String pictureName, String description, Anchor anchor) {
    Objects.requireNonNull(anchor);
    int index = wb.poi().addPicture(png, org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
    XSSFClientAnchor a = new XSSFClientAnchor((int) anchor.dx1(), (int) anchor.dy1(),
        (int) anchor.dx2(), (int) anchor.dy2(), anchor.col1(), anchor.row1(), anchor.col2(),
        anchor.row2());
    a.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    XSSFPicture p = drawing().createPicture(a, index);
    p.getCTPicture().getNvPicPr().getCNvPr().setName(pictureName);
    p.getCTPicture().getNvPicPr().getCNvPr().setDescr(description);
    // The position and size as given (POI's own guess assumes default column widths).
    var xfrm = p.getCTPicture().getSpPr().getXfrm();
    xfrm.getOff().setX(anchor.x());
    xfrm.getOff().setY(anchor.y());
    xfrm.getExt().setCx(anchor.width());
    xfrm.getExt().setCy(anchor.height());
  }

  /**
   * An empty native chart at {@code anchor}, for the caller to fill with POI's XDDF; {@code name}
   * and {@code description} are its alternative text.
   */
  public org.apache.poi.xssf.usermodel.XSSFChart chart(String chartName, String description,
      Anchor anchor) {
    XSSFClientAnchor a = new XSSFClientAnchor((int) anchor.dx1(), (int) anchor.dy1(),
        (int) anchor.dx2(), (int) anchor.dy2(), anchor.col1(), anchor.row1(), anchor.col2(),
        anchor.row2());
    a.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    org.apache.poi.xssf.usermodel.XSSFChart chart = drawing().createChart(a);
    var pr = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
    pr.setName(chartName);
    pr.setDescr(description);
    return chart;
  }

  private XSSFDrawing drawing() {
    if (drawing == null) {
      drawing = xs.createDrawingPatriarch();
    }
    return drawing;
  }

  /**
   * Makes a cell a link to a web or mail address ({@code http:}, {@code mailto:}, ...); false,
   * and no link, when the address is not a URI that a link can hold.
   */
  public boolean link(int row, int col, String url) {
    XSSFHyperlink h = wb.poi().getXSSFWorkbook().getCreationHelper().createHyperlink(
        url.regionMatches(true, 0, "mailto:", 0, 7) ? HyperlinkType.EMAIL : HyperlinkType.URL);
    try {
      h.setAddress(url);
    } catch (IllegalArgumentException e) {
      return false;
    }
    h.setCellReference(new CellReference(row, col));
    xs.addHyperlink(h);
    return true;
  }

  /** Makes a cell a link to a place in the workbook, such as {@code 'Sheet 1'!B7}. */
  public void internalLink(int row, int col, String location) {
    XSSFHyperlink h = wb.poi().getXSSFWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    h.setAddress(Texts.protect(location));
    h.setCellReference(new CellReference(row, col));
    xs.addHyperlink(h);
  }

  // Rows and cells: as POI's cells, or straight to the sheet's file (RowMode).

  /** Tallest row Excel takes, in points. */
  public static final float MAX_ROW_HEIGHT = 409;

  /** Starts row {@code row}, after every row written so far, of the default height. */
  public void startRow(int row) {
    startRow(row, 0);
  }

  /**
   * Starts row {@code row}, after every row written so far, {@code height} points high (0 for the
   * default; Excel takes at most {@link #MAX_ROW_HEIGHT}).
   */
  public void startRow(int row, float height) {
    if (height < 0 || height > MAX_ROW_HEIGHT) {
      throw new IllegalArgumentException("row height " + height + ": Excel takes 0 to "
          + MAX_ROW_HEIGHT + " points");
    }
    if (inRow || row <= lastRow || row >= Workbook.MAX_ROWS) {
      throw new IllegalStateException("row " + row + " after row " + lastRow
          + (inRow ? " (not ended)" : ""));
    }
    inRow = true;
    currentRow = row;
    lastColumnInRow = -1;
    try {
      rows.startRow(row, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the row: it is written to the sheet's file. */
  public void endRow() {
    if (!inRow) {
      throw new IllegalStateException("no row started");
    }
    inRow = false;
    lastRow = currentRow;
    if (firstRow < 0) {
      firstRow = lastRow;
    }
    try {
      rows.endRow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number; infinities and NaN become the errors {@code #DIV/0!} and {@code #NUM!}. */
  public void number(int col, int style, double value) {
    try {
      rows.number(at(col), wb.checked(style), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text, inline in the sheet (at most 32,767 characters: the caller's to cut). */
  public void text(int col, int style, String s) {
    try {
      rows.text(at(col), wb.checked(style), Texts.forCell(s));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Item {@code index} of the workbook's shared strings ({@link Workbook#sharedString}); inline
   * in a sheet of {@link Workbook.RowMode#CELLS}, where POI writes every text inline.
   */
  public void shared(int col, int style, int index) {
    try {
      rows.shared(at(col), wb.checked(style), index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void bool(int col, int style, boolean value) {
    try {
      rows.bool(at(col), wb.checked(style), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell with a style and no value. */
  public void blank(int col, int style) {
    try {
      rows.blank(at(col), wb.checked(style));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A formula (no leading '=') with the value it computes, shown until recalculated; in a sheet
   * of {@link Workbook.RowMode#CELLS} only.
   */
  public void formula(int col, int style, String formula, double cached) {
    if (!(rows instanceof CellRows)) {
      throw new IllegalStateException("a formula in a sheet of streamed rows: " + name);
    }
    try {
      rows.formula(at(col), wb.checked(style), formula, cached);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 0-based index of the last row written, -1 for none. */
  public int lastRow() {
    return lastRow;
  }

  /** Fails when a row was started and not ended; gives the sheet its dimension. */
  void beforeWrite() {
    if (inRow) {
      throw new IllegalStateException("row " + currentRow + " not ended");
    }
    if (lastColumn >= 0) {
      xs.setDimensionOverride(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }
  }

  /** Checks that a cell in column {@code col} may come next, and counts it; {@code col}. */
  private int at(int col) {
    if (!inRow || col <= lastColumnInRow || col >= Workbook.MAX_COLUMNS) {
      throw new IllegalStateException("cell in column " + col + " after column "
          + lastColumnInRow + (inRow ? "" : " outside a row"));
    }
    lastColumnInRow = col;
    firstColumn = Math.min(firstColumn, col);
    lastColumn = Math.max(lastColumn, col);
    return col;
  }

  /** {@code s} cut to at most {@code room} characters (its last one a mark) when longer. */
  static String footer(String s, int room) {
    if (s.length() <= room) {
      return s;
    }
    int end = Math.max(0, room - 1);
    int amps = 0;
    while (amps < end && s.charAt(end - 1 - amps) == '&') {
      amps++;
    }
    if (amps % 2 == 1 || end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "\u2026";
  }
}
