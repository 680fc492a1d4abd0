package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Summary's figures, reopened with POI: groups, means, formats (issue 19, items 13, 15, 16). */
class SummaryFiguresTest {
  @TempDir Path tmp;

  private XSSFWorkbook run(String name, String csv, String yaml) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve(name), csv, StandardCharsets.UTF_8);
    if (yaml != null) {
      Files.writeString(in.resolve("report.yaml"), yaml, StandardCharsets.UTF_8);
    }
    Cli.Run r = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"))) {
      return new XSSFWorkbook(s);
    }
  }

  /** The 0-based index of the row whose first cell is {@code text}, searching from {@code from}. */
  private static int rowOf(Sheet s, String text, int from) {
    for (int r = from; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row != null && row.getCell(0) != null
          && row.getCell(0).getCellType() == CellType.STRING
          && row.getCell(0).getStringCellValue().equals(text)) {
        return r;
      }
    }
    throw new AssertionError("no row " + text);
  }

  /** The cell's value (a formula's cached one) as its format shows it. */
  private static String shown(Cell c) {
    DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
    if (c.getCellType() == CellType.FORMULA) {
      return f.formatRawCellContents(c.getNumericCellValue(), c.getCellStyle().getDataFormat(),
          c.getCellStyle().getDataFormatString());
    }
    return f.formatCellValue(c);
  }

  @Test
  void blankCategoriesAreAGroupAndTheGroupsAddUpToTheColumn() throws IOException {
    try (XSSFWorkbook wb = run("regions.csv", """
        region,sales
        North,10
        north,20
        South,5
        ,100
        South,7
        North,1
        """, null)) {
      Sheet s = wb.getSheet("Summary");
      int head = rowOf(s, "sales by region", 0) + 1;
      assertThat(s.getRow(head).getCell(2).getStringCellValue()).isEqualTo("Sum of sales");
      Map<String, Double> sums = new LinkedHashMap<>();
      Map<String, Double> records = new LinkedHashMap<>();
      for (int r = head + 1; s.getRow(r) != null; r++) {
        Row row = s.getRow(r);
        sums.put(row.getCell(0).getStringCellValue(), row.getCell(2).getNumericCellValue());
        records.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
      }
      assertThat(sums).containsExactly(Map.entry("(blank)", 100.0), Map.entry("North", 31.0),
          Map.entry("South", 12.0));
      assertThat(records).containsExactly(Map.entry("(blank)", 1.0), Map.entry("North", 3.0),
          Map.entry("South", 2.0));
      Row blank = s.getRow(head + 1);
      assertThat(blank.getCell(2).getCellFormula())
          .isEqualTo("SUMIFS('regions'!$B$2:$B$7,'regions'!$A$2:$A$7,\"=\")");
      double column = s.getRow(rowOf(s, "sales", 0)).getCell(9).getNumericCellValue();
      assertThat(sums.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(column);
    }
  }

  @Test
  void percentsAreAveragedNotSummed() throws IOException {
    try (XSSFWorkbook wb = run("shares.csv", """
        host,share
        A,80%
        A,60%
        B,50%
        B,50%
        """, null)) {
      Sheet s = wb.getSheet("Summary");
      Row column = s.getRow(rowOf(s, "share", 0));
      assertThat(column.getCell(7).getNumericCellValue()).isEqualTo(0.6);
      assertThat(column.getCell(9)).as("no sum of percents").isNull();
      int head = rowOf(s, "share by host", 0) + 1;
      assertThat(s.getRow(head).getCell(2).getStringCellValue()).isEqualTo("Mean of share");
      Row a = s.getRow(head + 1);
      assertThat(a.getCell(0).getStringCellValue()).isEqualTo("A");
      assertThat(a.getCell(2).getCellFormula()).startsWith("AVERAGEIFS(");
      assertThat(a.getCell(2).getNumericCellValue()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(shown(a.getCell(2))).isEqualTo("70.00%");
    }
  }

  @Test
  void meansAndMediansShowTwoMoreDecimalsThanTheirColumn() throws IOException {
    try (XSSFWorkbook wb = run("years.csv", """
        fiscal_year,count
        2024,1
        2025,2
        """, null)) {
      Sheet s = wb.getSheet("Summary");
      Row count = s.getRow(rowOf(s, "count", 0));
      assertThat(count.getCell(7).getNumericCellValue()).isEqualTo(1.5);
      assertThat(count.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(shown(count.getCell(7))).isEqualTo("1.50");
      assertThat(shown(count.getCell(9))).isEqualTo("3");
      Row year = s.getRow(rowOf(s, "fiscal_year", 0));
      assertThat(year.getCell(8).getNumericCellValue()).isEqualTo(2024.5);
      assertThat(shown(year.getCell(8))).isEqualTo("2024.50");
      assertThat(shown(year.getCell(5))).isEqualTo("2024");
    }
  }

  @Test
  void smallNumbersShowAsWrittenOnTheSheetAndInTheSummary() throws IOException {
    try (XSSFWorkbook wb = run("tiny.csv", """
        name,dose,rate
        a,0.00000091,1e-9
        b,0.5,2.5e-10
        """, null)) {
      Sheet data = wb.getSheet("tiny");
      assertThat(shown(data.getRow(1).getCell(1))).isEqualTo("0.00000091");
      assertThat(shown(data.getRow(2).getCell(1))).isEqualTo("0.50000000");
      // The column's decimals are the most written (2.5e-10 is 0.00000000025): 11.
      assertThat(shown(data.getRow(1).getCell(2))).isEqualTo("0.00000000100");
      assertThat(shown(data.getRow(2).getCell(2))).isEqualTo("0.00000000025");
      Sheet s = wb.getSheet("Summary");
      Row dose = s.getRow(rowOf(s, "dose", 0));
      assertThat(shown(dose.getCell(5))).isEqualTo("0.00000091");
      assertThat(shown(dose.getCell(7))).isEqualTo("0.2500004550");
      Row rate = s.getRow(rowOf(s, "rate", 0));
      assertThat(shown(rate.getCell(5))).isEqualTo("0.00000000025");
      assertThat(shown(rate.getCell(6))).isEqualTo("0.00000000100");
    }
  }

  @Test
  void theConfiguredFormatIsTheSummarysAndTheHeaderNotesOne() throws IOException {
    try (XSSFWorkbook wb = run("sales.csv", """
        region,amount
        North,1.25
        South,2.5
        North,3
        """, """
        tables:
          - file: sales.csv
            columns:
              amount: {format: "0.0"}
        """)) {
      Sheet data = wb.getSheet("sales");
      assertThat(data.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0");
      assertThat(data.getCellComment(new org.apache.poi.ss.util.CellAddress(0, 1)).getString()
          .getString()).contains("shown as 0.0\n").doesNotContain("#,##0.00");
      Sheet s = wb.getSheet("Summary");
      Row amount = s.getRow(rowOf(s, "amount", 0));
      assertThat(amount.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0");
      assertThat(amount.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0");
      assertThat(amount.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.000");
      int head = rowOf(s, "amount by region", 0) + 1;
      assertThat(s.getRow(head + 1).getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("0.0");
    }
  }

  /**
   * The low and high ends of a guidance written in two columns are levels: their sums, by kind or
   * by year, are numbers no analyst would show (issue 15, item 3). An amount beside them is summed.
   */
  @Test
  void theEndsOfARangeAreNotSummedButAnAmountIs() throws IOException {
    try (XSSFWorkbook wb = run("g.csv", """
        announced,low_usd_billion,high_usd_billion,spent_usd_billion,kind
        2024-02-01,30,37,5,guidance
        2024-04-24,35,40,6,guidance
        2024-10-30,38,40,7,guidance
        2025-01-29,39.23,39.23,8,actual
        """, null)) {
      Sheet s = wb.getSheet("Summary");
      for (String level : new String[] {"low_usd_billion", "high_usd_billion"}) {
        Row row = s.getRow(rowOf(s, level, 0));
        assertThat(row.getCell(7)).as(level + " mean").isNotNull();
        assertThat(row.getCell(9)).as(level + " sum").isNull();
      }
      Row spent = s.getRow(rowOf(s, "spent_usd_billion", 0));
      assertThat(spent.getCell(9).getCellFormula()).contains("SUM(");
      assertThat(spent.getCell(9).getNumericCellValue()).isEqualTo(26);
      java.util.List<String> firstCells = new java.util.ArrayList<>();
      s.forEach(r -> {
        if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING) {
          firstCells.add(r.getCell(0).getStringCellValue());
        }
      });
      assertThat(firstCells).contains("spent_usd_billion by kind")
          .doesNotContain("low_usd_billion by kind", "high_usd_billion by kind");
      Row header = s.getRow(rowOf(s, "Year", 0));
      java.util.List<String> yearColumns = new java.util.ArrayList<>();
      header.forEach(c -> yearColumns.add(c.getStringCellValue()));
      assertThat(yearColumns).containsExactly("Year", "Records", "Sum of spent_usd_billion");
    }
  }
}
