package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column of numbers written in several forms that no one format shows was kept as text with no
 * issue at all (issue 15, item 5): each value is now read as written and shown in its own format,
 * the column gets one warning naming the forms, and a value that is no number stays as written
 * with an issue at its cell. Codes stay text silently.
 */
class MixedNumberFormsTest {
  @TempDir Path tmp;

  private Cli.Run run(String csv) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("m.csv"), csv, StandardCharsets.UTF_8);
    return Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
  }

  private XSSFWorkbook open() throws IOException {
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"))) {
      return new XSSFWorkbook(s);
    }
  }

  /** The cells under the header {@code name} of sheet {@code m}, from its first record on. */
  private static Cell[] column(XSSFWorkbook wb, String name, int records) {
    Sheet sheet = wb.getSheet("m");
    Row header = sheet.getRow(0);
    int col = -1;
    for (Cell c : header) {
      if (c.getStringCellValue().equals(name)) {
        col = c.getColumnIndex();
      }
    }
    assertThat(col).as("column %s", name).isNotNegative();
    Cell[] cells = new Cell[records];
    for (int r = 0; r < records; r++) {
      cells[r] = sheet.getRow(r + 1).getCell(col);
    }
    return cells;
  }

  private static void assertNumber(Cell c, double value, String format) {
    assertThat(c.getCellType()).as(c.getAddress().formatAsString()).isEqualTo(CellType.NUMERIC);
    assertThat(c.getNumericCellValue()).as(c.getAddress().formatAsString()).isEqualTo(value);
    assertThat(c.getCellStyle().getDataFormatString()).as(c.getAddress().formatAsString())
        .isEqualTo(format);
  }

  @Test
  void eachNumberIsReadAsWrittenInItsOwnFormat() throws IOException {
    Cli.Run run = run("item,amount,code\na,$35B,00123\nb,\"1,234,567.89\",00124\n"
        + "c,\"(2,750)\",00125\nd,€60.5,00126\ne,1.2k,00127\nf,12%,00128\n");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(IssuesCsv.read(tmp.resolve("out")).stream().map(IssuesCsv.Row::brief))
        .containsExactly("m.csv:1:amount: warning: mixed-formats: the numbers of \"amount\" mix $,"
            + " €, %, magnitude letters (k, M, B) and plain numbers: each was read as written and"
            + " is shown in its own format, but they are not one quantity, so they get no total,"
            + " mean or chart (check the units, and write every value in one form: one currency,"
            + " or percents, or plain numbers with the unit in the header)");
    try (XSSFWorkbook wb = open()) {
      Cell[] amount = column(wb, "amount", 6);
      assertNumber(amount[0], 35e9, "\"$\"#,##0");
      assertNumber(amount[1], 1234567.89, "#,##0.00");
      assertNumber(amount[2], -2750, "#,##0");
      assertNumber(amount[3], 60.5, "#,##0.0\\ \"€\"");
      assertNumber(amount[4], 1200, "#,##0");
      assertNumber(amount[5], 0.12, "0%");
      Cell[] code = column(wb, "code", 6);
      assertThat(code[0].getCellType()).isEqualTo(CellType.STRING);
      assertThat(code[0].getStringCellValue()).isEqualTo("00123");
    }
  }

  @Test
  void aValueThatIsNoNumberStaysAsWrittenWithAnIssueAtItsCell() throws IOException {
    Cli.Run run = run("item,share\na,12%\nb,$40\nc,0.5\nd,7%\ne,€3\nf,about 5\n");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(IssuesCsv.read(tmp.resolve("out")).stream().map(IssuesCsv.Row::brief))
        .containsExactly("m.csv:1:share: warning: mixed-formats: the numbers of \"share\" mix $, €,"
            + " % and plain numbers: each was read as written and is shown in its own format, but"
            + " they are not one quantity, so they get no total, mean or chart (check the units,"
            + " and write every value in one form: one currency, or percents, or plain numbers"
            + " with the unit in the header)",
            "m.csv:7:share: warning: type-error: expected a number (plain, a percent, or an amount with"
            + " its currency) like the other values of \"share\" (6 values); kept as text");
    try (XSSFWorkbook wb = open()) {
      Cell[] share = column(wb, "share", 6);
      assertNumber(share[0], 0.12, "0%");
      assertNumber(share[1], 40, "\"$\"#,##0");
      assertNumber(share[2], 0.5, "#,##0.0");
      assertNumber(share[4], 3, "#,##0\\ \"€\"");
      assertThat(share[5].getCellType()).isEqualTo(CellType.STRING);
      assertThat(share[5].getStringCellValue()).isEqualTo("about 5");
    }
  }

  @Test
  void mixedNumbersGetNoTotalNorChart() throws IOException {
    Cli.Run run = run("item,amount\na,$35\nb,12%\nc,40\nd,$20\ne,8%\n");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(" 0 charts in ");
    try (XSSFWorkbook wb = open()) {
      Sheet summary = wb.getSheet("Summary");
      for (Row row : summary) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.FORMULA) {
            assertThat(c.getCellFormula()).as(c.getAddress().formatAsString())
                .doesNotContain("SUM(").doesNotContain("AVERAGE(").doesNotContain("MIN(");
          }
        }
      }
    }
  }

  @Test
  void aColumnMostlyOfNumbersOrDatesKeptAsTextSaysWhy() throws IOException {
    Cli.Run run = run("item,amount,when\na,10,2024-01-02\nb,20,2024-02-03\nc,30,2024-03-04\n"
        + "d,40,2024-04-05\ne,50,soon\nf,60,later\ng,TBD,2024-05-06\nh,pending,TBD\n"
        + "i,unknown,2024-06-07\nj,tba,never\n");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(IssuesCsv.read(tmp.resolve("out")).stream().map(IssuesCsv.Row::brief))
        .containsExactly("m.csv:1:amount: warning: mixed-formats: the values of \"amount\" are"
            + " mostly numbers (6 of 10), too few for a column of numbers (at least 80%), so all"
            + " were kept as text; the others are written TBD, pending, unknown (write a missing"
            + " value as an empty cell or n/a, and a remark in a column of its own)",
            "m.csv:1:when: warning: mixed-formats: the values of \"when\" are mostly dates (6 of"
            + " 10), too few for a column of dates (at least 80%), so all were kept as text; the"
            + " others are written soon, later, TBD (write a missing value as an empty cell or n/a,"
            + " and a remark in a column of its own)");
  }

  @Test
  void aColumnHalfNumbersOrOfCodesIsTextSilently() throws IOException {
    Cli.Run run = run("item,note,code\na,10,007\nb,twenty,008\nc,30,009\nd,forty,010\n");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(IssuesCsv.read(tmp.resolve("out"))).isEmpty();
  }
}
