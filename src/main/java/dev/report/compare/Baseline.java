package dev.report.compare;

import dev.report.read.ColumnType;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An earlier report read back with POI's event API, in two steps. {@link #read} reads only its
 * comparison sheet: when it was generated, per table its layout, key and each record's
 * fingerprints. {@link #table} then gives a table's records: read only when asked for, where the
 * workbook is as this tool wrote it and the new table has the same columns (the fingerprints tell
 * which records are the same); else read whole.
 */
public final class Baseline implements Closeable {

  /**
   * Bytes of heap per earlier record (its fingerprints, its slot in the key index, whether it
   * matched; or its offset in {@link Records}), and the share of the heap they may take: a baseline
   * of more records is not compared, rather than the run running out of memory.
   */
  static final long BYTES_PER_RECORD = 40;
  static final int HEAP_SHARE = 4;
  /** The application that the workbooks of this tool name; another one saved the workbook since. */
  public static final String APPLICATION = "report";

  /** The most earlier records compared with this JVM's heap. */
  public static long maxRecords() {
    return Runtime.getRuntime().maxMemory() / HEAP_SHARE / BYTES_PER_RECORD;
  }

  /** Thrown while reading a baseline of more records than {@link #maxRecords}. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  /**
   * One table of the earlier report; {@code digests} and {@code keys} null: read whole. Else
   * {@code projection} gives, per earlier column, the new column whose cells it held (so that a
   * new record's fingerprint is made of the same columns, in the same order).
   */
  public record Table(TableMeta meta, List<Cell[]> records, long[] digests, long[] keys,
      int[] projection) {
    /** Whether records are known by their fingerprints (and read only when needed). */
    boolean fingerprinted() {
      return digests != null;
    }
  }

  /** What looking for a baseline found: one to compare with, or why there is none. */
  public sealed interface Found permits Usable, Unusable {}

  public record Usable(Baseline baseline) implements Found {}

  /** {@code why}: one line for the console. */
  public record Unusable(String why) implements Found {}

  private final Path file;
  private final Instant generated;
  private final Map<String, TableMeta> tables;
  private final Map<String, long[]> digests;
  private final Map<String, long[]> keys;
  /** Whether no other application saved the workbook since this tool wrote it. */
  private final boolean asWritten;
  private final long maxRecords;
  private final Source source;

  private Baseline(Path file, MetaParse meta, Map<String, long[]> digests,
      Map<String, long[]> keys, boolean asWritten, long maxRecords, Source source) {
    this.file = file;
    this.generated = meta.generated();
    Map<String, TableMeta> byFile = new LinkedHashMap<>();
    meta.tables().forEach(t -> byFile.put(t.file(), t));
    this.tables = Collections.unmodifiableMap(byFile);
    this.digests = digests;
    this.keys = keys;
    this.asWritten = asWritten;
    this.maxRecords = maxRecords;
    this.source = source;
  }

  public Path file() {
    return file;
  }

  public Instant generated() {
    return generated;
  }

  /** The file names of the earlier report's tables, in its order. */
  public Set<String> tableFiles() {
    return tables.keySet();
  }

  /**
   * Reads {@code file}'s comparison sheet; {@code maxRecords}: the most records compared, else
   * none is. Never throws for what the file holds: a workbook of another tool or version, or one
   * that cannot be read, is {@link Unusable} with the reason. A usable one is closed by the caller.
   */
  public static Found read(Path file, long maxRecords) {
    Source source = null;
    try {
      source = new Source(file);
      if (!source.sheetNames().contains(TableMeta.SHEET)) {
        source.close();
        return new Unusable("the workbook " + file + " was not written by report (or by a version"
            + " before 0.1.0 that kept no comparison data): no comparison with it");
      }
      List<Cell[]> metaRows = new ArrayList<>();
      Map<String, LongList> digests = new LinkedHashMap<>();
      Map<String, LongList> keys = new LinkedHashMap<>();
      long[] count = {0};
      try (InputStream in = source.sheet(TableMeta.SHEET)) {
        SheetRows.read(in, source.strings(), row -> {
          String what = MetaParse.text(row, 0);
          Map<String, LongList> to = what.equals(MetaParse.DIGESTS) ? digests
              : what.equals(MetaParse.KEYS) ? keys : null;
          if (to == null) {
            metaRows.add(row);
            return;
          }
          LongList list = to.computeIfAbsent(MetaParse.text(row, 1), k -> new LongList());
          long before = list.size();
          MetaParse.decode(row, list);
          if (to == digests && (count[0] += list.size() - before) > maxRecords) {
            throw new TooLarge();
          }
        });
      }
      MetaParse meta = MetaParse.of(metaRows);
      if (meta.format() != TableMeta.FORMAT) {
        source.close();
        return new Unusable("the workbook " + file + " was written by " + meta.tool()
            + ", whose comparison data (format " + meta.format() + ") this version does not read:"
            + " no comparison with it");
      }
      boolean asWritten = APPLICATION.equals(source.application());
      return new Usable(new Baseline(file, meta, arrays(digests), arrays(keys), asWritten,
          maxRecords, source));
    } catch (TooLarge e) {
      source.close();
      return tooLarge(file, maxRecords);
    } catch (IOException | RuntimeException | org.xml.sax.SAXException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      if (source != null) {
        source.close();
      }
      return new Unusable(unreadable(file, e));
    }
  }

  private static Unusable tooLarge(Path file, long maxRecords) {
    return new Unusable("the earlier report " + file + " has more than " + maxRecords
        + " records, too many to compare with a heap of "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB: no comparison this time (give"
        + " java more, such as -Xmx1g, or use --no-compare)");
  }

  /** One line saying why {@code file} cannot be read. */
  static String unreadable(Path file, Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String locked = Files.isReadable(file) ? "" : " (it is not readable: locked?)";
    return "the earlier report " + file + " cannot be read" + locked + ": "
        + reason.lines().findFirst().orElse("") + "; no comparison this time";
  }

  private static Map<String, long[]> arrays(Map<String, LongList> lists) {
    Map<String, long[]> out = new LinkedHashMap<>();
    lists.forEach((k, v) -> out.put(k, v.toArray()));
    return out;
  }

  /**
   * The earlier table of {@code file} to compare with a new table of these columns and declared
   * key, or null when the earlier report has none. Read only as needed when it can be (see the
   * class comment). Throws {@link CannotCompare} when the table cannot be read.
   */
  public Table table(String file, List<String> names, List<ColumnType.Kind> kinds,
      List<String> declaredKey) {
    TableMeta meta = tables.get(file);
    if (meta == null) {
      return null;
    }
    long[] d = digests.get(file);
    long[] k = keys.get(file);
    // Each earlier column must be a new column of its type (columns may be added, renamed or
    // moved), and the key the earlier one.
    int[] old = meta.columnsOf(names);
    int[] projection = new int[meta.columns().size()];
    java.util.Arrays.fill(projection, -1);
    for (int i = 0; i < old.length; i++) {
      if (old[i] >= 0 && meta.columns().get(old[i]).kind() == kinds.get(i)) {
        projection[old[i]] = i;
      }
    }
    boolean projected = java.util.Arrays.stream(projection).allMatch(i -> i >= 0);
    boolean sameKey = declaredKey.isEmpty() || declaredKey.equals(meta.key());
    if (asWritten && d != null && projected && sameKey && meta.key().isEmpty() == (k == null)
        && (k == null || k.length == d.length)) {
      return new Table(meta, new OldRows(source, meta, d.length, () -> whole(meta)), d, k,
          projection);
    }
    return new Table(meta, whole(meta), null, null, null);
  }

  /** Why a table of the earlier report cannot be compared: one line for the console. */
  public static final class CannotCompare extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotCompare(String why) {
      super(why, null, false, false);
    }
  }

  /** Every record of the earlier table, each read into a temporary file. */
  private List<Cell[]> whole(TableMeta t) {
    try {
      Records records = new Records();
      long[] n = {0};
      for (String name : t.sheets()) {
        boolean[] header = {true};
        try (InputStream in = source.sheet(name)) {
          if (in == null) {
            throw new CannotCompare("the earlier report " + file + " has no sheet \"" + name
                + "\" any more (edited since it was written?): " + t.file() + " is not compared");
          }
          SheetRows.read(in, source.strings(), row -> {
            if (header[0]) {
              header[0] = false;
            } else if (++n[0] > maxRecords) {
              throw new TooLarge();
            } else {
              try {
                records.append(record(t, row));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
        }
      }
      records.done();
      return records;
    } catch (TooLarge e) {
      throw new CannotCompare(tooLarge(file, maxRecords).why());
    } catch (IOException | org.xml.sax.SAXException | RuntimeException e) {
      if (e instanceof CannotCompare c) {
        throw c;
      }
      throw new CannotCompare(unreadable(file, e).replace("; no comparison this time",
          "; " + t.file() + " is not compared"));
    }
  }

  /** A sheet row as the table's cells, each column's from its sheet column. */
  static Cell[] record(TableMeta t, Cell[] row) {
    Cell[] cells = new Cell[t.columns().size()];
    for (int i = 0; i < cells.length; i++) {
      int at = t.columns().get(i).at();
      Cell c = at >= 0 && at < row.length ? row[at] : null;
      cells[i] = c == null ? Cell.BLANK : c;
    }
    return cells;
  }

  /** Closes the workbook; closing again does nothing. */
  @Override
  public void close() {
    source.close();
  }
}
