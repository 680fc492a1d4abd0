package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.compare.CompareWith;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison with the earlier report: Changes sheet, changes.csv, marks (issue 17). */
class ChangesTest {
  static final Instant FIRST = Instant.parse("2025-07-31T12:00:00Z");
  static final Instant SECOND = Instant.parse("2025-08-07T09:30:00Z");

  @TempDir Path dir;

  static ReportResult run(Path in, Path out, Instant at, CompareWith compare) {
    return Report.run(new ReportConfig(List.of(in), out, null, FailOn.NEVER,
        Clock.fixed(at, ZoneOffset.UTC), "test", Progress.NONE, compare));
  }

  static ReportResult run(Path in, Path out, Instant at) {
    return run(in, out, at, CompareWith.REPLACED);
  }

  private Path example() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      for (Path f : files.toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    return in;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertThat(s).contains(from);
    Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  /** The Changes sheet's rows after the header, each as its cells' texts. */
  static List<List<String>> changes(Path xlsx) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet s = wb.getSheet("Changes");
      assertThat(s).as("Changes sheet").isNotNull();
      List<List<String>> rows = new ArrayList<>();
      DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
      for (Row r : s) {
        if (r.getRowNum() == 0) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
          Cell cell = r.getCell(c);
          cells.add(cell == null ? "" : f.formatCellValue(cell));
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  static boolean hasSheet(Path xlsx, String name) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      return wb.getSheet(name) != null;
    }
  }

  @Test
  void theExampleRevisedShowsExactlyItsThreeChangesAndTheRevisedCellsNote() throws IOException {
    Path in = example();
    Path out = dir.resolve("out");
    ReportResult first = run(in, out, FIRST);
    assertThat(first.changes()).isEmpty();
    assertThat(hasSheet(out.resolve("report.xlsx"), "Changes")).isFalse();
    assertThat(out.resolve("changes.csv")).doesNotExist();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
      int meta = wb.getSheetIndex("report-compare");
      assertThat(meta).isPositive();
      assertThat(wb.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
    }

    replace(in.resolve("capex_guidance.csv"), "2024-10-30,2024,38,40", "2024-10-30,2024,38,42");
    replace(in.resolve("events.csv"), "2024-07-23,", "REMOVE,");
    List<String> lines = new ArrayList<>(Files.readAllLines(in.resolve("events.csv")));
    lines.removeIf(l -> l.startsWith("REMOVE,"));
    Files.write(in.resolve("events.csv"), lines);
    Files.writeString(in.resolve("partners.csv"), "Cerebras,Chip maker,Cerebras Inference\n",
        java.nio.file.StandardOpenOption.APPEND);
    ReportResult second = run(in, out, SECOND);

    assertThat(second.changes())
        .containsExactly("Changes since 2025-07-31 12:00: 1 changed cell, 1 added, 1 removed");
    Path xlsx = out.resolve("report.xlsx");
    assertThat(changes(xlsx)).containsExactly(
        List.of("changed", "capex_guidance.csv", "5", "2024-10-30, 2024", "high_usd_billion",
            "40.00", "42.00"),
        List.of("removed", "events.csv", "3", "2024-07-23", "", "", ""),
        List.of("added", "partners.csv", "13", "Cerebras", "", "", ""));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getSheetIndex("Changes")).isEqualTo(wb.getSheetIndex("Issues") + 1);
      Sheet changes = wb.getSheet("Changes");
      XSSFCell before = (XSSFCell) changes.getRow(1).getCell(5);
      assertThat(before.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(before.getNumericCellValue()).isEqualTo(40.0);
      assertThat(changes.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(42.0);
      String link = changes.getRow(1).getCell(2).getHyperlink().getAddress();
      assertThat(link).isEqualTo("'Capex guidance'!D5");
      List<String> overview = new ArrayList<>();
      for (Row r : wb.getSheet("Overview")) {
        Cell c = r.getCell(0);
        if (c != null && c.getCellType() == CellType.STRING
            && c.getStringCellValue().matches("\\w+: .*")) {
          overview.add(c.getStringCellValue());
          assertThat(c.getHyperlink().getAddress()).isEqualTo("'Changes'!A1");
        }
      }
      assertThat(overview).containsExactly("capex_guidance: 1 changed cell, 0 added, 0 removed",
          "events: 0 changed cells, 0 added, 1 removed",
          "partners: 0 changed cells, 1 added, 0 removed");
      Sheet capex = wb.getSheet("Capex guidance");
      XSSFCell revised = (XSSFCell) capex.getRow(4).getCell(3);
      assertThat(revised.getNumericCellValue()).isEqualTo(42.0);
      assertThat(revised.getCellComment().getString().getString())
          .isEqualTo("was 40 in the report of 2025-07-31");
      assertThat(revised.getCellStyle().getFillForegroundColor())
          .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_TURQUOISE.getIndex());
      XSSFCell unchanged = (XSSFCell) capex.getRow(4).getCell(2);
      assertThat(unchanged.getCellComment()).isNull();
      Cell added = wb.getSheet("Llama hosts").getRow(12).getCell(0);
      assertThat(added.getStringCellValue()).isEqualTo("Cerebras");
      assertThat(added.getCellComment().getString().getString())
          .isEqualTo("Added since the report of 2025-07-31");
    }
    assertThat(Files.readString(out.resolve("changes.csv"), StandardCharsets.UTF_8)).isEqualTo(
        "Change,Table,Line,Key,Column,Before,After\r\n"
        + "changed,capex_guidance.csv,5,\"2024-10-30, 2024\",high_usd_billion,40,42\r\n"
        + "removed,events.csv,3,2024-07-23,,,\r\n"
        + "added,partners.csv,13,Cerebras,,,\r\n");
    assertThat(Files.readString(out.resolve("issues.csv"))).doesNotContain("Cerebras");

