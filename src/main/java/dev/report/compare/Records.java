package dev.report.compare;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An earlier table's records, kept off the heap: each record's cells are written to a temporary
 * file, mapped into memory once all are in; the heap holds only each record's offset (8 bytes).
 */
final class Records extends AbstractList<Cell[]> implements RandomAccess, Closeable {
  /** Bytes per mapped region at most (a mapping is at most 2 GB). */
  static final int REGION = 1 << 30;

  private final Path file;
  private final DataOutputStream out;
  private long[] offsets = new long[1024];
  private int size;
  private long written;
  private final List<MappedByteBuffer> regions = new ArrayList<>();
  private final java.io.ByteArrayOutputStream record = new java.io.ByteArrayOutputStream();

  Records() throws IOException {
    this.file = Files.createTempFile("report-baseline", ".cells");
    file.toFile().deleteOnExit();
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  /** Appends a record; a record is at most {@link #REGION} bytes. */
  void append(Cell[] cells) throws IOException {
    record.reset();
    DataOutputStream r = new DataOutputStream(record);
    r.writeInt(cells.length);
    for (Cell c : cells) {
      if (c instanceof Cell.Num n) {
        r.writeByte(1);
        r.writeDouble(n.value());
      } else if (c instanceof Cell.Txt t) {
        byte[] b = t.text().getBytes(StandardCharsets.UTF_8);
        r.writeByte(2);
        r.writeInt(b.length);
        r.write(b);
      } else if (c instanceof Cell.Bool b) {
        r.writeByte(b.value() ? 4 : 3);
      } else {
        r.writeByte(0);
      }
    }
    long regionEnd = (written / REGION + 1) * REGION;
    if (written + record.size() > regionEnd) {
      // A record does not cross regions: it starts the next one.
      out.write(new byte[(int) (regionEnd - written)]);
      written = regionEnd;
    }
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
    }
    offsets[size++] = written;
    record.writeTo(out);
    written += record.size();
  }

  /** Call once every record is in; records can be read afterwards. */
  void done() throws IOException {
    out.close();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (long at = 0; at < ch.size(); at += REGION) {
        regions.add(ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(REGION, ch.size() - at)));
      }
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Where a mapped file cannot be deleted, it goes when the JVM exits.
    }
  }

  @Override
  public Cell[] get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    long at = offsets[index];
    MappedByteBuffer region = regions.get((int) (at / REGION));
    int p = (int) (at % REGION);
    int n = region.getInt(p);
    p += 4;
    Cell[] cells = new Cell[n];
    for (int i = 0; i < n; i++) {
      byte tag = region.get(p++);
      switch (tag) {
        case 1 -> {
          cells[i] = new Cell.Num(region.getDouble(p));
          p += 8;
        }
        case 2 -> {
          int len = region.getInt(p);
          p += 4;
          byte[] b = new byte[len];
          region.get(p, b);
          p += len;
          cells[i] = new Cell.Txt(new String(b, StandardCharsets.UTF_8));
        }
        case 3, 4 -> cells[i] = new Cell.Bool(tag == 4);
        default -> cells[i] = Cell.BLANK;
      }
    }
    return cells;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
