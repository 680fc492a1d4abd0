package dev.report.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A worksheet read as a table in the two passes of {@link TableReader}: its cells become the same
 * records as a CSV file's, so that the same profiling, typing and checks apply, while each typed
 * cell keeps the value Excel knew (see {@link SheetCell}).
 */
final class SheetTable {
  /** Non-blank rows looked at to find the header (titles and notes above it are skipped). */
  static final int LOOKAHEAD = 32;

  private SheetTable() {}

  /**
   * First pass over one worksheet: its header row, columns and their types; {@code filled} gets
   * the sentence saying which merged ranges were filled down, if any were.
   */
  static TableProfile profile(Path file, XlsxFile book, XlsxFile.SheetEntry entry, int position,
      ReadOptions options, Consumer<String> filled) throws IOException {
    Scan scan = new Scan(new FillDown(book.merged(entry)));
    SheetRows.read(book, entry, scan::row);
    scan.decide();
    if (!scan.fill.summary().isEmpty()) {
      filled.accept(scan.fill.summary());
    }
    long size = Files.size(file);
    if (scan.labels == null) {
      return new TableProfile(file, size, TextEncoding.UTF_8, Dialect.DEFAULT,
          TableProfile.Status.EMPTY, List.of(), List.of(), List.of(), List.of(), 0, List.of(),
          0, GuessedLines.NONE, new SheetSource(entry.name(), position, entry.relId(), entry.name(),
          0, 0, -1));
    }
    List<ColumnProfile> profiles = scan.profiles;
    while (profiles.size() < scan.labels.size()) {
      profiles.add(new ColumnProfile());
    }
    List<ColumnType> types = new ArrayList<>(profiles.size());
    for (int i = 0; i < profiles.size(); i++) {
      // Typed cells are written with '.' as decimal mark: it is the mark to prefer.
      types.add(profiles.get(i).decide('.', options.dateOrder(),
          i < scan.labels.size() ? scan.labels.get(i) : ""));
    }
    int width = Math.max(scan.width, profiles.size());
    return new TableProfile(file, size, TextEncoding.UTF_8, Dialect.DEFAULT,
        TableProfile.Status.TABLE, scan.labels, TableReader.uniqueNames(scan.labels,
        profiles.size()), types, profiles, scan.records, List.of(), width, GuessedLines.NONE,
        new SheetSource(entry.name(), position, entry.relId(), entry.name(), scan.headerRow,
            Math.max(scan.headerRow, scan.lastRow), width - 1));
  }

  /** What the first pass found, row by row. */
  private static final class Scan {
    final FillDown fill;
    final List<Row> pending = new ArrayList<>();
    List<String> labels;
    long headerRow;
    final List<ColumnProfile> profiles = new ArrayList<>();
    long records;
    long lastRow;
    int width;

    Scan(FillDown fill) {
      this.fill = fill;
    }

    void row(long row, List<SheetCell> cells) {
      if (blank(cells)) {
        return;
      }
      if (labels == null) {
        pending.add(new Row(row, cells));
        if (pending.size() >= LOOKAHEAD) {
          decide();
        }
        return;
      }
      data(row, cells);
    }

    void decide() {
      if (labels != null || pending.isEmpty()) {
        return;
      }
      int h = headerIndex(pending);
      Row header = pending.get(h);
      headerRow = header.row();
      List<String> texts = texts(header.cells(), 0);
      labels = List.copyOf(texts.subList(0, Math.min(texts.size(), TableProfile.MAX_COLUMNS)));
      width = texts.size();
      for (Row r : pending.subList(h + 1, pending.size())) {
        data(r.row(), r.cells());
      }
      pending.clear();
    }

    private void data(long row, List<SheetCell> cells) {
      List<String> fields = texts(fill.apply(row, headerRow, cells), labels.size());
      records++;
      lastRow = row;
      width = Math.max(width, fields.size());
      int kept = Math.min(fields.size(), TableProfile.MAX_COLUMNS);
      while (profiles.size() < kept) {
        profiles.add(new ColumnProfile());
      }
      for (int i = 0; i < kept; i++) {
        profiles.get(i).add(fields.get(i));
      }
    }
  }

  /** A non-blank row held while the header is looked for. */
  private record Row(long row, List<SheetCell> cells) {}

