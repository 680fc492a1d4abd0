package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, items 5, 6, 7, 17 and 24 through the command line: what lands in the workbook's cells
 * and in issues.csv for numbers that read two ways.
 */
class NumberReadingEndToEndTest {
  @TempDir static Path tmp;
  static Cli.Run run;
  static Path out;

  @BeforeAll
  static void runIt() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    write(in, "units.csv", "name,length,revenue_usd\nA,5 m,5 m\nB,12 m,0.5 M\nC,0.5 m,300 K\n");
    write(in, "codes.csv", "code,reading\n1E5,0.5\n2E05,1.5\n3E7,2E05\n");
    StringBuilder fx = new StringBuilder("item,price,n\n");
    for (int i = 1; i <= 9; i++) {
      fx.append((char) ('A' + i - 1)).append(",$").append(i * 10).append(',').append(i * 100)
          .append('\n');
    }
    fx.append("J,€5,¥300\n");
    write(in, "fx.csv", fx.toString());
    write(in, "mixed.csv", "item,price\nA,$60\nB,€5\nC,£3\nD,5 €\nE,60 USD\n");
    write(in, "tiny.csv", "x,kind\n1.5,cloud\n2.25,\tcloud\n3,chips\n4.75,chips\n1e-400,cloud\n"
        + "1500-,chips\n0.5,cloud\n0.25,chips\n1.75,cloud\n2,chips\n");
    out = tmp.resolve("out");
    run = Cli.run(in.toString(), "-o", out.toString());
  }

  private static void write(Path dir, String name, String csv) throws IOException {
    Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
  }

  private static XSSFWorkbook open() throws IOException {
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"))) {
      return new XSSFWorkbook(s);
    }
  }

  private static List<String> issues(String file) {
    return IssuesCsv.read(out).stream().filter(r -> r.file().equals(file))
        .map(IssuesCsv.Row::brief).toList();
  }

  private static void assertText(Sheet sheet, int row, int col, String text) {
    Cell c = sheet.getRow(row).getCell(col);
    assertThat(c.getCellType()).as("%s!%d,%d", sheet.getSheetName(), row, col)
        .isEqualTo(CellType.STRING);
    assertThat(c.getStringCellValue()).isEqualTo(text);
  }

  private static void assertNumber(Sheet sheet, int row, int col, double value, String format) {
    Cell c = sheet.getRow(row).getCell(col);
    assertThat(c.getCellType()).as("%s!%d,%d", sheet.getSheetName(), row, col)
        .isEqualTo(CellType.NUMERIC);
    assertThat(c.getNumericCellValue()).isEqualTo(value);
    assertThat(c.getCellStyle().getDataFormatString()).isEqualTo(format);
  }

  @Test
  void runsWithWarningsOnly() {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void unitLettersAreMagnitudesOnlyWhereTheColumnSaysMoney() throws IOException {
    try (XSSFWorkbook wb = open()) {
      Sheet s = wb.getSheet("units");
      assertText(s, 1, 1, "5 m");
      assertText(s, 2, 1, "12 m");
      assertText(s, 3, 1, "0.5 m");
      assertNumber(s, 1, 2, 5_000_000, "#,##0.0"); // one decimal, as 0.5 M is written
      assertNumber(s, 2, 2, 500_000, "#,##0.0");
      assertNumber(s, 3, 2, 300_000, "#,##0.0");
    }
    assertThat(issues("units.csv")).containsExactly("units.csv:1:length: warning: ambiguous-value: "
        + "the values of \"length\" are numbers followed by \"m\" (such as 5 m), a unit or a "
        + "magnitude (thousand, million, billion); they were kept as text (if it is a unit, name "
        + "it in the header and write the numbers alone; if it is a magnitude, write million or "
        + "bn, or name the currency in the header (such as revenue_usd))");
  }

  @Test
  void codesInExponentNotationStayText() throws IOException {
    try (XSSFWorkbook wb = open()) {
      Sheet s = wb.getSheet("codes");
      assertText(s, 1, 0, "1E5");
      assertText(s, 2, 0, "2E05");
      assertText(s, 3, 0, "3E7");
      assertNumber(s, 3, 1, 200_000, "#,##0.0");
    }
    assertThat(issues("codes.csv")).isEmpty();
  }

  @Test
  void oneCurrencyDecidesAndTheOthersAreReadWithAWarning() throws IOException {
    try (XSSFWorkbook wb = open()) {
      Sheet fx = wb.getSheet("fx");
      assertNumber(fx, 1, 1, 10, "\"$\"#,##0");
      assertNumber(fx, 10, 1, 5, "#,##0\\ \"€\"");
      assertNumber(fx, 9, 2, 900, "#,##0");
      assertText(fx, 10, 2, "¥300");
      Sheet mixed = wb.getSheet("mixed");
      assertNumber(mixed, 1, 1, 60, "\"$\"#,##0");
      assertNumber(mixed, 2, 1, 5, "#,##0\\ \"€\"");
      assertNumber(mixed, 3, 1, 3, "\"£\"#,##0");
      assertNumber(mixed, 4, 1, 5, "#,##0\\ \"€\"");
      assertNumber(mixed, 5, 1, 60, "\"$\"#,##0");
    }
    String in = "\"price\" is in $, its most frequent currency; it was read as the number ";
    String fix = " (convert it to $, or keep amounts in each currency in a column of their own)";
    assertThat(issues("fx.csv")).containsExactly(
        "fx.csv:11:price: warning: mixed-formats: the amount is in € but " + in
            + "5 all the same, shown in € and counted in the column's totals" + fix,
        "fx.csv:11:n: warning: type-error: expected a whole number like the other values of "
            + "\"n\" (10 values), but it is written in ¥ and the column's numbers are not; kept "
            + "as text");
    assertThat(issues("mixed.csv")).containsExactly(
        "mixed.csv:3:price: warning: mixed-formats: the amount is in € but " + in
            + "5 all the same, shown in € and counted in the column's totals" + fix,
        "mixed.csv:4:price: warning: mixed-formats: the amount is in £ but " + in
            + "3 all the same, shown in £ and counted in the column's totals" + fix,
        "mixed.csv:5:price: warning: mixed-formats: the amount is in € but " + in
            + "5 all the same, shown in € and counted in the column's totals" + fix);
  }

  @Test
  void numbersExcelCannotHoldAndTrailingMinusesAreTextWithAReason() throws IOException {
    try (XSSFWorkbook wb = open()) {
      Sheet s = wb.getSheet("tiny");
      assertText(s, 5, 0, "1e-400");
      assertText(s, 6, 0, "1500-");
      assertNumber(s, 1, 0, 1.5, "#,##0.00");
    }
    String expected = "expected a number with '.' as decimal mark like the other values of \"x\" "
        + "(10 values), but ";
    assertThat(issues("tiny.csv")).containsExactly(
        "tiny.csv:3:kind: warning: surrounding-spaces: the value has a tab before or after it, "
            + "so it differs from \"cloud\" (remove the tab)",
        "tiny.csv:6:x: warning: type-error: " + expected + "the number is nearer to 0 than any "
            + "Excel holds (2.2e-308 is the least); kept as text (if it means 0, write 0)",
        "tiny.csv:7:x: warning: type-error: " + expected + "the minus sign comes after the "
            + "number; kept as text (did you mean -1500?)");
  }
}
