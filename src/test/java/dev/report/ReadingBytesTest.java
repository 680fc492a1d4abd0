package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose bytes are odd but whose text is a table, through the command line: every record
 * lands on its sheet, and what had to be changed or guessed is an issue at its line and column.
 */
class ReadingBytesTest {
  @TempDir Path tmp;

  private Cli.Run run(String name, byte[]... parts) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      bytes.write(p);
    }
    Files.write(in.resolve(name), bytes.toByteArray());
    return Cli.run(in.toString(), "-o", tmp.resolve("out").toString(), "-q");
  }

  private XSSFWorkbook workbook() throws IOException {
    try (InputStream in = Files.newInputStream(tmp.resolve("out/report.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }

  private List<String> issues() {
    return IssuesCsv.read(tmp.resolve("out")).stream().map(IssuesCsv.Row::brief).toList();
  }

  /** The Encoding cell of the About sheet's row of {@code file}. */
  private static String aboutEncoding(XSSFWorkbook wb, String file) {
    Sheet about = wb.getSheet("About");
    for (Row r : about) {
      if (r.getCell(0) != null && r.getCell(4) != null
          && file.equals(r.getCell(0).getStringCellValue())) {
        return r.getCell(4).getStringCellValue();
      }
    }
    throw new AssertionError("no About row for " + file);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  // ---- item 4: a few NUL bytes are control characters, not a binary file

  @Test
  void oneNulByteInA2001RecordFileIsRemovedWithAWarningAndNoRecordIsLost() throws IOException {
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 1; i <= 2001; i++) {
      csv.append(i).append(',').append(i == 1000 ? "be\u0000fore" : "n" + i).append('\n');
    }
    Cli.Run run = run("t.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (XSSFWorkbook wb = workbook()) {
      Sheet t = wb.getSheet("t");
      assertThat(t).isNotNull();
      assertThat(t.getLastRowNum()).isEqualTo(2001);
      assertThat(t.getRow(1000).getCell(1).getStringCellValue()).isEqualTo("before");
      assertThat(t.getRow(2001).getCell(1).getStringCellValue()).isEqualTo("n2001");
      assertThat(aboutEncoding(wb, "t.csv")).isEqualTo("UTF-8");
    }
    assertThat(issues()).containsExactly("t.csv:1001:name: warning: control-character: the value"
        + " holds control characters, which Excel cannot show; they were removed in the workbook");
  }

  /** A file mostly of control bytes (an image renamed .csv) is still one error, not a table. */
  @Test
  void aMostlyBinaryFileIsStillNotText() throws IOException {
    byte[] png = new byte[4096];
    new java.util.Random(19).nextBytes(png);
    Cli.Run run = run("image.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
        png);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(issues()).containsExactly("image.csv:0:: error: encoding-error: the file is not"
        + " text (it holds binary bytes); it was not read as a table (export it again as CSV)");
  }

  // ---- item 10: UTF-16 without a byte order mark

  @Test
  void utf16WithoutAByteOrderMarkIsReadInBothByteOrders() throws IOException {
    String csv = "name,city,since\nZoë,Besançon,2024-04-24\n李,東京,2023-01-31\n";
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Cli.Run run = run("t.csv", csv.getBytes(cs));
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(issues()).as(cs.name()).isEmpty();
      try (XSSFWorkbook wb = workbook()) {
        Sheet t = wb.getSheet("t");
        assertThat(t.getLastRowNum()).isEqualTo(2);
        assertThat(t.getRow(0).getCell(1).getStringCellValue()).isEqualTo("city");
        assertThat(t.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Zoë");
        assertThat(t.getRow(2).getCell(1).getStringCellValue()).isEqualTo("東京");
        assertThat(t.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(java.time.LocalDate.of(2023, 1, 31));
        assertThat(aboutEncoding(wb, "t.csv")).isEqualTo(cs.name() + " without BOM");
      }
    }
  }

  // ---- item 12: Excel's sep= line

  /** The Delimiter cell of the About sheet's row of {@code file}. */
  private static String aboutDelimiter(XSSFWorkbook wb, String file) {
    for (Row r : wb.getSheet("About")) {
      if (r.getCell(0) != null && r.getCell(5) != null
          && file.equals(r.getCell(0).getStringCellValue())) {
        return r.getCell(5).getStringCellValue();
      }
    }
    throw new AssertionError("no About row for " + file);
  }

  /**
   * Excel's {@code sep=;} first line names the delimiter and is not the header; records keep
   * their physical line numbers, and the About sheet says where the delimiter came from.
   */
  @Test
  void excelsSepLineNamesTheDelimiterAndIsNotTheHeader() throws IOException {
    Cli.Run run = run("t.csv", ascii("sep=;\r\nname;amount\r\nA;1,5\r\nB;2,5\r\nC;3\r\nD;4\r\n"
        + "E;5\r\nF;abc\r\n"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (XSSFWorkbook wb = workbook()) {
      Sheet t = wb.getSheet("t");
      assertThat(t.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
      assertThat(t.getRow(0).getCell(1).getStringCellValue()).isEqualTo("amount");
      assertThat(t.getLastRowNum()).isEqualTo(6);
      assertThat(t.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.5);
      assertThat(t.getRow(6).getCell(1).getStringCellValue()).isEqualTo("abc");
      assertThat(aboutDelimiter(wb, "t.csv")).isEqualTo("; (from the file's first line, sep=;)");
    }
    assertThat(issues()).containsExactly("t.csv:8:amount: warning: type-error: expected a number"
        + " with ',' as decimal mark like the other values of \"amount\" (6 values); kept as text");
  }

  /** Any delimiter character, even one the sniffer would not choose, and with a BOM before it. */
  @Test
  void aSepLineOfAnyCharacterIsHonoured() throws IOException {
    Cli.Run run = run("t.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        ascii("sep=:\nname:note\nA:x, y, z\nB:p, q\n"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(issues()).isEmpty();
    try (XSSFWorkbook wb = workbook()) {
      Sheet t = wb.getSheet("t");
      assertThat(EndToEndTest.texts(t.getRow(0))).containsExactly("name", "note");
      assertThat(EndToEndTest.texts(t.getRow(1))).containsExactly("A", "x, y, z");
      assertThat(EndToEndTest.texts(t.getRow(2))).containsExactly("B", "p, q");
      assertThat(aboutDelimiter(wb, "t.csv")).isEqualTo(": (from the file's first line, sep=:)");
    }
  }

  // ---- item 3: invalid UTF-8 is reported where it is, not a reason to re-decode the file

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /**
   * One invalid byte in a file of emoji and CJK: the file stays UTF-8, the byte is a replacement
   * character in its cell, and an error says so at its line and column.
   */
  @Test
  void oneInvalidByteIsAReplacementCharacterAtItsCellAndTheRestStaysUtf8() throws IOException {
    Cli.Run run = run("t.csv", "name,note\nA,😀 happy\nB,東京\nC,né ".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xFF}, " x\nD,ok\n".getBytes(StandardCharsets.UTF_8));
    assertThat(run.exitCode()).isEqualTo(1);
    try (XSSFWorkbook wb = workbook()) {
      Sheet t = wb.getSheet("t");
      assertThat(t.getLastRowNum()).isEqualTo(4);
      assertThat(t.getRow(1).getCell(1).getStringCellValue()).isEqualTo("😀 happy");
      assertThat(t.getRow(2).getCell(1).getStringCellValue()).isEqualTo("東京");
      assertThat(t.getRow(3).getCell(1).getStringCellValue()).isEqualTo("né \uFFFD x");
      assertThat(aboutEncoding(wb, "t.csv")).isEqualTo("UTF-8, not all valid");
    }
    assertThat(issues()).containsExactly("t.csv:4:note: error: encoding-error: the value holds 1"
        + " byte sequence that is not valid UTF-8; it is shown as \uFFFD (save the file as UTF-8)");
  }

  /**
   * A file of UTF-8 lines and one Windows-1252 line: each line is read in its encoding, and the
   * line that had to be guessed is an error.
   */
  @Test
  void aWindows1252LineInAUtf8FileIsGuessedWithAnErrorOnItsLine() throws IOException {
    Cli.Run run = run("t.csv", "name,city\nZoë,Besançon\n".getBytes(StandardCharsets.UTF_8),
        "Élodie,Orléans\n".getBytes(CP1252), "李,東京\n".getBytes(StandardCharsets.UTF_8));
    assertThat(run.exitCode()).isEqualTo(1);
    try (XSSFWorkbook wb = workbook()) {
      Sheet t = wb.getSheet("t");
      assertThat(EndToEndTest.texts(t.getRow(1))).containsExactly("Zoë", "Besançon");
      assertThat(EndToEndTest.texts(t.getRow(2))).containsExactly("Élodie", "Orléans");
      assertThat(EndToEndTest.texts(t.getRow(3))).containsExactly("李", "東京");
    }
    assertThat(issues()).containsExactly("t.csv:3:name: error: encoding-error: the line is not"
        + " UTF-8, unlike the rest of the file; it was read as Windows-1252, which is a guess"
        + " (check its accented letters, and save the file as UTF-8)");
  }

  /** A file that reads as Windows-1252 throughout is Windows-1252, with no issue. */
  @Test
  void aWindows1252FileThroughoutIsReadAsItWithoutIssues() throws IOException {
    Cli.Run run = run("t.csv", "name,city\nÉlodie,Orléans\nZoë,Besançon\n".getBytes(CP1252));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(issues()).isEmpty();
    try (XSSFWorkbook wb = workbook()) {
      assertThat(EndToEndTest.texts(wb.getSheet("t").getRow(1))).containsExactly("Élodie", "Orléans");
      assertThat(aboutEncoding(wb, "t.csv")).isEqualTo("Windows-1252");
    }
  }

  /** A guessed line inside a quoted value that spans lines is named in the record's error. */
  @Test
  void aGuessedLineInsideAMultiLineRecordIsNamed() throws IOException {
    Cli.Run run = run("t.csv", "name,note\nA,\"first ✓\n".getBytes(StandardCharsets.UTF_8),
        "second é\"\n".getBytes(CP1252), "B,ok\n".getBytes(StandardCharsets.UTF_8));
    assertThat(run.exitCode()).isEqualTo(1);
    try (XSSFWorkbook wb = workbook()) {
      assertThat(wb.getSheet("t").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("first ✓\nsecond é");
    }
    assertThat(issues()).containsExactly("t.csv:2:: error: encoding-error: line 3 of the record is"
        + " not UTF-8, unlike the rest of the file; it was read as Windows-1252, which is a guess"
        + " (check its accented letters, and save the file as UTF-8)");
  }

  /** A byte that Windows-1252 does not define, in a file that is Windows-1252 throughout. */
  @Test
  void aByteWindows1252DoesNotDefineIsReportedAtItsCell() throws IOException {
    Cli.Run run = run("t.csv", "name,city\nZoé,Lyon\n".getBytes(CP1252),
        new byte[] {'x', (byte) 0x81, ',', 'y', '\n'});
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(issues()).containsExactly("t.csv:3:name: error: encoding-error: the value holds 1"
        + " byte that Windows-1252 does not define; it is shown as \uFFFD (save the file as UTF-8)");
  }

  /** A NUL in the header is removed from the column's name, with a warning at its cell. */
  @Test
  void aNulByteInTheHeaderIsRemovedWithAWarning() throws IOException {
    Cli.Run run = run("t.csv", ascii("na\u0000me,city\nAnn,Lyon\nBob,Paris\nCyd,Nice\nDee,Metz\n"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (XSSFWorkbook wb = workbook()) {
      assertThat(EndToEndTest.texts(wb.getSheet("t").getRow(0))).containsExactly("name", "city");
      assertThat(wb.getSheet("t").getLastRowNum()).isEqualTo(4);
    }
    assertThat(issues()).containsExactly("t.csv:1:na\u0000me: warning: control-character: the"
        + " header holds control characters, which Excel cannot show; they were removed in the"
        + " workbook");
  }
}
