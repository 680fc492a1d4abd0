package dev.report.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A streaming RFC 4180 parser that knows where each record starts.
 *
 * <p>Accepts LF, CRLF and CR line ends anywhere; line breaks inside quoted fields are kept as
 * written. A doubled quote inside a quoted field is one quote. Text after a closing quote is kept
 * (lenient, as spreadsheets do). Line numbers are 1-based and count physical lines, so a record
 * that spans lines reports the line it starts on. Holds one record in memory at a time.
 */
public final class CsvParser implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final Reader in;
  private final char delimiter;
  private final char quote;
  private final char[] buf = new char[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  /** The 1-based line the next character is on. */
  private long line = 1;
  /**
   * The record being read: the text of its fields one after another; field {@code i} is
   * {@code text[ends[i - 1] .. ends[i])} (from 0 for the first). Reused from record to record.
   */
  private char[] text = new char[256];
  private int textLength;
  private int[] ends = new int[16];
  private int width;
  /** Where the field being read starts in {@code text}. */
  private int fieldStart;
  private long recordLine;
  private boolean recordEmptyLine;
  private RawRecord.QuoteState recordQuote = RawRecord.QuoteState.CLOSED;
  private final long[] literalQuotes;
  /** Characters before {@code buf[0]}: the offset of {@code buf[pos]} is {@code base + pos}. */
  private long base;
  private long lastOpeningQuote = -1;
  private long multilineQuote = -1;

  public CsvParser(Reader in, Dialect dialect) {
    this(in, dialect, new long[0]);
  }

  /**
   * @param literalQuotes sorted 0-based character offsets of quotes that open a field but are
   *     never closed: they are read as ordinary characters (see {@link TableReader})
   */
  CsvParser(Reader in, Dialect dialect, long[] literalQuotes) {
    this.in = in;
    this.delimiter = dialect.delimiter();
    this.quote = dialect.quote();
    this.literalQuotes = literalQuotes.clone();
  }

  /** The 0-based character offset of the opening quote of the last field read quoted. */
  long lastOpeningQuote() {
    return lastOpeningQuote;
  }

  /**
   * The offset of the opening quote of the first field of the last record whose quotes held a
   * line break, or -1: where a stray quote may have run over lines.
   */
  long multilineQuote() {
    return multilineQuote;
  }

  /** The next record, or {@code null} at the end of the input. */
  public RawRecord next() throws IOException {
    if (!advance()) {
      return null;
    }
    List<String> fields = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      fields.add(field(i));
    }
    // Not List.copyOf: one copy fewer per record; nobody else holds the list.
    return new RawRecord(recordLine, Collections.unmodifiableList(fields), recordEmptyLine,
        recordQuote);
  }

  /**
   * Reads the next record into this parser's record buffer, where {@link #width}, {@link #text},
   * {@link #start}, {@link #end} and {@link #field} see it until the next call; false at the end
   * of the input. The same records as {@link #next}, without a string per field.
   */
  boolean advance() throws IOException {
    if (!fill()) {
      return false;
    }
    long start = line;
    width = 0;
    textLength = 0;
    boolean quoted = false;
    RawRecord.QuoteState state = RawRecord.QuoteState.CLOSED;
    multilineQuote = -1;
    while (true) {
      fieldStart = textLength;
      if (peek() == quote) {
        long offset = base + pos;
        if (literalQuotes.length > 0 && Arrays.binarySearch(literalQuotes, offset) >= 0) {
          // Read with the unquoted text that follows, as an ordinary character.
          state = RawRecord.QuoteState.STRAY;
        } else {
          quoted = true;
          lastOpeningQuote = offset;
          pos++;
          long before = line;
          if (!readQuoted()) {
            state = RawRecord.QuoteState.UNTERMINATED;
          }
          if (line != before && multilineQuote < 0) {
            multilineQuote = offset;
          }
        }
      }
      // The unquoted field, or whatever follows a closing quote.
      int end = readUnquoted();
      if (width == ends.length) {
        ends = Arrays.copyOf(ends, width * 2);
      }
      ends[width++] = textLength;
      if (end == delimiter) {
        continue;
      }
      if (end == '\r') {
        line++;
        if (peek() == '\n') {
          pos++;
        }
      } else if (end == '\n') {
        line++;
      }
      break;
    }
    recordLine = start;
    recordEmptyLine = !quoted && width == 1 && textLength == 0;
    recordQuote = state;
    return true;
  }

  /** Fields of the record read by {@link #advance}. */
  int width() {
    return width;
  }

  /** The text of the record read by {@link #advance}: see {@link #start} and {@link #end}. */
  char[] text() {
    return text;
  }

  /** Where field {@code i} of the record read by {@link #advance} starts in {@link #text}. */
  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** Where field {@code i} of the record read by {@link #advance} ends in {@link #text}. */
  int end(int i) {
    return ends[i];
  }

  /** Field {@code i} of the record read by {@link #advance}, quotes removed. */
  String field(int i) {
    int from = start(i);
    return from == ends[i] ? "" : new String(text, from, ends[i] - from);
  }

  /** The 1-based line on which the record read by {@link #advance} starts. */
  long recordLine() {
    return recordLine;
  }

  /** Whether the record read by {@link #advance} is an empty physical line. */
  boolean recordEmptyLine() {
    return recordEmptyLine;
  }

  /** What became of the quotes of the record read by {@link #advance}. */
  RawRecord.QuoteState recordQuote() {
    return recordQuote;
  }

  /** Reads a quoted field after its opening quote; false when the input ended inside it. */
  private boolean readQuoted() throws IOException {
    boolean afterCr = false;
    while (true) {
      if (pos >= limit && !fill()) {
        return false;
      }
      int from = pos;
      while (pos < limit) {
        char ch = buf[pos];
        if (ch == quote) {
          keep(from, pos - from);
          pos++;
          if (peek() != quote) {
            return true;
          }
          if (textLength - fieldStart < MAX_FIELD) {
            room(1);
            text[textLength++] = quote;
          }
          pos++;
          from = pos;
          afterCr = false;
          continue;
        }
        if (ch == '\n') {
          // The LF of a CRLF pair was counted with its CR.
          if (!afterCr) {
            line++;
          }
          afterCr = false;
        } else if (ch == '\r') {
          line++;
          afterCr = true;
        } else {
          afterCr = false;
        }
        pos++;
      }
      keep(from, pos - from);
    }
  }

  /**
   * Reads unquoted text into {@code field} up to a delimiter or line end, which it consumes
   * (except the LF of a CRLF); returns that character, or -1 at the end of the input.
   */
  private int readUnquoted() throws IOException {
    while (true) {
      if (pos >= limit && !fill()) {
        return -1;
      }
      int from = pos;
      while (pos < limit) {
        char ch = buf[pos];
        if (ch == delimiter || ch == '\n' || ch == '\r') {
          keep(from, pos - from);
          pos++;
          return ch;
        }
        pos++;
      }
      keep(from, pos - from);
    }
  }

  /**
   * Most characters kept of one field (about 2 MB): the rest of a runaway field is read and
   * dropped, so memory stays bounded; a field this long is reported as too long for a cell.
   */
  public static final int MAX_FIELD = 1 << 20;

  private void keep(int from, int len) {
    int n = Math.min(len, MAX_FIELD - (textLength - fieldStart));
    if (n > 0) {
      room(n);
      System.arraycopy(buf, from, text, textLength, n);
      textLength += n;
    }
  }

  /** Makes room for {@code n} more characters in {@code text}. */
  private void room(int n) {
    if (text.length - textLength < n) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + n));
    }
  }

  private int peek() throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  /** Makes sure a character is available; false at the end of the input. */
  private boolean fill() throws IOException {
    if (pos < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      limit = pos = 0;
      return false;
    }
    base += limit;
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
