package dev.report.write.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A worksheet being filled: rows go straight to its compressed data file, in order (rows and
 * columns 0-based throughout); everything else is kept until {@link Workbook#write}. Made by
 * {@link Workbook#addSheet}.
 *
 * <p>Texts (cells, shared strings, comments) read back as given: characters XML cannot hold
 * become '?', and a literal {@code _xHHHH_}, which spreadsheets would read as U+HHHH, is
 * protected.
 *
 * <p>Cell methods fail with {@link IllegalStateException} when rows or cells come out of order,
 * and with {@link UncheckedIOException} (or the {@code ReportException} of a full disk) when the
 * data file cannot be written.
 */
public final class Sheet {
  private final Workbook wb;
  private final String name;
  private final SheetData data;
  /** Column widths in characters, by 0-based column. */
  final TreeMap<Integer, Integer> widths = new TreeMap<>();
  boolean frozenHeader;
  Print print;
  /** The autofilter's last row and column (from A1), or null. */
  int[] autoFilter;
  /** First row, last row and last column (from column A) where text may look numeric, or null. */
  int[] textNumbers;
  final List<Table> tables = new ArrayList<>();
  final List<Comment> comments = new ArrayList<>();
  final List<Picture> pictures = new ArrayList<>();
  /** External link targets, in the order of their relationship ids (rIdL1, rIdL2, ...). */
  final List<String> linkTargets = new ArrayList<>();
  /** The {@code <hyperlink>} elements, made as links are added; null until the first. */
  DeflatedFile links;

  /** How the sheet prints: landscape A4, one page wide; a footer left and right. */
  record Print(String footerLeft, String footerRight, boolean repeatFirstRow) {}

  /** An Excel table over A1 to ({@code lastRow}, columns - 1), header in row 1. */
  record Table(String name, List<String> columns, int lastRow, String style) {}

  record Comment(int row, int col, String text, String author, int colSpan, int rowSpan) {}

  record Picture(byte[] png, String name, String description, Anchor anchor) {}

  /**
   * Where a picture sits: its top-left and bottom-right corners as cell and offset into it, and
   * its position and size, all offsets in EMU (914,400 per inch, 9,525 per pixel at 96 dpi).
   */
  public record Anchor(int col1, long dx1, int row1, long dy1, int col2, long dx2, int row2,
      long dy2, long x, long y, long width, long height) {}

  Sheet(Workbook wb, String name, DeflatedFile data) {
    this.wb = wb;
    this.name = name;
    this.data = new SheetData(data);
  }

  public String name() {
    return name;
  }

  SheetData data() {
    return data;
  }

  /** Sets column {@code col}'s width to {@code chars} characters of the default font. */
  public void columnWidth(int col, int chars) {
    if (chars < 0 || chars > 255) {
      throw new IllegalArgumentException("column width " + chars + ": Excel takes 0 to 255");
    }
    widths.put(col, chars);
  }

  /** Keeps row 1 in view when scrolling. */
  public void freezeHeaderRow() {
    frozenHeader = true;
  }

  /**
   * Prints landscape on A4, one page wide, with footers; header and footer codes ({@code &P} page,
   * {@code &N} pages, {@code &&} for a literal {@code &}) are the caller's.
   */
  public void printSetUp(String footerLeft, String footerRight, boolean repeatFirstRow) {
    print = new Print(footerLeft, footerRight, repeatFirstRow);
  }

  /** A filter over A1 to ({@code lastRow}, {@code lastCol}), row 1 the header. */
  public void autoFilter(int lastRow, int lastCol) {
    autoFilter = new int[] {lastRow, lastCol};
  }

  /**
   * Tells Excel that numbers stored as text in rows {@code firstRow} to {@code lastRow}, columns A
   * to {@code lastCol}, are meant: no green warning triangle on codes such as {@code 00123}.
   */
  public void textMayLookNumeric(int firstRow, int lastRow, int lastCol) {
    textNumbers = new int[] {firstRow, lastRow, lastCol};
  }

  /**
   * Makes A1 to ({@code lastRow}, columns - 1) an Excel table with its filter. {@code name} must
   * be a valid table name, unique in the workbook; {@code columns} equal the header cells.
   */
  public void table(String tableName, List<String> columns, int lastRow, String style) {
    tables.add(new Table(tableName, List.copyOf(columns), lastRow, style));
  }

  /** A hidden note on a cell, shown in a box {@code colSpan} columns by {@code rowSpan} rows. */
  public void comment(int row, int col, String text, String author, int colSpan, int rowSpan) {
    comments.add(new Comment(row, col, text, author, colSpan, rowSpan));
  }

  /** A PNG picture; {@code name} and {@code description} are its alternative text. */
  public void picture(byte[] png, String pictureName, String description, Anchor anchor) {
    pictures.add(new Picture(png, pictureName, description, Objects.requireNonNull(anchor)));
  }

  /** Makes a cell a link to a web or mail address ({@code http:}, {@code mailto:}, ...). */
  public void link(int row, int col, String url) {
    linkTargets.add(url);
    hyperlink(new StringBuilder("<hyperlink ref=\"").append(A1.cell(row, col))
        .append("\" r:id=\"rIdL").append(linkTargets.size()).append("\"/>"));
  }

  /** Makes a cell a link to a place in the workbook, such as {@code 'Sheet 1'!B7}. */
  public void internalLink(int row, int col, String location) {
    StringBuilder b = new StringBuilder("<hyperlink ref=\"").append(A1.cell(row, col))
        .append("\" location=\"");
    hyperlink(Xml.text(b, location).append("\"/>"));
  }

  private void hyperlink(StringBuilder element) {
    try {
      if (links == null) {
        links = wb.newDataFile();
      }
      links.writer().write(element);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Rows and cells, straight to the data file.

  /** Starts row {@code row}, after every row written so far. */
  public void startRow(int row) {
    data.startRow(row);
  }

  public void endRow() {
    data.endRow();
  }

  /** A number; infinities and NaN become the errors {@code #DIV/0!} and {@code #NUM!}. */
  public void number(int col, int style, double value) {
    data.number(col, style, value);
  }

  /** Text, inline in the sheet (at most 32,767 characters: the caller's to cut). */
  public void text(int col, int style, String s) {
    data.text(col, style, s);
  }

  /** Item {@code index} of the workbook's shared strings ({@link Workbook#sharedString}). */
  public void shared(int col, int style, int index) {
    data.shared(col, style, index);
  }

  public void bool(int col, int style, boolean value) {
    data.bool(col, style, value);
  }

  /** A cell with a style and no value. */
  public void blank(int col, int style) {
    data.blank(col, style);
  }

  /** A formula (no leading '=') with the value it computes, shown until recalculated. */
  public void formula(int col, int style, String formula, double cached) {
    data.formula(col, style, formula, cached);
  }

  /** The 0-based index of the last row written, -1 for none. */
  public int lastRow() {
    return data.lastRow();
  }
}
