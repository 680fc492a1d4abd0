package dev.report.read;

import java.util.List;

/**
 * One CSV record as written, before typing.
 *
 * @param line the 1-based physical line on which the record starts
 * @param fields the field texts, quotes removed; never empty (an empty line is one empty field)
 * @param emptyLine true when the record is an empty physical line (no characters at all)
 * @param quote whether a quote of this record was left open
 */
public record RawRecord(long line, List<String> fields, boolean emptyLine, QuoteState quote) {

  /** What became of the quotes of a record. */
  public enum QuoteState {
    /** Every quoted field was closed (or there was none). */
    CLOSED,
    /** The file ended inside a quoted field of this record, which holds the rest of the file. */
    UNTERMINATED,
    /**
     * A quote opened a field and was never closed; it was read as an ordinary character, so
     * that the rest of the file is read as records.
     */
    STRAY,
    /**
     * A quote opened a field and closed before more text of the same field ({@code "55" screen}):
     * the field was read as written, its quotes as ordinary characters.
     */
    TEXT_AFTER_QUOTE
  }

  /** A record whose quotes were all closed, or whose last one ran to the end of the input. */
  public RawRecord(long line, List<String> fields, boolean emptyLine, boolean unterminatedQuote) {
    this(line, fields, emptyLine, unterminatedQuote ? QuoteState.UNTERMINATED : QuoteState.CLOSED);
  }

  public boolean unterminatedQuote() {
    return quote == QuoteState.UNTERMINATED;
  }

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
