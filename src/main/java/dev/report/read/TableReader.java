package dev.report.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a CSV file in two streaming passes: {@link #profile} learns its encoding, dialect,
 * columns and types; {@link #read} then delivers every record with typed values.
 */
public final class TableReader {
  private TableReader() {}

  /** Receives the records of the second pass, in file order. */
  public interface RecordSink {
    /**
     * One physical record. {@code values} has one entry per column of the profile (cells
     * missing from a short record are empty); it is null for empty lines and the header.
     */
    void record(RawRecord record, Value[] values) throws IOException;

    /** What a worksheet's cell says beyond its text; comes before the cell's record. */
    default void note(SheetNote note) throws IOException {}
  }

  /** First pass: sniffs the file and reads every value to decide the column types. */
  public static TableProfile profile(Path file, ReadOptions options) throws IOException {
    return profile(file, options, (char) 0, (char) 0, Dialect.Header.FIRST_LINE);
  }

  /**
   * First pass, with what a descriptor states of the dialect: a {@code delimiter} or
   * {@code quote} other than 0 replaces the sniffed one. Without a header line, the columns are
   * named {@code field1}, {@code field2}... after the first record's cells.
   */
  public static TableProfile profile(Path file, ReadOptions options, char delimiter, char quote,
      Dialect.Header header) throws IOException {
    Sniffer.Probe sniffed = Sniffer.probe(file);
    Sniffer.Probe probe = new Sniffer.Probe(sniffed.encoding(),
        sniffed.dialect().with(delimiter, quote, header), sniffed.binary(), sniffed.size());
    if (probe.binary()) {
      return new TableProfile(file, probe.size(), probe.encoding(), probe.dialect(),
          TableProfile.Status.NOT_TEXT, List.of(), List.of(), List.of(), List.of(), 0, List.of());
    }
    Scan scan = scan(file, probe);
    List<String> labels = scan.labels;
    List<ColumnProfile> profiles = scan.profiles;
    long records = scan.records;
    if (labels == null || records == 0 && probe.dialect().header() == Dialect.Header.NONE) {
      return new TableProfile(file, probe.size(), probe.encoding(), probe.dialect(),
          TableProfile.Status.EMPTY, List.of(), List.of(), List.of(), List.of(), 0,
          List.of());
    }
    while (profiles.size() < labels.size()) {
      profiles.add(new ColumnProfile());
    }
    List<ColumnType> types = new ArrayList<>(profiles.size());
    for (int i = 0; i < profiles.size(); i++) {
      types.add(profiles.get(i).decide(options.decimalMark(), options.dateOrder(),
          i < labels.size() ? labels.get(i) : ""));
    }
    return new TableProfile(file, probe.size(), probe.encoding(), probe.dialect(),
        TableProfile.Status.TABLE, labels, uniqueNames(labels, profiles.size()), types, profiles,
        records, scan.strayQuotes, Math.max(scan.width, profiles.size()), scan.guessed);
  }

  /** What one pass over the records found. */
  private static final class Scan {
    List<String> labels;
    final List<ColumnProfile> profiles = new ArrayList<>();
    long records;
    /** The most cells of any line (counted past the cap). */
    int width;
    List<Long> strayQuotes = List.of();
    GuessedLines guessed = GuessedLines.NONE;
  }

  private static Scan scan(Path file, Sniffer.Probe probe) throws IOException {
    Scan scan = new Scan();
    Reader text = decoder(file, probe.encoding());
    try (RecordReader reader = new RecordReader(text, probe.dialect())) {
      RawRecord r;
      while ((r = reader.next()) != null) {
        if (r.emptyLine()) {
          continue;
        }
        List<String> fields = r.fields();
        int cells = fields.size();
        scan.width = Math.max(scan.width, cells);
        if (scan.labels == null) {
          int named = Math.min(cells, TableProfile.MAX_COLUMNS);
          if (probe.dialect().header() == Dialect.Header.FIRST_LINE) {
            List<String> labels = new ArrayList<>(fields.subList(0, named));
            // A second byte order mark (a file saved twice by a tool that adds one) is not
            // part of the first name; the encoding's own was skipped with the bytes.
            labels.set(0, labels.get(0).replaceFirst("^\uFEFF+", ""));
            scan.labels = List.copyOf(labels);
            continue;
          }
          List<String> generated = new ArrayList<>();
          for (int i = 1; i <= named; i++) {
            generated.add("field" + i);
          }
          scan.labels = generated;
        }
        scan.records++;
        int kept = Math.min(cells, TableProfile.MAX_COLUMNS);
        while (scan.profiles.size() < kept) {
          scan.profiles.add(new ColumnProfile());
        }
        for (int i = 0; i < kept; i++) {
          scan.profiles.get(i).add(fields.get(i));
        }
      }
      scan.strayQuotes = reader.strayQuotes();
    }
    if (text instanceof LineDecoder lines) {
      scan.guessed = lines.guessed();
    }
    return scan;
  }

  /** Second pass: delivers the header and every record, typed by the profile's column types. */
  public static void read(TableProfile table, RecordSink sink) throws IOException {
    read(table, table.types(), sink);
  }

  /** Second pass, each column typed by its reader (one per column of the profile). */
  public static void read(TableProfile table, List<? extends CellReader> readers, RecordSink sink)
      throws IOException {
    if (table.status() != TableProfile.Status.TABLE) {
      return;
    }
    if (readers.size() != table.columns().size()) {
      throw new IllegalArgumentException("one reader per column");
    }
    if (table.sheet() != null) {
      SheetTable.read(table, readers, sink);
      return;
    }
    List<? extends CellReader> types = readers;
    int width = types.size();
    boolean headerSeen = table.dialect().header() == Dialect.Header.NONE;
    // The same records as the first pass: the reader decides stray quotes the same way.
    try (RecordReader reader = open(table.file(), table.encoding(), table.dialect())) {
      RawRecord r;
      while ((r = reader.next()) != null) {
        if (r.emptyLine() || !headerSeen) {
          headerSeen |= !r.emptyLine();
          sink.record(r, null);
          continue;
        }
        List<String> fields = r.fields();
        Value[] values = new Value[width];
        for (int i = 0; i < width; i++) {
          values[i] = i < fields.size() ? types.get(i).convert(fields.get(i)) : Value.Empty.NONE;
        }
        sink.record(r, values);
      }
    }
  }

  private static RecordReader open(Path file, TextEncoding encoding, Dialect dialect)
      throws IOException {
    return new RecordReader(decoder(file, encoding), dialect);
  }

  /** The file's text after its byte order mark; bytes it cannot read become U+FFFD. */
  private static Reader decoder(Path file, TextEncoding encoding) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      in.skipNBytes(encoding.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    if (encoding.mixed()) {
      return new LineDecoder(in);
    }
    return new InputStreamReader(in, encoding.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /**
   * Column names that are unique ignoring case: a blank label becomes {@code column N}, a repeated
   * one {@code name (2)}, and cells beyond the header {@code column N} (N is 1-based).
   */
  static List<String> uniqueNames(List<String> labels, int width) {
    List<String> names = new ArrayList<>(width);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < width; i++) {
      String label = i < labels.size() ? Missing.trim(labels.get(i)) : "";
      String base = label.isEmpty() ? "column " + (i + 1) : label;
      String name = base;
      for (int k = 2; !seen.add(name.toLowerCase(Locale.ROOT)); k++) {
        name = base + " (" + k + ")";
      }
      names.add(name);
    }
    return names;
  }
}
