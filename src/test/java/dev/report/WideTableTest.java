package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Found by hand: a table wider than Excel's 16,384 columns crashed the writer. */
class WideTableTest {
  @TempDir Path tmp;

  @Test
  void aTableWiderThanASheetKeepsWhatFitsAndSaysWhatDoesNot() throws IOException {
    int width = 20_000;
    Path in = Files.createDirectories(tmp.resolve("in"));
    String header = IntStream.range(0, width).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
    String row = IntStream.range(0, width).mapToObj(Integer::toString).collect(Collectors.joining(","));
    Files.writeString(in.resolve("wide.csv"), header + "\n" + row + "\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("wide.csv:1: error: the table has 20000 columns but a sheet "
        + "holds 16384; the columns after \"c16383\" are not in the workbook");
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet sheet = wb.getSheet("wide");
      assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 16_384);
      assertThat(sheet.getRow(1).getCell(16_383).getNumericCellValue()).isEqualTo(16_383);
    }
  }

  /**
   * Issue 19, item 26: 41 columns printed one page wide came out at about 0.9 pt. A wide table
   * prints several pages wide, each page at most 190 characters of columns (8-pt text or larger),
   * the first column repeated; a narrow one stays one page wide.
   */
  @Test
  void aWideTablePrintsSeveralPagesWideWithItsFirstColumnOnEach() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    int width = 41;
    String header = IntStream.range(0, width).mapToObj(i -> "column " + i).collect(Collectors.joining(","));
    String row = IntStream.range(0, width).mapToObj(i -> "a value of about forty characters in all " + i)
        .collect(Collectors.joining(","));
    Files.writeString(in.resolve("wide.csv"), header + "\n" + row + "\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("narrow.csv"), "name,amount\nA,1\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet wide = wb.getSheet("wide");
      int chars = 0;
      for (int c = 0; c < width; c++) {
        chars += wide.getColumnWidth(c) / 256;
      }
      short pages = wide.getPrintSetup().getFitWidth();
      assertThat(wide.getFitToPage()).isTrue();
      assertThat(pages).isGreaterThan((short) 1);
      assertThat(chars / (double) pages).isLessThanOrEqualTo(190);
      assertThat(wide.getRepeatingColumns()).hasToString(
          org.apache.poi.ss.util.CellRangeAddress.valueOf("A:A").toString());
      assertThat(wide.getRepeatingRows()).hasToString(
          org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1").toString());
      Sheet narrow = wb.getSheet("narrow");
      assertThat(narrow.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(narrow.getRepeatingColumns()).isNull();
    }
  }
}
