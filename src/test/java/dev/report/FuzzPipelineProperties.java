package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.lifecycle.PropagationMode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The whole pipeline on random bytes and on odd but well-formed CSVs (mixed encodings,
 * delimiters, quotes, line ends, empty and long fields, any Unicode): it always ends with a report
 * and exit 0 or 1, never an exception; the workbook reopens; every record is a row of its sheet,
 * and, where the delimiter is sure, every cell holds its own text or number.
 * {@code -Dfuzz.tries=N} (the {@code soak} profile) runs N tries of each instead.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class FuzzPipelineProperties {
  private Path dir;

  @BeforeTry
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("fuzz");
  }

  @AfterTry
  void removeDir() throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 600, seed = "20261126")
  void randomBytesNeverBreakTheRun(@ForAll("bytes") byte[] bytes) throws IOException {
    runAndCheck(bytes, -1);
  }

  @Property(tries = 1400, seed = "20261126")
  void oddWellFormedCsvsKeepEveryRecord(@ForAll("csvs") Sample sample) throws IOException {
    ReportResult result = runAndCheck(sample.bytes(), sample.records().size());
    // The records are known where the sniffer took the delimiter they were written with (or
    // where neither that one nor the one it took is in the file).
    String took = result.tables().get(0).delimiter().equals("tab") ? "\t"
        : result.tables().get(0).delimiter();
    boolean sure = !result.tables().get(0).sheet().isEmpty() && (took.equals(sample.delimiter())
        || !sample.text().contains(took) && !sample.text().contains(sample.delimiter()));
    Statistics.collect(sure ? "every record and value" : "count");
    if (!sure) {
      return;
    }
    // Every record is a row of its sheet, every cell its own text or number.
    Charset read = charset(result.tables().get(0).encoding());
    List<List<String>> expected = new java.util.ArrayList<>();
    for (List<String> record : sample.records()) {
      expected.add(record.stream().map(v -> dev.report.check.CellText.clean(
          new String(v.getBytes(sample.charset()), read))).toList());
    }
    try (InputStream s = Files.newInputStream(dir.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      SheetMatchesRecords.check(wb.getSheet(result.tables().get(0).sheet()), expected);
    }
  }

  private static Charset charset(String label) {
    return java.util.Arrays.stream(dev.report.read.TextEncoding.values())
        .filter(e -> e.label().equals(label)).findFirst().orElseThrow().charset();
  }

  /**
   * A generated CSV: its text and bytes; its data records (header and empty lines not), each the
   * values as written; the charset and delimiter it is written with.
   */
  record Sample(String text, byte[] bytes, List<List<String>> records, Charset charset,
      String delimiter) {
    @Override
    public String toString() {
      return records.size() + " records in " + charset + ": "
          + java.util.HexFormat.of().formatHex(bytes);
    }
  }

  /** {@code written}: the records the file holds, or -1 when unknown (random bytes). */
  private ReportResult runAndCheck(byte[] bytes, long written) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("t.csv"), bytes);
    ReportResult result = Report.run(ReportConfig.of(List.of(in), dir.resolve("out")));
    assertThat(result.exitCode()).isIn(ExitCode.OK, ExitCode.DATA_ERRORS);
    long expected = result.tables().get(0).rows();
    try (InputStream s = Files.newInputStream(dir.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      long rows = 0;
      for (Sheet sheet : wb) {
        if (sheet.getSheetName().equals("t") || sheet.getSheetName().startsWith("t (")) {
          rows += sheet.getLastRowNum();
        }
      }
      String sheetName = result.tables().get(0).sheet();
      if (!sheetName.isEmpty()) {
        assertThat(rows).as("records on the sheet").isEqualTo(expected);
        if (written >= 0) {
          assertThat(rows).as("records written in the file").isEqualTo(written);
        }
      }
    }
    return result;
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(3000);
  }

  @Provide
  Arbitrary<Sample> csvs() {
    // No U+FEFF: at the start of a file it is a byte order mark, not a value.
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.strings().all().excludeChars('\uFEFF').ofMaxLength(12),
        Arbitraries.strings().withChars("0123456789.,- %$€").ofMaxLength(10),
        Arbitraries.of("", "n/a", "2024-04-24", "24/04/2024", "1 234,5", "12,5 %", "60-80",
            "true", "=1+1", "@SUM(A1)", "\"", "a\"b", "_x0041_", "https://example.org",
            "\u0000", "\u0007bell", "\uD83D\uDE00", "x".repeat(200)));
    Arbitrary<String> delimiter = Arbitraries.of(",", ";", "\t", "|");
    Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "\r");
    Arbitrary<List<List<String>>> rows = cell.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(25);
    Arbitrary<Charset> charset = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        Charset.forName("windows-1252"));
    Arbitrary<Boolean> quoteAll = Arbitraries.of(true, false);
    return Combinators.combine(rows, delimiter, newline, charset, quoteAll)
        .as((rs, d, nl, cs, q) -> {
          String text = write(rs, d, nl, q);
          List<List<String>> lines = rs.stream()
              .filter(r -> q || r.size() > 1 || !r.get(0).isEmpty()).toList();
          return new Sample(text, encode(text, cs), lines.isEmpty() ? List.of()
              : lines.subList(1, lines.size()), cs, d);
        });
  }

  private static String write(List<List<String>> rows, String d, String nl, boolean quoteAll) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          b.append(d);
        }
        String v = row.get(i);
        boolean needs = quoteAll || v.contains(d) || v.contains("\"") || v.contains("\n")
            || v.contains("\r");
        b.append(needs ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      b.append(nl);
    }
    return b.toString();
  }

  private static byte[] encode(String text, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_16LE)) {
      byte[] body = text.getBytes(cs);
      byte[] out = new byte[body.length + 2];
      out[0] = (byte) 0xFF;
      out[1] = (byte) 0xFE;
      System.arraycopy(body, 0, out, 2, body.length);
      return out;
    }
    return text.getBytes(cs);
  }
}
