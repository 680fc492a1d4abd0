package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader gives the same records whatever the reads of its input look like: whole (the filter
 * decides quotes within its buffer, copies runs of characters at once) or one character at a
 * time (every decision and character goes the general way). Seeded: the same cases every run.
 */
class RecordReaderProperties {
  /** Text made of the characters that matter to the filter, and a few others. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(",,,\"\"\"\n\r;ab \uFDD0").ofMaxLength(60);
  }

  @Property(tries = 3000, seed = "20261204")
  void readsOfAnySizeGiveTheSameRecords(@ForAll("texts") String text) throws IOException {
    List<RawRecord> whole = records(new StringReader(text));
    assertThat(records(new OneCharReader(text))).as(text).isEqualTo(whole);
    // And the text comes back: fields joined by the delimiter hold every character but quotes
    // and line ends (those of a field are kept, as written, in it).
    String kept = text.replace("\"", "").replace("\n", "").replace("\r", "").replace(",", "");
    StringBuilder seen = new StringBuilder();
    for (RawRecord r : whole) {
      for (String f : r.fields()) {
        seen.append(f);
      }
    }
    String back = seen.toString().replace("\"", "").replace("\n", "").replace("\r", "")
        .replace(",", "");
    assertThat(back).as(text).isEqualTo(kept);
  }

  /** Rows of cells of any characters but the noncharacter escape, of one to four cells each. */
  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab,\"\r\n ").ofMaxLength(8),
        Arbitraries.strings().all().excludeChars('\uFDD0').ofMaxLength(6),
        Arbitraries.of("", "\"", "\"\"", "a\"", "\"a", "5\" screen", "x\r\ny", "\r", "\n"));
    return cell.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(8);
  }

  /**
   * Cells written as a CSV writer would (quoted when they hold a delimiter, a quote or a line
   * break; every line end LF, CRLF or CR) read back exactly, each record at its line; unless a
   * quoted cell spans lines shaped like records, which the reader takes for a stray quote.
   */
  @Property(tries = 3000, seed = "20261204")
  void wellFormedCsvReadsBackAsWritten(@ForAll("tables") List<List<String>> rows,
      @ForAll("lineEnds") String lineEnd) throws IOException {
    StringBuilder text = new StringBuilder();
    List<Long> lines = new ArrayList<>();
    long line = 1;
    for (List<String> row : rows) {
      lines.add(line);
      for (int i = 0; i < row.size(); i++) {
        String v = row.get(i);
        text.append(i > 0 ? "," : "");
        boolean quote = v.isEmpty() && row.size() == 1 || v.matches("(?s).*[,\"\r\n].*");
        text.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        line += breaks(v);
      }
      text.append(lineEnd);
      line++;
    }
    net.jqwik.api.Assume.that(!swallowsShapedLines(rows));
    List<RawRecord> read = records(new StringReader(text.toString()));
    assertThat(read).extracting(RawRecord::fields).as(text.toString()).isEqualTo(rows);
    assertThat(read).extracting(RawRecord::line).isEqualTo(lines);
    assertThat(read).extracting(RawRecord::quote).containsOnly(RawRecord.QuoteState.CLOSED);
  }

  @Provide
  Arbitrary<String> lineEnds() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  private static long breaks(String v) {
    return v.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
  }

  /** Whether a cell spans lines, one of which inside has as many commas as the header. */
  private static boolean swallowsShapedLines(List<List<String>> rows) {
    int header = rows.get(0).size() - 1;
    for (List<String> row : rows.subList(1, rows.size())) {
      for (String v : row) {
        String[] parts = v.replace("\r\n", "\n").split("[\r\n]", -1);
        for (int i = 1; i < parts.length - 1; i++) {
          if (parts[i].chars().filter(c -> c == ',').count() == header) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<RawRecord> records(Reader in) throws IOException {
    List<RawRecord> out = new ArrayList<>();
    try (RecordReader reader = new RecordReader(in, Dialect.DEFAULT)) {
      for (RawRecord r; (r = reader.next()) != null; ) {
        out.add(r);
      }
    }
    return out;
  }
}
