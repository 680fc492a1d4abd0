package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates, times and placeholders through the command line (issue 19, items 2, 8, 9 and 24), the
 * workbook reopened with POI: a value is a date cell only when Excel shows it as written.
 */
class DatesEndToEndTest {
  @TempDir Path tmp;

  private Cli.Run run(String name, String csv) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve(name), csv, StandardCharsets.UTF_8);
    return Cli.run(in.toString(), "-o", tmp.resolve("out").toString(), "--fail-on", "never");
  }

  private XSSFWorkbook workbook() throws IOException {
    try (InputStream s = Files.newInputStream(tmp.resolve("out").resolve("report.xlsx"))) {
      return new XSSFWorkbook(s);
    }
  }

  private static void assertDateTime(Cell c, LocalDateTime expected, String format) {
    assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(c)).isTrue();
    assertThat(c.getCellStyle().getDataFormatString()).isEqualTo(format);
    assertThat(c.getLocalDateTimeCellValue()).isEqualTo(expected);
  }

  private static void assertMarkedText(Cell c, String text, String comment) {
    assertThat(c.getCellType()).isEqualTo(CellType.STRING);
    assertThat(c.getStringCellValue()).isEqualTo(text);
    assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("@");
    assertThat(c.getCellStyle().getFillForegroundColor())
        .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
    assertThat(c.getCellComment().getString().getString()).isEqualTo(comment);
  }

  /** The Summary's row of a column, found by the column's name in its first cell. */
  private static Row summaryRow(XSSFWorkbook wb, String column) {
    Sheet s = wb.getSheet("Summary");
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(column)
          && r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING) {
        return r;
      }
    }
    throw new AssertionError("no Summary row for " + column);
  }

  static String before1900(String text) {
    return "\"" + text + "\" is before 1900-01-01, the first date an Excel cell can hold as a "
        + "date; it is kept as text, and still read as a date for the checks";
  }

  @Test
  void datesBefore1900AreTextWithAWarningAndTheColumnStaysADateColumn() throws IOException {
    Cli.Run r = run("founding.csv", """
        date,amount
        1850-01-01,1
        1776-07-04,2
        1899-12-31,3
        0001-01-01,4
        1900-01-01,5
        2024-04-24,6
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String[] c : new String[][] {
        {"2", "1850-01-01"}, {"3", "1776-07-04"}, {"4", "1899-12-31"}, {"5", "0001-01-01"}}) {
      assertThat(r.err()).contains("founding.csv:" + c[0] + ":1: warning: " + before1900(c[1])
          + "\n");
    }
    assertThat(r.err()).doesNotContain("founding.csv:6:").doesNotContain("founding.csv:7:");
    try (XSSFWorkbook wb = workbook()) {
      Sheet s = wb.getSheet("founding");
      assertMarkedText(s.getRow(1).getCell(0), "1850-01-01", "warning: " + before1900("1850-01-01"));
      assertMarkedText(s.getRow(2).getCell(0), "1776-07-04", "warning: " + before1900("1776-07-04"));
      assertMarkedText(s.getRow(3).getCell(0), "1899-12-31", "warning: " + before1900("1899-12-31"));
      assertMarkedText(s.getRow(4).getCell(0), "0001-01-01", "warning: " + before1900("0001-01-01"));
      assertDateTime(s.getRow(5).getCell(0), LocalDateTime.of(1900, 1, 1, 0, 0), "yyyy-mm-dd");
      assertDateTime(s.getRow(6).getCell(0), LocalDateTime.of(2024, 4, 24, 0, 0), "yyyy-mm-dd");
      assertThat(s.getRow(0).getCell(0).getCellComment().getString().getString())
          .isEqualTo("Type: date, shown as yyyy-mm-dd\nValues: 6\nMissing: 0");
      Row summary = summaryRow(wb, "date");
      assertThat(summary.getCell(1).getStringCellValue()).isEqualTo("date");
      assertThat(summary.getCell(4).getNumericCellValue()).as("distinct").isEqualTo(6);
      // Min and Max over the date cells only, as a spreadsheet computes them: 1900-01-01 is 1.
      assertThat(summary.getCell(5).getNumericCellValue()).as("min").isEqualTo(1);
      assertThat(summary.getCell(5).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(1900, 1, 1, 0, 0));
      assertThat(summary.getCell(6).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2024, 4, 24, 0, 0));
    }
  }

  @Test
  void dateTimesWithAZoneOffsetAreShownInUtcAndTheAboutSheetSaysSo() throws IOException {
    Cli.Run r = run("calls.csv", """
        at,minutes
        2024-04-24T10:00:00Z,1
        2024-04-24T10:00:00+02:00,2
        2024-04-24T10:00:00-0530,3
        2024-04-24T10:00:00,4
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    try (XSSFWorkbook wb = workbook()) {
      Sheet s = wb.getSheet("calls");
      String f = "yyyy-mm-dd hh:mm:ss";
      assertDateTime(s.getRow(1).getCell(0), LocalDateTime.of(2024, 4, 24, 10, 0), f);
      assertDateTime(s.getRow(2).getCell(0), LocalDateTime.of(2024, 4, 24, 8, 0), f);
      assertDateTime(s.getRow(3).getCell(0), LocalDateTime.of(2024, 4, 24, 15, 30), f);
      assertDateTime(s.getRow(4).getCell(0), LocalDateTime.of(2024, 4, 24, 10, 0), f);
      Sheet about = wb.getSheet("About");
      String zone = null;
      for (Row row : about) {
        if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Time zone")) {
          zone = row.getCell(1).getStringCellValue();
        }
      }
      assertThat(zone).isEqualTo("UTC: a date-time written with a zone offset (Z, +02:00) is "
          + "converted to UTC; dates and times without one are shown as written");
    }
  }

  @Test
  void countryCodeNaIsNamibiaButNaInNumbersIsMissing() throws IOException {
    Cli.Run r = run("trade.csv", """
        country,exports
        FR,1
        NA,NA
        DE,NaN
        US,4
        n/a,5
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    try (XSSFWorkbook wb = workbook()) {
      Sheet s = wb.getSheet("trade");
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("NA");
      assertThat(s.getRow(2).getCell(1)).isNull();
      assertThat(s.getRow(3).getCell(1)).isNull();
      assertThat(s.getRow(5).getCell(0)).as("n/a is never a code").isNull();
      assertThat(s.getRow(0).getCell(0).getCellComment().getString().getString())
          .isEqualTo("Type: text\nValues: 4\nMissing: 1");
      assertThat(s.getRow(0).getCell(1).getCellComment().getString().getString())
          .isEqualTo("Type: integer, shown as #,##0\nValues: 3\nMissing: 2");
    }
  }

  /** Nan, a first name, was blanked as "not a number" (issue 19, item 9). */
  @Test
  void aFirstNameThatIsAlsoAPlaceholderIsKept() throws IOException {
    Cli.Run r = run("people.csv", """
        name,score
        Anna,1
        Nan,NaN
        Bob,3
        Carl,4
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook wb = workbook()) {
      Sheet s = wb.getSheet("people");
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Nan");
      assertThat(s.getRow(2).getCell(1)).as("NaN among numbers is missing").isNull();
      assertThat(s.getRow(0).getCell(0).getCellComment().getString().getString())
          .isEqualTo("Type: text\nValues: 4\nMissing: 0");
    }
  }

  @Test
  void messagesSayWhatIsWrongWithADate() throws IOException {
    Cli.Run r = run("events.csv", """
        day,name
        2024-01-01,a
        2024-01-02,b
        2024-01-03,c
        2024-01-04,d
        2024-01-05,e
        2024-01-06,f
        2024-01-07,g
        2024-01-08,h
        2024-01-09,i
        2024-01-10,j
        2024-01-11,k
        2024-01-12,l
        2023-02-29,m
        2024-04-31,n
        2024-13-01,o
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("""
        events.csv:14:1: warning: "2023-02-29" is not a date that exists: February 2023 has 28 \
        days; kept as text (check the day and the month)
        events.csv:15:1: warning: "2024-04-31" is not a date that exists: April 2024 has 30 \
        days; kept as text (check the day and the month)
        events.csv:16:1: warning: "2024-13-01" is not a date that exists: there is no month 13; \
        kept as text (check the day and the month)
        """);
  }

  @Test
  void nonIsoDateTimesAreDateTimeCells() throws IOException {
    Cli.Run r = run("visits.csv", """
        at,who
        24/04/2024 10:30,a
        25/04/2024 09:05:10,b
        26/04/2024,c
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (XSSFWorkbook wb = workbook()) {
      Sheet s = wb.getSheet("visits");
      String f = "yyyy-mm-dd hh:mm:ss";
      assertDateTime(s.getRow(1).getCell(0), LocalDateTime.of(2024, 4, 24, 10, 30), f);
      assertDateTime(s.getRow(2).getCell(0), LocalDateTime.of(2024, 4, 25, 9, 5, 10), f);
      assertDateTime(s.getRow(3).getCell(0), LocalDateTime.of(2024, 4, 26, 0, 0), f);
    }
  }

  @Test
  void aFirstLineOfDataIsReadAsTheHeaderWithAWarning() throws IOException {
    Cli.Run r = run("sales.csv", """
        2024-01-01,100,Paris
        2024-01-02,200,Lyon
        2024-01-03,300,Nice
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("sales.csv:1: warning: the header looks like a record: "
        + "\"2024-01-01\" (a date), \"100\" (a number) read as values of their columns; the first "
        + "line was read as the header (add a first line with the column names)\n");
  }

  @Test
  void yearsAsColumnNamesAreAHeader() throws IOException {
    Cli.Run r = run("wide.csv", """
        country,2022,2023,2024
        FR,1,2,3
        DE,4,5,6
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void monthYearsAndTimesAreDateAndTimeCells() throws IOException {
    Cli.Run r = run("shifts.csv", """
        month,start,staff
        April 2024,10:30,3
        May 2024,9:05,4
        June 2024,17:45,5
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    try (XSSFWorkbook wb = workbook()) {
      Sheet s = wb.getSheet("shifts");
      assertDateTime(s.getRow(1).getCell(0), LocalDateTime.of(2024, 4, 1, 0, 0), "mmmm yyyy");
      assertDateTime(s.getRow(3).getCell(0), LocalDateTime.of(2024, 6, 1, 0, 0), "mmmm yyyy");
      Cell time = s.getRow(2).getCell(1);
      assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
      assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("hh:mm");
      assertThat(time.getNumericCellValue()).isEqualTo((9 * 60 + 5) / 1440.0);
      assertThat(s.getRow(0).getCell(1).getCellComment().getString().getString())
          .isEqualTo("Type: time, shown as hh:mm\nValues: 3\nMissing: 0");
    }
  }
}
