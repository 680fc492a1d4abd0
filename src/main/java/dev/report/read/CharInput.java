package dev.report.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Characters of a reader, one at a time or in runs straight from its 64K buffer, with the
 * 0-based offset of the next one; characters read ahead can be given back, to be read again.
 */
final class CharInput implements Closeable {
  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  /** Characters given back: read before {@code buf}. */
  private char[] back = new char[0];
  private int backPos;
  private int backLimit;
  private long offset;

  CharInput(Reader in) {
    this.in = in;
  }

  /** The 0-based offset of the next character. */
  long offset() {
    return offset;
  }

  /** The next character without reading it, or -1 at the end of the input. */
  int peek() throws IOException {
    if (backPos < backLimit) {
      return back[backPos];
    }
    if (pos >= limit && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  /** Reads the next character, or -1 at the end of the input. */
  int next() throws IOException {
    if (backPos < backLimit) {
      offset++;
      return back[backPos++];
    }
    if (pos >= limit && !fill()) {
      return -1;
    }
    offset++;
    return buf[pos++];
  }

  /**
   * Whether the next characters are {@link #buffer}{@code [}{@link #position}{@code ..}
   * {@link #limit}{@code )}, none given back (then {@link #skipTo} reads a run of them).
   */
  boolean direct() {
    return backPos == backLimit && pos < limit;
  }

  char[] buffer() {
    return buf;
  }

  int position() {
    return pos;
  }

  int limit() {
    return limit;
  }

  /** Reads the characters of the buffer up to {@code end} (only when {@link #direct}). */
  void skipTo(int end) {
    offset += end - pos;
    pos = end;
  }

  /** Gives {@code a[0..n)}, read from offset {@code at} on, back to be read again. */
  void giveBack(char[] a, int n, long at) {
    int rest = backLimit - backPos;
    char[] b = rest == 0 && back.length >= n ? back : new char[n + rest];
    System.arraycopy(back, backPos, b, n, rest);
    System.arraycopy(a, 0, b, 0, n);
    back = b;
    backPos = 0;
    backLimit = n + rest;
    offset = at;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      pos = 0;
      limit = 0;
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
