package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Summary shows of each column (issue 15, item 3): sums of amounts only, means of rates,
 * the first and latest values of levels over a date, and report.yaml's {@code aggregate}.
 */
class SummaryRollupsTest {
  @TempDir Path tmp;

  private Cli.Run runCli(String name, String csv, String yaml) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve(name), csv, StandardCharsets.UTF_8);
    if (yaml != null) {
      Files.writeString(in.resolve("report.yaml"), yaml, StandardCharsets.UTF_8);
    }
    return Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
  }

  private XSSFWorkbook run(String name, String csv, String yaml) throws IOException {
    Cli.Run r = runCli(name, csv, yaml);
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"))) {
      return new XSSFWorkbook(s);
    }
  }

  private static int rowOf(Sheet s, String text) {
    return rowOf(s, text, 0);
  }

  /** The 0-based row from {@code from} on whose first cell is {@code text}, or -1. */
  private static int rowOf(Sheet s, String text, int from) {
    for (int r = from; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row != null && row.getCell(0) != null
          && row.getCell(0).getCellType() == CellType.STRING
          && row.getCell(0).getStringCellValue().equals(text)) {
        return r;
      }
    }
    return -1;
  }

  private static List<String> firstCells(Sheet s) {
    List<String> out = new ArrayList<>();
    s.forEach(r -> {
      if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING) {
        out.add(r.getCell(0).getStringCellValue());
      }
    });
    return out;
  }

  private static List<Object> cached(Row row, int from, int to) {
    List<Object> out = new ArrayList<>();
    for (int c = from; c <= to; c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? null : DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate() : cell.getNumericCellValue());
    }
    return out;
  }

  @Test
  void theExamplesGuidanceShowsItsFirstAndLatestRangePerFiscalYearAsLiveFormulas()
      throws IOException {
    Cli.Run r = Cli.run(Cli.EXAMPLE.toString(), "-o", tmp.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (InputStream in = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Summary");
      // Worded as the charts' titles are, in report.yaml's unit; the group header too.
      int title = rowOf(s, "First and latest low to high (USD bn) by fiscal year and kind");
      assertThat(title).isPositive();
      List<String> head = new ArrayList<>();
      s.getRow(title + 1).forEach(c -> head.add(c.getStringCellValue()));
      assertThat(head).containsExactly("Fiscal year · kind", "Records", "First on", "First low",
          "First high", "Latest on", "Latest low", "Latest high", "Change, low", "Change, high");
      Row fy24 = s.getRow(title + 3);
      assertThat(fy24.getCell(0).getStringCellValue()).isEqualTo("2024 · guidance");
      assertThat(cached(fy24, 1, 9)).containsExactly(4.0, LocalDate.of(2024, 2, 1), 30.0, 37.0,
          LocalDate.of(2024, 10, 30), 38.0, 40.0, 8.0, 3.0);
      Row fy25 = s.getRow(title + 4);
      assertThat(fy25.getCell(0).getStringCellValue()).isEqualTo("2025 · guidance");
      assertThat(cached(fy25, 1, 9)).containsExactly(5.0, LocalDate.of(2025, 1, 24), 60.0, 65.0,
          LocalDate.of(2025, 10, 29), 70.0, 72.0, 10.0, 7.0);
      // The actual figure is a row of its own, not the fiscal year's latest guidance.
      Row actual = s.getRow(title + 2);
      assertThat(actual.getCell(0).getStringCellValue()).isEqualTo("2024 · actual");
      assertThat(cached(actual, 6, 7)).containsExactly(39.23, 39.23);
      String range = "'Capex guidance'!$%s$2:$%<s$11";
      String which = ",'Capex guidance'!$B$2:$B$11,2024,'Capex guidance'!$E$2:$E$11,"
          + "\"=guidance\",'Capex guidance'!$C$2:$C$11,\">=-1E+307\","
          + "'Capex guidance'!$D$2:$D$11,\">=-1E+307\"";
      assertThat(fy24.getCell(5).getCellFormula())
          .isEqualTo("_xlfn.MAXIFS(" + range.formatted("A") + which + ")");
      assertThat(fy24.getCell(6).getCellFormula()).isEqualTo("AVERAGEIFS(" + range.formatted("C")
          + "," + range.formatted("A") + ",$F$" + (title + 4) + which + ")");
      assertThat(fy24.getCell(8).getCellFormula()).isEqualTo("G" + (title + 4) + "-D"
          + (title + 4));
      assertThat(fy24.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      // No sum of a level, by kind or by year.
      Row low = s.getRow(rowOf(s, "low_usd_billion"));
      assertThat(low.getCell(9)).isNull();
      assertThat(firstCells(s)).noneMatch(t -> t.contains(" by kind") || t.startsWith("By year"));
    }
  }

  @Test
  void pricesOverADateAreFollowedAmountsSummedAndTheOverviewTotalsOnlyTheAmounts()
      throws IOException {
    try (XSSFWorkbook wb = run("shop.csv", """
        day,store,price,revenue,order_id
        2024-01-02,North,$10.00,$100.00,1
        2024-01-03,North,$12.00,$50.00,2
        2024-01-03,South,$9.00,$70.00,3
        2024-01-05,South,$9.50,$20.00,4
        2024-01-05,South,$8.50,$25.00,5
        """, null)) {
      Sheet s = wb.getSheet("Summary");
      assertThat(s.getRow(rowOf(s, "price")).getCell(9)).as("no sum of prices").isNull();
      assertThat(s.getRow(rowOf(s, "order_id")).getCell(9)).as("no sum of ids").isNull();
      assertThat(s.getRow(rowOf(s, "revenue")).getCell(9).getNumericCellValue()).isEqualTo(265);
      assertThat(firstCells(s)).contains("revenue by store", "First and latest price by store")
          .doesNotContain("price by store", "order_id by store");
      int south = rowOf(s, "South", rowOf(s, "First and latest price by store"));
      // Two prices on the latest day: their mean.
      assertThat(cached(s.getRow(south), 1, 6)).containsExactly(3.0, LocalDate.of(2024, 1, 3),
          9.0, LocalDate.of(2024, 1, 5), 9.0, 0.0);
      List<String> overview = firstCells(wb.getSheet("Overview"));
      assertThat(overview).contains("Total revenue").doesNotContain("Total price");
    }
  }

  @Test
  void theFirstAndLatestTitlesAreInWordsWithReportYamlsUnitElseTheNamesOne() throws IOException {
    try (XSSFWorkbook wb = run("stores.csv", """
        day,store_name,price_eur,stock_pct,staff
        2024-01-02,North,10,10%,5
        2024-02-03,North,12,30%,6
        2024-02-04,South,9,20%,7
        """, """
        tables:
          - file: stores.csv
            columns:
              price_eur: {unit: € per kg, aggregate: latest}
              stock_pct: {aggregate: latest}
              staff: {aggregate: latest}
        """)) {
      assertThat(firstCells(wb.getSheet("Summary"))).filteredOn(t -> t.startsWith("First"))
          .containsExactly("First and latest price (€ per kg) by store name",
              "First and latest stock (%) by store name", "First and latest staff by store name");
    }
  }

  @Test
  void reportYamlsAggregateReplacesWhatTheColumnSuggests() throws IOException {
    try (XSSFWorkbook wb = run("sales.csv", """
        day,region,amount,share,units,stock
        2024-01-02,North,10,10%,1,5
        2024-02-03,North,20,30%,2,7
        2024-02-04,South,5,20%,3,9
        """, """
        tables:
          - file: sales.csv
            columns:
              amount: {aggregate: none}
              share: {aggregate: sum}
              units: {aggregate: mean}
              stock: {aggregate: latest}
        """)) {
      Sheet s = wb.getSheet("Summary");
      assertThat(s.getRow(rowOf(s, "amount")).getCell(9)).isNull();
      assertThat(s.getRow(rowOf(s, "share")).getCell(9).getNumericCellValue())
          .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(s.getRow(rowOf(s, "units")).getCell(9)).isNull();
      assertThat(firstCells(s)).contains("share by region", "units by region",
          "First and latest stock by region").doesNotContain("amount by region",
          "stock by region");
      Row units = s.getRow(rowOf(s, "units by region") + 1);
      assertThat(units.getCell(2).getStringCellValue()).isEqualTo("Mean of units");
      Row share = s.getRow(rowOf(s, "share by region") + 1);
      assertThat(share.getCell(2).getStringCellValue()).isEqualTo("Sum of share");
    }
  }

  @Test
  void anAggregateTheColumnCannotHaveIsExitTwoWithTheFix() throws IOException {
    String csv = "region,amount\nNorth,10\nSouth,5\n";
    Cli.Run r = runCli("sales.csv", csv, """
        tables:
          - file: sales.csv
            columns:
              region: {aggregate: sum}
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("report.yaml:4: \"aggregate: sum\" of column \"region\" needs"
        + " numbers, and sales.csv has text there: use none, or leave it out");
    r = runCli("sales.csv", csv, """
        tables:
          - file: sales.csv
            columns:
              amount: {aggregate: latest}
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("report.yaml:4: \"aggregate: latest\" of column \"amount\" needs"
        + " a column of dates in sales.csv, which has none: use mean, sum or none");
    assertThat(tmp.resolve("out/report.xlsx")).doesNotExist();
  }
}