    // Nothing changed since: the sheet says so, with the earlier report's time.
    ReportResult third = run(in, out, SECOND.plusSeconds(3600));
    assertThat(third.changes())
        .containsExactly("Changes since 2025-08-07 09:30: 0 changed cells, 0 added, 0 removed");
    assertThat(changes(xlsx)).containsExactly(
        List.of("No changes since the report of 2025-08-07 09:30 UTC.", "", "", "", "", "", ""));
  }

  private Path table(String name, String text) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve(name), text);
    return in;
  }

  @Test
  void withoutAKeyRecordsAlignInFileOrderAndAMostlyEqualRecordIsChanged() throws IOException {
    Path in = table("t.csv", "kind,n,m\nx,1,5\nx,1,5\ny,2,6\ny,3,7\n");
    Path out = dir.resolve("out");
    run(in, out, FIRST);
    table("t.csv", "kind,n,m\nx,1,5\nz,9,9\nx,1,5\ny,3,8\n");
    ReportResult r = run(in, out, SECOND);
    assertThat(changes(out.resolve("report.xlsx"))).containsExactly(
        List.of("added", "t.csv", "3", "z, 9", "", "", ""),
        List.of("removed", "t.csv", "4", "y, 2", "", "", ""),
        List.of("changed", "t.csv", "5", "y, 3", "m", "7", "8"));
    assertThat(r.changes()).containsExactly(
        "Changes since 2025-07-31 12:00: 1 changed cell, 1 added, 1 removed");
  }

  @Test
  void aNewTableAndAGoneTableAreOneRowEach() throws IOException {
    Path in = table("a.csv", "id,v\n1,x\n2,y\n");
    table("b.csv", "id,v\n1,x\n2,y\n");
    Path out = dir.resolve("out");
    run(in, out, FIRST);
    Files.delete(in.resolve("b.csv"));
    table("c.csv", "id,v\n1,x\n2,y\n3,z\n");
    ReportResult r = run(in, out, SECOND);
    assertThat(changes(out.resolve("report.xlsx"))).containsExactly(
        List.of("new table", "c.csv", "", "", "", "", ""),
        List.of("table gone", "b.csv", "", "", "", "", ""));
    assertThat(r.changes()).containsExactly("Changes since 2025-07-31 12:00: 0 changed cells,"
        + " 0 added, 0 removed, 1 new table, 1 table gone");
  }

  @Test
  void aRenamedColumnIsOneRowAndItsValuesAreStillCompared() throws IOException {
    Path in = table("p.csv", "partner,offering\nAWS,Bedrock\nGroq,GroqCloud\n");
    Path out = dir.resolve("out");
    run(in, out, FIRST);
    table("p.csv", "partner,product\nAWS,Bedrock\nGroq,GroqCloud 2\n");
    run(in, out, SECOND);
    assertThat(changes(out.resolve("report.xlsx"))).containsExactly(
        List.of("column renamed", "p.csv", "", "", "product", "offering", "product"),
        List.of("changed", "p.csv", "3", "Groq", "product", "GroqCloud", "GroqCloud 2"));
  }

  @Test
  void aChangedTypeIsOneRowNotOneRowPerRecord() throws IOException {
    Path in = table("y.csv", "name,year\na,2024\nb,2025\nc,2026\n");
    Path out = dir.resolve("out");
    run(in, out, FIRST);
    table("y.csv", "name,year\na,FY2024\nb,FY2025\nc,FY2026\n");
    run(in, out, SECOND);
    assertThat(changes(out.resolve("report.xlsx"))).containsExactly(
        List.of("type changed", "y.csv", "", "", "year", "integer", "text"));
  }

  @Test
  void aWorkbookOfAnotherToolIsIgnoredWithOneLineSayingWhy() throws IOException {
    Path in = table("a.csv", "id,v\n1,x\n2,y\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream os = Files.newOutputStream(out.resolve("report.xlsx"))) {
      wb.createSheet("Data").createRow(0).createCell(0).setCellValue("hello");
      wb.write(os);
    }
    ReportResult r = run(in, out, SECOND);
    assertThat(r.changes()).containsExactly("report: the workbook " + out.resolve("report.xlsx")
        + " was not written by report (or by a version before 0.1.0 that kept no comparison"
        + " data): no comparison with it");
    assertThat(hasSheet(out.resolve("report.xlsx"), "Changes")).isFalse();
    assertThat(hasSheet(out.resolve("report.xlsx"), "a")).isTrue();
  }

  @Test
  void aCorruptBaselineIsSaidAndTheRunGoesOnWithoutComparison() throws IOException {
    Path in = table("a.csv", "id,v\n1,x\n2,y\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.write(out.resolve("report.xlsx"), "not a zip at all".getBytes(StandardCharsets.UTF_8));
    ReportResult r = run(in, out, SECOND);
    assertThat(r.changes()).hasSize(1);
    assertThat(r.changes().get(0))
        .startsWith("report: the earlier report " + out.resolve("report.xlsx") + " cannot be read: ")
        .endsWith("; no comparison this time");
    assertThat(hasSheet(out.resolve("report.xlsx"), "Changes")).isFalse();
    assertThat(hasSheet(out.resolve("report.xlsx"), "a")).isTrue();
  }

  @Test
  void compareWithTakesAnotherReportAndNoCompareTurnsItOff() throws IOException {
    Path in = table("a.csv", "id,v\n1,x\n2,y\n");
    Path old = dir.resolve("old");
    run(in, old, FIRST);
    table("a.csv", "id,v\n1,x\n2,z\n");
    Path out = dir.resolve("out");
    ReportResult r = run(in, out, SECOND, new CompareWith.Given(old.resolve("report.xlsx")));
    assertThat(r.changes()).containsExactly(
        "Changes since 2025-07-31 12:00: 1 changed cell, 0 added, 0 removed");
    assertThat(changes(out.resolve("report.xlsx"))).containsExactly(
        List.of("changed", "a.csv", "3", "2", "v", "y", "z"));
    assertThat(out.resolve("changes.csv")).exists();

    ReportResult off = run(in, out, SECOND, CompareWith.OFF);
    assertThat(off.changes()).isEmpty();
    assertThat(hasSheet(out.resolve("report.xlsx"), "Changes")).isFalse();
    assertThat(out.resolve("changes.csv")).as("an earlier run's changes.csv goes").doesNotExist();
  }

  @Test
  void theSameInputsAndBaselineGiveIdenticalBytes() throws IOException {
    Path in = table("a.csv", "id,v,d\n1,x,2024-01-02\n2,y,2024-01-03\n3,w,2024-01-04\n");
    Path old = dir.resolve("old");
    run(in, old, FIRST);
    table("a.csv", "id,v,d\n1,x,2024-01-02\n2,y,2024-02-03\n4,q,2024-01-05\n");
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    run(in, one, SECOND, new CompareWith.Given(old.resolve("report.xlsx")));
    run(in, two, SECOND, new CompareWith.Given(old.resolve("report.xlsx")));
    assertThat(Files.readAllBytes(one.resolve("report.xlsx")))
        .isEqualTo(Files.readAllBytes(two.resolve("report.xlsx")));
    assertThat(Files.readString(one.resolve("changes.csv"))).isEqualTo(
        "Change,Table,Line,Key,Column,Before,After\r\n"
        + "changed,a.csv,3,2,d,2024-01-03,2024-02-03\r\n"
        + "added,a.csv,4,4,,,\r\n"
        + "removed,a.csv,4,3,,,\r\n");
    assertThat(changes(one.resolve("report.xlsx")).get(0)).containsExactly(
        "changed", "a.csv", "3", "2", "d", "2024-01-03", "2024-02-03");
  }

  @Test
  void pastTheListedChangesTheSheetAndCsvSaySoAndTheCountsHaveThemAll() throws IOException {
    int n = dev.report.compare.ChangeList.LISTED + 2_000;
    StringBuilder before = new StringBuilder("id,v\n");
    StringBuilder after = new StringBuilder("id,v\n");
    for (int i = 1; i <= n; i++) {
      before.append(i).append(',').append(i % 97).append('\n');
      after.append(i).append(',').append(i % 97 + 1000).append('\n');
    }
    Path in = table("t.csv", before.toString());
    Path out = dir.resolve("out");
    run(in, out, FIRST);
    table("t.csv", after.toString());
    ReportResult r = run(in, out, SECOND);
    assertThat(r.changes()).containsExactly(
        "Changes since 2025-07-31 12:00: " + n + " changed cells, 0 added, 0 removed");
    assertThat(Files.readAllLines(out.resolve("changes.csv"))).hasSize(1
        + dev.report.compare.ChangeList.LISTED);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
      Sheet changes = wb.getSheet("Changes");
      int last = changes.getLastRowNum();
      assertThat(last).isEqualTo(dev.report.compare.ChangeList.LISTED + 2);
      assertThat(changes.getRow(last).getCell(0).getStringCellValue()).isEqualTo(
          "2,000 more changes are not listed, here or in changes.csv: the first 50,000 are."
          + " The Overview counts them all.");
      List<String> overview = new ArrayList<>();
      for (Row row : wb.getSheet("Overview")) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("t: ")) {
            overview.add(c.getStringCellValue());
          }
        }
      }
      assertThat(overview).containsExactly("t: " + n + " changed cells, 0 added, 0 removed");
    }
  }
}
