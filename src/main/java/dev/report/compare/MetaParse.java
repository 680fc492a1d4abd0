package dev.report.compare;

import dev.report.read.ColumnType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the comparison sheet, all texts: {@code report, FORMAT, tool, generated}, then per
 * table {@code table, file, sheet...}, {@code column, file, name, kind, format, at} per column,
 * {@code key, file, name...}, {@code line, file, record index, line} per line jump, then
 * {@code digests, file, chunk...} and {@code keys, file, chunk...}: each record's fingerprint and
 * its key's ({@link Digest}), in record order, as Base64 of big-endian longs, {@link #PER_CHUNK}
 * a cell and {@link #PER_ROW} cells a row.
 */
record MetaParse(int format, String tool, Instant generated, List<TableMeta> tables) {
  static final String DIGESTS = "digests";
  static final String KEYS = "keys";
  /** Longs per cell: 21,848 characters, under Excel's 32,767 a cell. */
  static final int PER_CHUNK = 2048;
  static final int PER_ROW = 16;

  /** The rows that describe the report, in the order above. */
  static void rows(String tool, Instant generated, List<TableMeta> tables,
      List<Fingerprints.Done> kept, Consumer<List<String>> out) {
    out.accept(List.of("report", Integer.toString(TableMeta.FORMAT), tool, generated.toString()));
    for (TableMeta t : tables) {
      List<List<String>> rows = new ArrayList<>();
      List<String> table = new ArrayList<>(List.of("table", t.file()));
      table.addAll(t.sheets());
      rows.add(table);
      for (TableMeta.Column c : t.columns()) {
        rows.add(List.of("column", t.file(), c.name(), c.kind().name(), c.format(),
            Integer.toString(c.at())));
      }
      List<String> key = new ArrayList<>(List.of("key", t.file()));
      key.addAll(t.key());
      rows.add(key);
      for (int i = 0; i + 1 < t.lines().length; i += 2) {
        rows.add(List.of("line", t.file(), Long.toString(t.lines()[i]),
            Long.toString(t.lines()[i + 1])));
      }
      rows.forEach(out);
    }
    for (int i = 0; i < tables.size(); i++) {
      Fingerprints.Done d = kept.get(i);
      encode(DIGESTS, tables.get(i).file(), d.digests(), out);
      if (d.keys() != null) {
        encode(KEYS, tables.get(i).file(), d.keys(), out);
      }
    }
  }

  private static void encode(String what, String file, LongSpill values, Consumer<List<String>> out) {
    LongSpill.Reader r = values.reader();
    long left = values.size();
    ByteBuffer chunk = ByteBuffer.allocate(PER_CHUNK * Long.BYTES);
    Base64.Encoder base64 = Base64.getEncoder();
    while (left > 0) {
      List<String> row = new ArrayList<>(List.of(what, file));
      for (int c = 0; c < PER_ROW && left > 0; c++) {
        chunk.clear();
        for (int k = 0; k < PER_CHUNK && left > 0; k++, left--) {
          chunk.putLong(r.next());
        }
        row.add(base64.encodeToString(Arrays.copyOf(chunk.array(), chunk.position())));
      }
      out.accept(row);
    }
  }

  /** Adds the longs of a {@code digests} or {@code keys} row to {@code to}. */
  static void decode(Cell[] row, LongList to) {
    Base64.Decoder base64 = Base64.getDecoder();
    for (int i = 2; i < row.length; i++) {
      byte[] bytes;
      try {
        bytes = base64.decode(text(row, i));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("its comparison sheet was edited");
      }
      if (bytes.length % Long.BYTES != 0) {
        throw new IllegalArgumentException("its comparison sheet was edited");
      }
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        to.add(b.getLong());
      }
    }
  }

  /** Reads the rows back; throws IllegalArgumentException when they are not such rows. */
  static MetaParse of(List<Cell[]> rows) {
    if (rows.isEmpty() || !text(rows.get(0), 0).equals("report")) {
      throw new IllegalArgumentException("its comparison sheet was edited");
    }
    Cell[] head = rows.get(0);
    int format;
    try {
      format = Integer.parseInt(text(head, 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("its comparison sheet was edited");
    }
    if (format != TableMeta.FORMAT) {
      return new MetaParse(format, text(head, 2), Instant.EPOCH, List.of());
    }
    Map<String, Builder> tables = new LinkedHashMap<>();
    for (Cell[] row : rows.subList(1, rows.size())) {
      String what = text(row, 0);
      String file = text(row, 1);
      if (what.equals("table")) {
        Builder b = new Builder();
        for (int i = 2; i < row.length; i++) {
          b.sheets.add(text(row, i));
        }
        tables.put(file, b);
        continue;
      }
      Builder b = tables.get(file);
      if (b == null) {
        throw new IllegalArgumentException("its comparison sheet was edited");
      }
      switch (what) {
        case "column" -> b.columns.add(new TableMeta.Column(text(row, 2),
            ColumnType.Kind.valueOf(text(row, 3)), text(row, 4), Integer.parseInt(text(row, 5))));
        case "key" -> {
          for (int i = 2; i < row.length; i++) {
            b.key.add(text(row, i));
          }
        }
        case "line" -> {
          b.lines.add(Long.parseLong(text(row, 2)));
          b.lines.add(Long.parseLong(text(row, 3)));
        }
        default -> throw new IllegalArgumentException("its comparison sheet was edited");
      }
    }
    List<TableMeta> metas = new ArrayList<>();
    tables.forEach((file, b) -> metas.add(new TableMeta(file, b.sheets, b.columns, b.key,
        b.lines.stream().mapToLong(Long::longValue).toArray())));
    return new MetaParse(format, text(head, 2), Instant.parse(text(head, 3)), metas);
  }

  private static final class Builder {
    final List<String> sheets = new ArrayList<>();
    final List<TableMeta.Column> columns = new ArrayList<>();
    final List<String> key = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
  }

  static String text(Cell[] row, int i) {
    return i < row.length && row[i] instanceof Cell.Txt t ? t.text() : "";
  }
}
