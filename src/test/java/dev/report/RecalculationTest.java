package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Summary figure is a formula with a cached value computed by us; LibreOffice Calc,
 * told to recalculate every formula on load, must get the same numbers.
 */
class RecalculationTest {
  @TempDir Path tmp;

  @Test
  void calcRecalculatesEverySummaryFigureToOurCachedValue() throws Exception {
    Calc.assumeInstalled();
    // A messier table than the example: groups differing in case, blanks, misfits, decimals; a
    // blank category (a group of its own), percents (averaged per group and per year), a record
    // without a date (a row of its own by year).
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("deals.csv"), """
        signed,host,kind,amount,share
        2024-01-03,AWS,cloud,10.10,15%
        2024-02-11,aws,cloud,0.2,10%
        2024-03-05,Groq,chips,,5%
        2024-12-31,Groq,chips,7.7,
        2025-01-01,Nvidia,chips,1234.56,12.5%
        2025-06-30,Nvidia,chips,n/a,20%
        2025-07-01,Dell,hardware,3,1%
        2025-07-02,Dell,hardware,4.5,2%
        2025-07-03,Dell,hardware,x12,3%
        2025-07-04,Dell,hardware,99.99,4%
        2025-07-05,AWS*,cloud,1,5%
        2025-07-06,,cloud,50,6%
        2025-07-07,,,0.5,x
        ,Dell,hardware,2,1%
        """, StandardCharsets.UTF_8);
    // A header and no records: nothing to count, and Calc must show 0 missing, not 1.
    Files.writeString(in.resolve("empty.csv"), "name,amount\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    assertThat(Cli.run(in.toString(), Cli.EXAMPLE.resolve("capex_guidance.csv").toString(),
        "-o", out.toString()).exitCode()).isZero();

    Path profile = recalculatingProfile();
    assertThat(proveRecalculationIsOn(profile)).as("Calc recalculates on load").isEqualTo("2");

    List<String[]> calc = sheetAsCsv(out.resolve("report.xlsx"), "Summary", profile);
    int formulas = assertCalcAgrees(out.resolve("report.xlsx"), calc);
    assertThat(formulas).as("formulas checked").isGreaterThan(60);
    int empty = 0;
    while (!calc.get(empty)[0].equals("empty.csv")) {
      empty++;
    }
    // Its title, the header, then a row per column: Count and Missing as Calc shows them.
    for (int r = empty + 2; r <= empty + 3; r++) {
      assertThat(List.of(calc.get(r)[2], calc.get(r)[3])).as("row %d", r)
          .containsExactly("0", "0");
    }
  }

  /**
   * Asserts that every formula of the Summary of {@code xlsx} has, in {@code calc} (the sheet as
   * Calc computed it), the value we cached; returns how many formulas were checked.
   */
  static int assertCalcAgrees(Path xlsx, List<String[]> calc) throws IOException {
    int formulas = 0;
    try (InputStream stream = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(stream)) {
      Sheet summary = wb.getSheet("Summary");
      for (Row row : summary) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.FORMULA) {
            continue;
          }
          formulas++;
          double cached = cell.getNumericCellValue();
          String seen = calc.get(row.getRowNum())[cell.getColumnIndex()];
          assertThat(seen).as("%s!%s = %s, cached %s", "Summary", cell.getAddress(),
              cell.getCellFormula(), cached).doesNotStartWith("#");
          assertThat(number(seen))
              .as("%s!%s = %s, cached %s, Calc %s", "Summary", cell.getAddress(),
                  cell.getCellFormula(), cached, seen)
              .isCloseTo(cached, org.assertj.core.data.Offset.offset(Math.abs(cached) * 1e-12 + 1e-9));
        }
      }
    }
    return formulas;
  }

  /**
   * The first and latest values of levels (issue 15, item 3): Calc finds the same dates and
   * values as we do, with two records on the latest date, blanks and misfits among the values and
   * the group columns, records without a date, a range column and date-times.
   */
  @Test
  void calcRecalculatesTheFirstAndLatestValuesToOurCachedOnes() throws Exception {
    Calc.assumeInstalled();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("guidance.csv"), """
        announced,fiscal_year,low_usd_billion,high_usd_billion,kind,range
        2024-02-01,2024,30,37,guidance,30-37
        2024-04-24,2024,35,40,guidance,35-40
        2024-04-24,2024,36,41,guidance,36 to 41
        2024-07-31,2024,,40,guidance,
        2024-10-30,2024,38,n/a,guidance,x
        ,2024,99,99,guidance,99-99
        2025-01-29,2024,39.23,39.23,actual,39.23-39.23
        2025-01-24,2025,60,65,Guidance,60-65
        2025-10-29,2025,70,72,guidance,70-72
        2025-10-29,2025,71,72.5,guidance,71-72.5
        2025-11-01,,1,2,guidance,1-2
        2025-11-02,2025,3,4,,3-4
        """, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("prices.csv"), """
        at,price,headcount
        2024-03-01 09:30:00,10.5,100
        2024-03-01 16:00:00,11.25,
        2024-03-02 09:30:00,x,101
        2024-03-02 09:30:00,12,102
        2024-02-29 12:00:00,9,99
        """, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run r = Cli.run(in.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path profile = recalculatingProfile();
    assertThat(proveRecalculationIsOn(profile)).as("Calc recalculates on load").isEqualTo("2");
    List<String[]> calc = sheetAsCsv(out.resolve("report.xlsx"), "Summary", profile);
    int formulas = assertCalcAgrees(out.resolve("report.xlsx"), calc);
    List<String> titles = new ArrayList<>();
    calc.forEach(row -> titles.add(row[0]));
    assertThat(titles).contains(
        "First and latest low to high (USD bn) by fiscal year and kind",
        "First and latest range by fiscal year and kind",
        "First and latest price", "First and latest headcount");
    assertThat(formulas).as("formulas checked").isGreaterThan(100);
  }

  /** Calc writes date-formatted cells as dates even in raw CSV: read them back as serial days. */
  static double number(String s) {
    if (s.matches("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?")) {
      LocalDateTime t = s.length() == 10 ? java.time.LocalDate.parse(s).atStartOfDay()
          : LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
      return DateUtil.getExcelDate(t);
    }
    if (s.endsWith("%")) {
      return Double.parseDouble(s.substring(0, s.length() - 1)) / 100;
    }
    return Double.parseDouble(s);
  }

  /** A LibreOffice user profile that recalculates every formula of an xlsx file on load. */
  Path recalculatingProfile() throws IOException {
    Path profile = tmp.resolve("profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
        xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
        <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """, StandardCharsets.UTF_8);
    return profile;
  }

  /** A workbook whose only formula, =1+1, claims the cached value 5: Calc must say 2. */
  String proveRecalculationIsOn(Path profile) throws Exception {
    Path probe = tmp.resolve("probe.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(probe)) {
      Cell c = wb.createSheet("Probe").createRow(0).createCell(0);
      c.setCellFormula("1+1");
      c.setCellValue(5);
      wb.write(o);
    }
    return sheetAsCsv(probe, "Probe", profile).get(0)[0];
  }

  /** One sheet as Calc computes it, as raw (unformatted) CSV cells. */
  List<String[]> sheetAsCsv(Path xlsx, String sheet, Path profile) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("csv-" + sheet));
    // Filter options: comma, double quote, UTF-8, from row 1, ..., -1 = every sheet to its own file.
    ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore", "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir", dir.toString(), xlsx.toString());
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish in 120 s");
    }
    assertThat(p.exitValue()).isZero();
    String base = xlsx.getFileName().toString().replace(".xlsx", "");
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(base + "-" + sheet + ".csv"), StandardCharsets.UTF_8)) {
      rows.add(line.split(",", -1));
    }
    return rows;
  }
}
