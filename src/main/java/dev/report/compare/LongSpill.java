package dev.report.compare;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A sequence of longs written one by one, then read back in order. The first {@link #IN_MEMORY}
 * stay on the heap (a small table makes no file); more go to a temporary file through a buffer of
 * that size, so the heap stays flat.
 */
final class LongSpill implements Closeable {
  /** Longs held on the heap, and the buffer's size beyond them: 64 KB. */
  static final int IN_MEMORY = 8192;

  private Path file;
  private FileChannel channel;
  private ByteBuffer buffer = ByteBuffer.allocate(256);
  private long size;

  void add(long v) {
    if (!buffer.hasRemaining()) {
      if (buffer.capacity() < IN_MEMORY * Long.BYTES) {
        ByteBuffer bigger = ByteBuffer.allocate(buffer.capacity() * 4);
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      } else {
        flush();
      }
    }
    buffer.putLong(v);
    size++;
  }

  long size() {
    return size;
  }

  private void flush() {
    try {
      if (channel == null) {
        file = Files.createTempFile("report-digests", ".bin");
        file.toFile().deleteOnExit();
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }
      buffer.flip();
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buffer.clear();
  }

  /** Reads the values in order; call once every value is added. */
  Reader reader() {
    if (channel != null) {
      flush();
    }
    return new Reader();
  }

  /** All values in an array (size() at most Integer.MAX_VALUE - 8). */
  long[] toArray() {
    long[] all = new long[Math.toIntExact(size)];
    Reader r = reader();
    for (int i = 0; i < all.length; i++) {
      all[i] = r.next();
    }
    return all;
  }

  /** The values from the first, one by one. */
  final class Reader {
    private final ByteBuffer in;
    private long at;

    private Reader() {
      if (channel == null) {
        in = buffer.duplicate().flip();
      } else {
        in = ByteBuffer.allocate(IN_MEMORY * Long.BYTES);
        in.limit(0);
      }
    }

    long next() {
      if (in.remaining() < Long.BYTES) {
        if (channel == null) {
          throw new IllegalStateException("read past the last value");
        }
        in.compact();
        try {
          while (in.position() < Long.BYTES) {
            int n = channel.read(in, at);
            if (n < 0) {
              throw new IllegalStateException("read past the last value");
            }
            at += n;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        in.flip();
      }
      return in.getLong();
    }
  }

  /** Deletes the file, if any; the values cannot be read afterwards. */
  @Override
  public void close() {
    try {
      if (channel != null) {
        channel.close();
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buffer = ByteBuffer.allocate(0);
  }
}
