package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
 * and exit 0 or 1, never an exception; the workbook reopens; every record is on its sheet.
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
    runAndCheck(sample.bytes(), sample.records());
    boolean checkValues = sample.records() > 0 && !sample.firstRecord().isEmpty();
    Statistics.collect(checkValues ? "count and values" : "count");
    if (!checkValues) {
      return;
    }
    // A sample of values: each text cell of the first record is one of the record's own values.
    try (InputStream s = Files.newInputStream(dir.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet sheet = wb.getSheet("t");
      if (sheet == null || sheet.getRow(1) == null) {
        return;
      }
      for (org.apache.poi.ss.usermodel.Cell c : sheet.getRow(1)) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
          assertThat(sample.firstRecord()).as("cell %s", c.getAddress())
              .contains(c.getStringCellValue());
        }
      }
    }
  }

  /** A generated CSV and the number of data records written in it (header and empty lines not). */
  /**
   * A generated CSV, the number of data records written in it (header and empty lines not) and
   * the texts of its first record's cells as the file's encoding keeps them (empty when the
   * delimiter is a guess: a header of one cell, or another delimiter's character in the text).
   */
  record Sample(byte[] bytes, long records, Set<String> firstRecord) {
    @Override
    public String toString() {
      return records + " records: " + java.util.HexFormat.of().formatHex(bytes);
    }
  }

  /** {@code written}: the records the file holds, or -1 when unknown (random bytes). */
  private void runAndCheck(byte[] bytes, long written) throws IOException {
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
        .as((rs, d, nl, cs, q) -> new Sample(encode(write(rs, d, nl, q), cs), records(rs, q),
            unambiguous(write(rs, d, nl, q), d) ? firstRecord(rs, q, cs) : Set.of()));
  }

  /** Whether no other delimiter the sniffer weighs appears in the text: its guess is then sure. */
  private static boolean unambiguous(String text, String d) {
    for (String other : List.of(",", ";", "\t", "|")) {
      if (!other.equals(d) && text.contains(other)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first data record's cells as the workbook shows them: through the file's encoding (what
   * it cannot hold becomes '?') and without control characters. Empty when the header is a
   * single cell or there is no such record.
   */
  private static Set<String> firstRecord(List<List<String>> rows, boolean quoteAll, Charset cs) {
    List<List<String>> lines = rows.stream()
        .filter(r -> quoteAll || r.size() > 1 || !r.get(0).isEmpty()).toList();
    if (lines.size() < 2 || lines.get(0).size() < 2) {
      return Set.of();
    }
    Set<String> texts = new java.util.HashSet<>();
    for (String v : lines.get(1)) {
      texts.add(dev.report.check.CellText.clean(new String(v.getBytes(cs), cs)));
    }
    return texts;
  }

  /** Rows written as a non-empty line, but the first (the header). */
  private static long records(List<List<String>> rows, boolean quoteAll) {
    long lines = rows.stream()
        .filter(r -> quoteAll || r.size() > 1 || !r.get(0).isEmpty()).count();
    return Math.max(0, lines - 1);
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
