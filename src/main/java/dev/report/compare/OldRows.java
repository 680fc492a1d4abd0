package dev.report.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.xml.sax.SAXException;

/**
 * An earlier table's records read only when asked for, for a comparison that knows from the
 * fingerprints which records it needs (the changed, the removed): the table's sheets are passed
 * over row by row, unparsed, and a record asked for is parsed alone. The last {@link #RING} rows
 * passed are kept, so a record a little behind needs no new pass; one further behind starts the
 * pass again, and after {@link #PASSES} passes the whole table is read once ({@code whole}).
 */
final class OldRows extends AbstractList<Cell[]> implements RandomAccess {
  /** Rows passed over that are kept, as bytes (a few hundred each). */
  static final int RING = 1024;
  /** Passes from the start before the table is read whole: keyed records in another order. */
  static final int PASSES = 3;
  /** Records parsed that are kept: the few a diff in file order asks for again and again. */
  private static final int CACHE = 16;

  private final Source source;
  private final TableMeta meta;
  private final int size;
  private final Supplier<java.util.List<Cell[]>> whole;
  private final byte[][] ring = new byte[RING][];
  private final int[] cachedAt = new int[CACHE];
  private final Cell[][] cached = new Cell[CACHE][];
  private SheetRows.OneRow parser;
  private InputStream in;
  private RowScanner rows;
  /** The sheet being passed over (an index into the table's sheets). */
  private int sheet;
  /** Records passed over in this pass. */
  private int passed;
  private int passes;
  private java.util.List<Cell[]> all;

  OldRows(Source source, TableMeta meta, int size, Supplier<java.util.List<Cell[]>> whole) {
    this.source = source;
    this.meta = meta;
    this.size = size;
    this.whole = whole;
    java.util.Arrays.fill(cachedAt, -1);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Cell[] get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    if (all != null) {
      return all.get(index);
    }
    int slot = index % CACHE;
    if (cachedAt[slot] == index) {
      return cached[slot];
    }
    try {
      if (passes == 0 || index < passed - RING) {
        if (passes == PASSES) {
          close();
          all = whole.get();
          return all.get(index);
        }
        restart();
      }
      while (passed <= index) {
        byte[] row = nextRecord();
        if (row == null) {
          throw new Source.Unreadable(new IOException("the table has fewer records than its"
              + " comparison data says (" + passed + ", not " + size + ")"));
        }
        ring[passed % RING] = row;
        passed++;
      }
      if (parser == null) {
        parser = new SheetRows.OneRow(source.strings());
      }
      Cell[] cells = Baseline.record(meta, parser.parse(ring[index % RING]));
      cachedAt[slot] = index;
      cached[slot] = cells;
      return cells;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new Source.Unreadable(e);
    }
  }

  private void restart() throws IOException {
    close();
    passes++;
    sheet = -1;
    passed = 0;
    nextSheet();
  }

  /** Opens the table's next sheet and passes its header row; false when there is none. */
  private boolean nextSheet() throws IOException {
    close();
    if (++sheet >= meta.sheets().size()) {
      return false;
    }
    in = source.sheet(meta.sheets().get(sheet));
    if (in == null) {
      throw new Source.Unreadable(new IOException("no sheet \"" + meta.sheets().get(sheet)
          + "\" any more"));
    }
    rows = new RowScanner(in);
    rows.next();
    return true;
  }

  /** The next record's row, from this sheet or the next; null after the last. */
  private byte[] nextRecord() throws IOException {
    while (true) {
      byte[] row = rows == null ? null : rows.next();
      if (row != null) {
        return row;
      }
      if (!nextSheet()) {
        return null;
      }
    }
  }

  /** Passes from the start so far, and whether the table was then read whole. */
  String passes() {
    return passes + (all != null ? " then whole" : "");
  }

  /** Closes the sheet being passed over. */
  void close() {
    rows = null;
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // A stream of a package opened for reading: nothing is lost.
      }
      in = null;
    }
  }
}
