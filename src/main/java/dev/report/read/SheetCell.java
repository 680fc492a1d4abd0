package dev.report.read;

/**
 * One cell of a worksheet as Excel stored it.
 *
 * @param column the 0-based column
 * @param text the cell as text that the CSV reading rules read as the same kind of value: a date
 *     cell as {@code 2024-03-01}, a percent cell as {@code 12.5%}, a number with {@code .} as
 *     decimal mark and no grouping, a boolean as {@code TRUE}; a text cell as stored
 * @param value what Excel knew (a number, date, time, boolean, or an error as an empty value), or
 *     null for a text cell, which is read from its text like a CSV field
 * @param note why the cell is doubtful, or {@link Note#NONE}
 * @param detail the error value ({@code #N/A}) or the formula, for the note's message
 */
record SheetCell(int column, String text, Value value, Note note, String detail) {

  /** What is wrong with a cell, for an issue ({@link SheetNote.Kind}), or nothing. */
  enum Note {
    NONE, ERROR_VALUE, NO_CACHED_VALUE
  }

  boolean isEmpty() {
    return text.isEmpty() && note == Note.NONE;
  }

  /** A text cell, or a typed value given by its text only, to be read like CSV. */
  boolean isText() {
    return value == null;
  }
}
