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
 * A sequence of longs kept in a temporary file rather than on the heap: written one by one, then
 * read back in order (8 bytes each, a 64 KB buffer either way).
 */
final class LongSpill implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final Path file;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
  private long size;

  LongSpill() {
    try {
      this.file = Files.createTempFile("report-digests", ".bin");
      file.toFile().deleteOnExit();
      this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(long v) {
    if (!buffer.hasRemaining()) {
      flush();
    }
    buffer.putLong(v);
    size++;
  }

  long size() {
    return size;
  }

  private void flush() {
    buffer.flip();
    try {
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
    flush();
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
    private final ByteBuffer in = ByteBuffer.allocate(BUFFER);
    private long at;

    private Reader() {
      in.limit(0);
    }

    long next() {
      if (in.remaining() < Long.BYTES) {
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

  @Override
  public void close() {
    try {
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
