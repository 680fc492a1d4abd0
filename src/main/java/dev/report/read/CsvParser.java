package dev.report.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
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
  private final StringBuilder field = new StringBuilder(64);

  public CsvParser(Reader in, Dialect dialect) {
    this.in = in;
    this.delimiter = dialect.delimiter();
    this.quote = dialect.quote();
  }

  /** The next record, or {@code null} at the end of the input. */
  public RawRecord next() throws IOException {
    if (!fill()) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    boolean quoted = false;
    boolean unterminated = false;
    while (true) {
      field.setLength(0);
      if (peek() == quote) {
        quoted = true;
        pos++;
        unterminated = !readQuoted();
      }
      // The unquoted field, or whatever follows a closing quote.
      int end = readUnquoted();
      fields.add(field.toString());
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
    boolean emptyLine = !quoted && fields.size() == 1 && fields.get(0).isEmpty();
    return new RawRecord(start, List.copyOf(fields), emptyLine, unterminated);
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
          field.append(buf, from, pos - from);
          pos++;
          if (peek() != quote) {
            return true;
          }
          field.append(quote);
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
      field.append(buf, from, pos - from);
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
          field.append(buf, from, pos - from);
          pos++;
          return ch;
        }
        pos++;
      }
      field.append(buf, from, pos - from);
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
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
