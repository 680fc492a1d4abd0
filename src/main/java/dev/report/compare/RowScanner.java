package dev.report.compare;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Finds the {@code <row>} elements of a worksheet part as written by this tool, without parsing
 * the XML around them, so that only the rows a comparison needs are parsed (by {@link SheetRows}).
 * It relies on what XML guarantees: a {@code <} in a text is escaped, so {@code <row} and
 * {@code </row>} are tags. Used only on sheets this tool wrote (no CDATA, no prefixes).
 */
final class RowScanner {
  private static final byte[] START = "<row".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] END = "</row>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final InputStream in;
  private byte[] buf = new byte[1 << 16];
  /** Bytes in {@code buf}. */
  private int lim;
  /** The offset in the part of {@code buf[0]}; offsets below are offsets in the part. */
  private long base;
  /** Bytes from here on are kept when the buffer is refilled. */
  private long keep;
  /** Where the search for the next row starts. */
  private long cursor;
  private boolean eof;

  RowScanner(InputStream in) {
    this.in = in;
  }

  /** The next row element's bytes, {@code <row ...>...</row>}, or null after the last. */
  byte[] next() throws IOException {
    keep = cursor;
    long p = cursor;
    while (true) {
      p = find('<', p);
      if (p < 0) {
        return null;
      }
      if (matches(p, START)) {
        int after = at(p + START.length);
        if (after == ' ' || after == '>' || after == '/') {
          break;
        }
      }
      p++;
      keep = p;
    }
    long start = p;
    keep = start;
    long close = find('>', p + START.length);
    if (close < 0) {
      throw new IOException("the sheet ends inside a row");
    }
    long end;
    if (at(close - 1) == '/') {
      end = close + 1;
    } else {
      long q = close + 1;
      while (true) {
        q = find('<', q);
        if (q < 0) {
          throw new IOException("the sheet ends inside a row");
        }
        if (matches(q, END)) {
          break;
        }
        q++;
      }
      end = q + END.length;
    }
    byte[] row = Arrays.copyOfRange(buf, (int) (start - base), (int) (end - base));
    cursor = end;
    return row;
  }

  /** The offset of the next byte {@code b} at or after {@code p}, or -1 at the end. */
  private long find(char b, long p) throws IOException {
    while (true) {
      int i = (int) (p - base);
      while (i < lim && buf[i] != b) {
        i++;
      }
      if (i < lim) {
        return base + i;
      }
      p = base + lim;
      if (!fill()) {
        return -1;
      }
    }
  }

  /** The byte at offset {@code p} (0 to 255), or -1 past the end; reads more as needed. */
  private int at(long p) throws IOException {
    while (p - base >= lim) {
      if (!fill()) {
        return -1;
      }
    }
    return buf[(int) (p - base)] & 0xFF;
  }

  private boolean matches(long p, byte[] tag) throws IOException {
    for (int k = 1; k < tag.length; k++) {
      if (at(p + k) != tag[k]) {
        return false;
      }
    }
    return true;
  }

  /** Drops the bytes before {@code keep}, grows the buffer when full, reads more. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int drop = (int) (keep - base);
    if (drop > 0) {
      System.arraycopy(buf, drop, buf, 0, lim - drop);
      lim -= drop;
      base = keep;
    }
    if (lim == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    return true;
  }
}
