package dev.report.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a file that is UTF-8 but for some bytes, decided line by line: a line of
 * well-formed UTF-8 is read as UTF-8; a line with bytes that are not UTF-8, no multi-byte UTF-8
 * character and only bytes Windows-1252 defines is read as Windows-1252 (a guess, counted in
 * {@link #guessed}); any other line is read as UTF-8, each invalid byte sequence as U+FFFD.
 * Lines end at LF, CR or CRLF, counted as {@code QuoteFilter} counts them. A line longer than
 * {@link #MAX_LINE} bytes is decided a part at a time, so that memory stays bounded.
 */
final class LineDecoder extends Reader {
  /** Bytes of one line decided at once. */
  static final int MAX_LINE = 1 << 20;
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;

  private byte[] line = new byte[8192];
  private int length;
  private String text = "";
  private int textPos;
  /** The 1-based physical line being read, and whether it was guessed already. */
  private long lineNo = 1;
  private boolean lineGuessed;
  private long guessed;
  private final List<Long> first = new ArrayList<>();

  LineDecoder(InputStream in) {
    this.in = in;
  }

  /** The lines read so far as Windows-1252. */
  GuessedLines guessed() {
    return new GuessedLines(guessed, first);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (textPos == text.length()) {
      if (!nextLine()) {
        return -1;
      }
    }
    int n = Math.min(len, text.length() - textPos);
    text.getChars(textPos, textPos + n, cbuf, off);
    textPos += n;
    return n;
  }

  /** Decides the next line (or part of a long one); false at the end of the input. */
  private boolean nextLine() throws IOException {
    boolean ended = false;
    while (!ended && length < MAX_LINE) {
      int b = nextByte();
      if (b < 0) {
        break;
      }
      append(b);
      if (b == '\n') {
        ended = true;
      } else if (b == '\r') {
        if (peekByte() == '\n') {
          append(nextByte());
        }
        ended = true;
      }
    }
    if (length == 0) {
      return false;
    }
    boolean atEnd = peekByte() < 0;
    Utf8Validator.Tally t = Utf8Validator.tally(line, 0, length);
    // A long line's part ends before a character cut in two, which goes on to the next part.
    int cut = ended || atEnd ? length : t.end();
    int invalid = t.invalid() + (cut == length && t.end() < length ? 1 : 0);
    if (invalid == 0) {
      text = new String(line, 0, cut, StandardCharsets.UTF_8);
    } else if (t.multibyte() == 0 && windows1252(cut)) {
      text = new String(line, 0, cut, CP1252);
      if (!lineGuessed) {
        lineGuessed = true;
        guessed++;
        if (first.size() < GuessedLines.LISTED) {
          first.add(lineNo);
        }
      }
    } else {
      text = new String(line, 0, cut, StandardCharsets.UTF_8);
    }
    textPos = 0;
    System.arraycopy(line, cut, line, 0, length - cut);
    length -= cut;
    if (ended) {
      lineNo++;
      lineGuessed = false;
    }
    return true;
  }

  /** Whether Windows-1252 defines every byte of {@code line[0..end)}. */
  private boolean windows1252(int end) {
    for (int i = 0; i < end; i++) {
      int b = line[i] & 0xFF;
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        return false;
      }
    }
    return true;
  }

  private void append(int b) {
    if (length == line.length) {
      line = Arrays.copyOf(line, Math.min(line.length * 2, MAX_LINE + 2));
    }
    line[length++] = (byte) b;
  }

  private int nextByte() throws IOException {
    return fill() ? buf[pos++] & 0xFF : -1;
  }

  private int peekByte() throws IOException {
    return fill() ? buf[pos] & 0xFF : -1;
  }

  private boolean fill() throws IOException {
    while (pos == limit) {
      if (eof) {
        return false;
      }
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      limit = n;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
