package dev.report.compare;

import dev.report.read.ColumnType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An earlier report read back: when it was generated, and per table its layout and records, each
 * record as its cells by table column. Read with POI's event API, sheet by sheet.
 */
public record Baseline(Path file, Instant generated, Map<String, Table> tables) {

  /**
   * Bytes of heap per earlier record (its offset in {@link Records}, its slot in the key index,
   * whether it matched), and the share of the heap they may take: a baseline of more records is
   * not compared, rather than the run running out of memory.
   */
  static final long BYTES_PER_RECORD = 40;
  static final int HEAP_SHARE = 4;

  /** Thrown while reading a baseline of more cells than {@link #maxCells}. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  /** The limit instead of the heap's share when positive: a seam for tests. */
  public static volatile long maxRecordsForTests;

  static long maxRecords() {
    return maxRecordsForTests > 0 ? maxRecordsForTests
        : Runtime.getRuntime().maxMemory() / HEAP_SHARE / BYTES_PER_RECORD;
  }

  /** One table of the earlier report. */
  public record Table(TableMeta meta, List<Cell[]> records) {}

  /** What looking for a baseline found: one to compare with, or why there is none. */
  public sealed interface Found permits Usable, Unusable {}

  public record Usable(Baseline baseline) implements Found {}

  /** {@code why}: one line for the console. */
  public record Unusable(String why) implements Found {}

  /**
   * Reads {@code file}, which exists. Never throws for what the file holds: a workbook of another
   * tool or version, or one that cannot be read, is {@link Unusable} with the reason.
   */
  public static Found read(Path file) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      Map<String, Integer> byName = new HashMap<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      while (it.hasNext()) {
        it.next().close();
        byName.put(it.getSheetName(), names.size());
        names.add(it.getSheetName());
      }
      if (!byName.containsKey(TableMeta.SHEET)) {
        return new Unusable("the workbook " + file + " was not written by report (or by a version"
            + " before 0.1.0 that kept no comparison data): no comparison with it");
      }
      List<Cell[]> metaRows = new ArrayList<>();
      sheet(reader, TableMeta.SHEET, s -> SheetRows.read(s, strings, metaRows::add));
      MetaParse meta = MetaParse.of(metaRows);
      if (meta.format() != TableMeta.FORMAT) {
        return new Unusable("the workbook " + file + " was written by " + meta.tool()
            + ", whose comparison data (format " + meta.format() + ") this version does not read:"
            + " no comparison with it");
      }
      Map<String, Table> tables = new LinkedHashMap<>();
      long[] cells = {0};
      long max = maxRecords();
      for (TableMeta t : meta.tables()) {
        Records records = new Records();
        for (String name : t.sheets()) {
          if (!byName.containsKey(name)) {
            return new Unusable("the workbook " + file + " has no sheet \"" + name + "\" any more"
                + " (edited since it was written?): no comparison with it");
          }
          boolean[] header = {true};
          sheet(reader, name, s -> SheetRows.read(s, strings, row -> {
            if (header[0]) {
              header[0] = false;
            } else {
              if (++cells[0] > max) {
                throw new TooLarge();
              }
              try {
                records.append(record(t, row));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          }));
        }
        records.done();
        tables.put(t.file(), new Table(t, records));
      }
      return new Usable(new Baseline(file, meta.generated(), tables));
    } catch (TooLarge e) {
      return new Unusable("the earlier report " + file + " has more than " + maxRecords()
          + " records, too many to compare with a heap of "
          + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB: no comparison this time (give"
          + " java more, such as -Xmx1g, or use --no-compare)");
    } catch (IOException | RuntimeException | org.xml.sax.SAXException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      String locked = Files.isReadable(file) ? "" : " (it is not readable: locked?)";
      return new Unusable("the earlier report " + file + " cannot be read" + locked + ": "
          + reason.lines().findFirst().orElse("") + "; no comparison this time");
    }
  }

  @FunctionalInterface
  private interface SheetBody {
    void read(InputStream in) throws IOException, org.xml.sax.SAXException;
  }

  /** Streams the sheet named {@code name} to {@code body}. */
  private static void sheet(XSSFReader reader, String name, SheetBody body)
      throws IOException, org.xml.sax.SAXException,
      org.apache.poi.openxml4j.exceptions.OpenXML4JException {
    XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
    while (it.hasNext()) {
      try (InputStream in = it.next()) {
        if (it.getSheetName().equals(name)) {
          body.read(in);
          return;
        }
      }
    }
  }

  /** A sheet row as the table's cells, each column's from its sheet column. */
  private static Cell[] record(TableMeta t, Cell[] row) {
    Cell[] cells = new Cell[t.columns().size()];
    for (int i = 0; i < cells.length; i++) {
      int at = t.columns().get(i).at();
      Cell c = at >= 0 && at < row.length ? row[at] : null;
      cells[i] = c == null ? Cell.BLANK : c;
    }
    return cells;
  }

  /** The kind of column {@code i} of a table, for showing its cells. */
  static ColumnType.Kind kind(TableMeta t, int i) {
    return i < 0 ? null : t.columns().get(i).kind();
  }
}
