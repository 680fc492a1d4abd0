package dev.report.write.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates what is written to it into {@code out}, on a thread of its own once there is more than
 * one buffer of it, so that a big sheet is compressed on the second core while its rows are still
 * being made. The output is a raw deflate stream that ends byte-aligned but not final (a sync
 * flush), ready to be joined with other such streams into one zip entry; the CRC-32 and the
 * length of the uncompressed bytes go with it.
 */
final class DeflatingStream extends OutputStream {
  /** Buffers queued for the deflating thread: at most about 4 MB in flight. */
  private static final int QUEUE = 16;
  private static final byte[][] END = new byte[0][];

  private final OutputStream out;
  private final Deflater deflater = new Deflater(Workbook.DEFLATE_LEVEL, true);
  private final CRC32 crc = new CRC32();
  private final byte[] compressed = new byte[1 << 16];
  private long length;
  private long compressedLength;
  private BlockingQueue<byte[][]> queue;
  private Thread worker;
  private volatile IOException failure;
  private boolean closed;

  DeflatingStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  /** Takes a copy of {@code b}: the caller reuses its buffer. */
  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    check();
    byte[] copy = Arrays.copyOfRange(b, off, off + len);
    if (queue == null) {
      // The first buffer is deflated here: a small sheet never needs a thread.
      queue = new ArrayBlockingQueue<>(QUEUE);
      deflate(copy);
      return;
    }
    if (worker == null) {
      worker = new Thread(this::run, "report-deflate");
      worker.setDaemon(true);
      worker.start();
    }
    put(new byte[][] {copy});
  }

  private void put(byte[][] item) throws IOException {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while compressing sheet data");
    }
    check();
  }

  private void run() {
    try {
      while (true) {
        byte[][] item = queue.take();
        if (item == END) {
          return;
        }
        deflate(item[0]);
      }
    } catch (IOException e) {
      failure = e;
      queue.clear();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void deflate(byte[] bytes) throws IOException {
    crc.update(bytes);
    length += bytes.length;
    deflater.setInput(bytes);
    while (!deflater.needsInput()) {
      drain(Deflater.NO_FLUSH);
    }
  }

  private void drain(int flush) throws IOException {
    int n = deflater.deflate(compressed, 0, compressed.length, flush);
    if (n > 0) {
      out.write(compressed, 0, n);
      compressedLength += n;
    }
  }

  private void check() throws IOException {
    IOException e = failure;
    if (e != null) {
      throw e;
    }
  }

  /** Waits for the deflating thread, ends the stream with a sync flush and closes {@code out}. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (worker != null) {
        if (failure == null) {
          put(END);
        }
        worker.join();
      }
      check();
      // A sync flush ends on a byte boundary with an empty stored block: not final, joinable.
      int n;
      do {
        n = deflater.deflate(compressed, 0, compressed.length, Deflater.SYNC_FLUSH);
        out.write(compressed, 0, n);
        compressedLength += n;
      } while (n == compressed.length);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while compressing sheet data");
    } finally {
      deflater.end();
      out.close();
    }
  }

  /** CRC-32 of the uncompressed bytes; valid after {@link #close}. */
  long crc() {
    return crc.getValue();
  }

  /** Uncompressed bytes; valid after {@link #close}. */
  long length() {
    return length;
  }

  /** Compressed bytes written to {@code out}; valid after {@link #close}. */
  long compressedLength() {
    return compressedLength;
  }
}
