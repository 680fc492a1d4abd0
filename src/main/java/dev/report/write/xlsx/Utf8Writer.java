package dev.report.write.xlsx;

import dev.report.ReportException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A UTF-8 writer with a 64K buffer and no locking; one thread writes each sheet. A failure to
 * write its file (a full disk) is a {@link ReportException} that names the file.
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final Path file;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
  private final char[] chars = new char[1 << 16];
  private final CharBuffer charBuf = CharBuffer.wrap(chars);
  private final ByteBuffer bytes = ByteBuffer.allocate(3 * (1 << 16) + 16);
  private int n;
  /** A write failed: later failures stay IOExceptions and closing only releases the file. */
  private boolean failed;
  private boolean closed;

  Utf8Writer(OutputStream out, Path file) {
    this.out = out;
    this.file = file;
  }

  @Override
  public void write(int c) throws IOException {
    if (n == chars.length) {
      spill();
    }
    chars[n++] = (char) c;
  }

  @Override
  public void write(char[] src, int off, int len) throws IOException {
    while (len > 0) {
      if (n == chars.length) {
        spill();
      }
      int k = Math.min(len, chars.length - n);
      System.arraycopy(src, off, chars, n, k);
      n += k;
      off += k;
      len -= k;
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    copy(s, off, len);
  }

  /** Writes the characters of {@code s} (one call per cell instead of one per piece). */
  void write(StringBuilder s) throws IOException {
    copy(s, 0, s.length());
  }

  /** Copies {@code len} characters of a String or StringBuilder from {@code off} into the buffer. */
  private void copy(CharSequence s, int off, int len) throws IOException {
    while (len > 0) {
      if (n == chars.length) {
        spill();
      }
      int k = Math.min(len, chars.length - n);
      if (s instanceof String str) {
        str.getChars(off, off + k, chars, n);
      } else {
        ((StringBuilder) s).getChars(off, off + k, chars, n);
      }
      n += k;
      off += k;
      len -= k;
    }
  }

  /** Encodes the buffered characters; a high surrogate at the end waits for its pair. */
  private void drain(boolean end) throws IOException {
    charBuf.limit(n).position(0);
    bytes.clear();
    CoderResult r = encoder.encode(charBuf, bytes, end);
    if (r.isError()) {
      r.throwException();
    }
    if (end) {
      encoder.flush(bytes);
    }
    out.write(bytes.array(), 0, bytes.position());
    int left = charBuf.remaining();
    System.arraycopy(chars, charBuf.position(), chars, 0, left);
    n = left;
  }

  /** Drains the buffer while rows are written; a failed write names the file. */
  private void spill() throws IOException {
    if (failed || closed) {
      throw new IOException("writing " + file + " after it " + (failed ? "failed" : "was closed"));
    }
    drain(false, false);
  }

  /** Drains the buffer; a failed write names the file, once (later ones are plain). */
  private void drain(boolean end, boolean plain) throws IOException {
    try {
      drain(end);
    } catch (CharacterCodingException e) {
      throw e;
    } catch (IOException e) {
      failed = true;
      if (plain) {
        throw e;
      }
      throw ReportException.unwritable(file, ReportException.reason(e), e);
    }
  }

  @Override
  public void flush() throws IOException {
    spill();
    out.flush();
  }

  /**
   * Writes what is buffered and closes the file; later calls do nothing. After a failed write it
   * only releases the file.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!failed) {
        drain(true, false);
      }
    } finally {
      encoder.reset();
      out.close();
    }
  }
}
