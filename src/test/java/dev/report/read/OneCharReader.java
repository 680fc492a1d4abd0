package dev.report.read;

import java.io.Reader;

/** Hands out one character per read, to put a buffer boundary between every two characters. */
final class OneCharReader extends Reader {
  private final String text;
  private int at;
  boolean closed;

  OneCharReader(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] cbuf, int off, int len) {
    if (at >= text.length()) {
      return -1;
    }
    cbuf[off] = text.charAt(at++);
    return 1;
  }

  @Override
  public void close() {
    closed = true;
  }
}
