package dev.report.compare;

import dev.report.read.ColumnType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the comparison sheet, all texts: {@code report, FORMAT, tool, generated}, then per
 * table {@code table, file, sheet...}, {@code column, file, name, kind, format, at} per column,
 * {@code key, file, name...} and {@code line, file, record index, line} per line jump.
 */
record MetaParse(int format, String tool, Instant generated, List<TableMeta> tables) {

  /** The rows that describe the report, in the order above. */
  static List<List<String>> rows(String tool, Instant generated, List<TableMeta> tables) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("report", Integer.toString(TableMeta.FORMAT), tool, generated.toString()));
    for (TableMeta t : tables) {
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
    }
    return rows;
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

  private static String text(Cell[] row, int i) {
    return i < row.length && row[i] instanceof Cell.Txt t ? t.text() : "";
  }
}
