package dev.report.read;

import java.util.List;

/**
 * One CSV record as written, before typing.
 *
 * @param line the 1-based physical line on which the record starts
 * @param fields the field texts, quotes removed; never empty (an empty line is one empty field)
 * @param emptyLine true when the record is an empty physical line (no characters at all)
 * @param unterminatedQuote true when the file ended inside a quoted field of this record
 */
public record RawRecord(long line, List<String> fields, boolean emptyLine, boolean unterminatedQuote) {

  /** True when every field is empty: an empty line, or a line of delimiters only. */
  public boolean isBlank() {
    for (String f : fields) {
      if (!f.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
