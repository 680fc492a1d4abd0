package dev.report.read;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * CSV records, streamed, with the line each starts on: opencsv's {@code RFC4180Parser} splits
 * the fields of text that {@link QuoteFilter} prepared.
 *
 * <p>LF, CRLF and CR end lines anywhere; CR, LF and CRLF inside quoted fields are kept as
 * written. A doubled quote inside a quoted field is one quote; a quote inside an unquoted field
 * is kept. A quote that opens a field but never closes, or would swallow lines shaped like
 * records, is read as an ordinary character ({@link RawRecord.QuoteState#STRAY}); a field whose
 * closing quote is followed by more text ({@code "55" screen}) is read as written, quotes
 * included ({@link RawRecord.QuoteState#TEXT_AFTER_QUOTE}). Line numbers are 1-based and count physical
 * lines, so a record that spans lines reports the line it starts on. Holds one record in memory
 * at a time; a field keeps at most {@link #MAX_FIELD} characters.
 */
public final class RecordReader implements Closeable {
  /**
   * Most characters kept of one field (about 2 MB): the rest of a runaway field is read and
   * dropped, so memory stays bounded; a field this long is reported as too long for a cell.
   */
  public static final int MAX_FIELD = 1 << 20;

  private final QuoteFilter filter;
  private final CSVReader csv;
  private final char quote;

  public RecordReader(Reader in, Dialect dialect) {
    this.filter = new QuoteFilter(in, dialect);
    this.quote = dialect.quote();
    this.csv = new CSVReaderBuilder(new BufferedReader(filter, 1 << 16))
        .withCSVParser(new RFC4180ParserBuilder()
            .withSeparator(dialect.delimiter())
            .withQuoteChar(dialect.quote())
            .build())
        .withVerifyReader(false)
        .build();
  }

  /** The next record, or {@code null} at the end of the input. */
  public RawRecord next() throws IOException {
    String[] fields;
    try {
      fields = csv.readNext();
    } catch (CsvValidationException e) {
      throw new IOException(e); // no validator is set: cannot happen
    }
    if (fields == null) {
      return null;
    }
    QuoteFilter.Shape shape = filter.shape();
    if (shape.escaped()) {
      for (int i = 0; i < fields.length; i++) {
        fields[i] = QuoteFilter.unescape(fields[i], quote);
      }
    }
    return new RawRecord(shape.line(), Collections.unmodifiableList(Arrays.asList(fields)),
        shape.emptyLine(), shape.quote());
  }

  /**
   * Character offsets (0-based) of the first stray quotes read so far: quotes that open a field
   * and were read as ordinary characters.
   */
  List<Long> strayQuotes() {
    return filter.strayQuotes();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
