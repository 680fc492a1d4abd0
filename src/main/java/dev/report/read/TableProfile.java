package dev.report.read;

import java.nio.file.Path;
import java.util.List;

/**
 * What the first pass over a file found: how it is written, its columns and their types.
 *
 * @param file the file as named by the user
 * @param size the file's size in bytes
 * @param status whether the file could be read as a table
 * @param labels the header cells as written (empty when there is no header)
 * @param columns unique column names: one per header cell (blank and repeated labels renamed),
 *     then one per cell found beyond the header in some record
 * @param types the type of each column, same order as {@code columns}
 * @param profiles the statistics of each column, same order as {@code columns}
 * @param records data records, header and empty lines excluded
 * @param strayQuotes character offsets of the first quotes that open a field but were read as
 *     ordinary characters (see {@link RecordReader}), so that they cannot swallow records
 * @param width the most cells of any line, header included; more than {@code columns} only when
 *     some line has more than {@link #MAX_COLUMNS}
 * @param guessed the lines read as Windows-1252 in a file that is otherwise UTF-8
 *     ({@link TextEncoding#UTF_8_MIXED})
 * @param sheet the worksheet read, for a table of an Excel workbook; null for a CSV file
 */
public record TableProfile(Path file, long size, TextEncoding encoding, Dialect dialect,
    Status status, List<String> labels, List<String> columns, List<ColumnType> types,
    List<ColumnProfile> profiles, long records, List<Long> strayQuotes, int width,
    GuessedLines guessed, SheetSource sheet) {

  /**
   * Columns read at most: a sheet's 16,384. Cells beyond are counted ({@code width}) but neither
   * typed nor kept, so that a line of millions of delimiters cannot exhaust memory.
   */
  public static final int MAX_COLUMNS = 16_384;

  /** A table of a CSV file. */
  public TableProfile(Path file, long size, TextEncoding encoding, Dialect dialect,
      Status status, List<String> labels, List<String> columns, List<ColumnType> types,
      List<ColumnProfile> profiles, long records, List<Long> strayQuotes, int width,
      GuessedLines guessed) {
    this(file, size, encoding, dialect, status, labels, columns, types, profiles, records,
        strayQuotes, width, guessed, null);
  }

  /** A table whose every cell is within {@code columns}. */
  public TableProfile(Path file, long size, TextEncoding encoding, Dialect dialect,
      Status status, List<String> labels, List<String> columns, List<ColumnType> types,
      List<ColumnProfile> profiles, long records, List<Long> strayQuotes) {
    this(file, size, encoding, dialect, status, labels, columns, types, profiles, records,
        strayQuotes, columns.size());
  }

  /** A table none of whose lines was guessed. */
  public TableProfile(Path file, long size, TextEncoding encoding, Dialect dialect,
      Status status, List<String> labels, List<String> columns, List<ColumnType> types,
      List<ColumnProfile> profiles, long records, List<Long> strayQuotes, int width) {
    this(file, size, encoding, dialect, status, labels, columns, types, profiles, records,
        strayQuotes, width, GuessedLines.NONE);
  }

  public enum Status {
    /** A header and zero or more records. */
    TABLE,
    /** No characters, or only empty lines. */
    EMPTY,
    /** Not text: binary bytes such as an image renamed .csv. */
    NOT_TEXT
  }

  public TableProfile {
    labels = List.copyOf(labels);
    columns = List.copyOf(columns);
    types = List.copyOf(types);
    profiles = List.copyOf(profiles);
    strayQuotes = List.copyOf(strayQuotes);
    if (guessed == null) {
      throw new IllegalArgumentException("guessed is required (GuessedLines.NONE)");
    }
    if (columns.size() != types.size() || columns.size() != profiles.size()) {
      throw new IllegalArgumentException("one type and one profile per column");
    }
    if (width < columns.size()) {
      throw new IllegalArgumentException("the width counts every column");
    }
  }

  /**
   * The file name, e.g. {@code partners.csv}; for a worksheet, the workbook's name and the
   * sheet's in brackets, {@code budget.xlsx [Capex]}: issues name it so.
   */
  public String fileName() {
    String n = file.getFileName().toString();
    return sheet == null ? n : n + " [" + sheet.sheet() + "]";
  }

  /** The same table read from {@code sheet} (named, or with where it was found). */
  public TableProfile withSheet(SheetSource sheet) {
    return new TableProfile(file, size, encoding, dialect, status, labels, columns, types,
        profiles, records, strayQuotes, width, guessed, sheet);
  }

  /** The file name without its extension, e.g. {@code partners}; a worksheet's table name. */
  public String tableName() {
    if (sheet != null) {
      return sheet.table();
    }
    String n = fileName();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** Cells in the header; columns beyond it hold cells of over-long records. */
  public int headerWidth() {
    return labels.size();
  }
}
