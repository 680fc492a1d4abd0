package dev.report.read;

/**
 * Something about one cell of a worksheet that the report says: the reading rules of CSV do not
 * see it in the cell's text.
 *
 * @param line Excel's 1-based row number
 * @param column the 1-based column of the table
 * @param kind what it is
 * @param detail the error value ({@code #N/A}), the formula ({@code =A1*2}) or the text
 */
public record SheetNote(long line, int column, Kind kind, String detail) {
  public enum Kind {
    /** An error value such as {@code #N/A} or {@code #DIV/0!}: read as a missing value. */
    ERROR_VALUE,
    /** A formula saved without its value: read as a missing value. */
    NO_CACHED_VALUE,
    /** A text cell that reads as a number in a number column: read as the number. */
    NUMBER_AS_TEXT
  }
}