  /**
   * The header: the first row whose cells are mostly text (4 in 5) and about as many as the
   * widest of the rows after it (3 in 4), so that a title or a note above it is passed over;
   * the first row when none is.
   */
  static int headerIndex(List<Row> rows) {
    for (int i = 0; i < rows.size(); i++) {
      List<SheetCell> cells = rows.get(i).cells();
      int filled = 0;
      int text = 0;
      for (SheetCell c : cells) {
        if (!c.text().isBlank()) {
          filled++;
          if (c.isText()) {
            text++;
          }
        }
      }
      if (text == 0 || text * 5 < filled * 4) {
        continue;
      }
      int widest = 0;
      for (int j = i + 1; j < Math.min(rows.size(), i + 6); j++) {
        widest = Math.max(widest, filled(rows.get(j).cells()));
      }
      if (filled * 4 >= widest * 3) {
        return i;
      }
    }
    return 0;
  }

  private static int filled(List<SheetCell> cells) {
    int n = 0;
    for (SheetCell c : cells) {
      if (!c.text().isBlank()) {
        n++;
      }
    }
    return n;
  }

  static boolean blank(List<SheetCell> cells) {
    for (SheetCell c : cells) {
      if (!c.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cells' texts by column, up to the last non-empty cell and at least {@code width}: empty
   * cells at the right are not data, and a shorter row is not short of cells.
   */
  static List<String> texts(List<SheetCell> cells, int width) {
    int last = -1;
    for (SheetCell c : cells) {
      if (!c.isEmpty()) {
        last = Math.max(last, c.column());
      }
    }
    int n = Math.max(width, last + 1);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("");
    }
    for (SheetCell c : cells) {
      if (c.column() < n) {
        out.set(c.column(), c.text());
      }
    }
    return out;
  }

  /** Second pass: the header, then every row up to the last read, typed by {@code readers}. */
  static void read(TableProfile t, List<? extends CellReader> readers,
      TableReader.RecordSink sink) throws IOException {
    SheetSource source = t.sheet();
    int width = readers.size();
    try (XlsxFile book = XlsxFile.open(t.file())) {
      XlsxFile.SheetEntry entry = book.sheets.stream()
          .filter(s -> s.relId().equals(source.relId())).findFirst()
          .orElseThrow(() -> new IOException("the sheet \"" + source.sheet() + "\" is gone"));
      long[] next = {source.headerRow()};
      FillDown fill = new FillDown(book.merged(entry));
      SheetRows.read(book, entry, (row, cells) -> {
        if (row < source.headerRow()) {
          return;
        }
        if (row > source.lastRow()) {
          throw SheetRows.stop();
        }
        for (long g = next[0]; g < row; g++) {
          sink.record(new RawRecord(g, List.of(""), true, false), null);
        }
        next[0] = row + 1;
        if (row == source.headerRow()) {
          sink.record(new RawRecord(row, texts(cells, 0), false, false), null);
          return;
        }
        if (blank(cells)) {
          sink.record(new RawRecord(row, List.of(""), true, false), null);
          return;
        }
        record(row, fill.apply(row, source.headerRow(), cells), readers, width, sink);
      });
    }
  }

  private static void record(long row, List<SheetCell> cells, List<? extends CellReader> readers,
      int width, TableReader.RecordSink sink) throws IOException {
    List<String> fields = texts(cells, width);
    SheetCell[] byColumn = new SheetCell[width];
    for (SheetCell c : cells) {
      if (c.column() < width) {
        byColumn[c.column()] = c;
      }
    }
    Value[] values = new Value[width];
    for (int i = 0; i < width; i++) {
      SheetCell c = byColumn[i];
      Value read = i < fields.size() ? readers.get(i).convert(fields.get(i)) : Value.Empty.NONE;
      if (c != null && c.note() != SheetCell.Note.NONE) {
        read = c.value();
        sink.note(new SheetNote(row, i + 1, c.note() == SheetCell.Note.ERROR_VALUE
            ? SheetNote.Kind.ERROR_VALUE : SheetNote.Kind.NO_CACHED_VALUE, c.detail()));
      } else if (c != null && !c.isText() && c.value().getClass() == read.getClass()) {
        read = c.value();
      } else if (c != null && c.isText() && read instanceof Value.Decimal) {
        sink.note(new SheetNote(row, i + 1, SheetNote.Kind.NUMBER_AS_TEXT, c.text()));
      }
      values[i] = read;
    }
    sink.record(new RawRecord(row, fields, false, false), values);
  }
}
