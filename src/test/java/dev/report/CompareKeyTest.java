package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.yaml's {@code key:} is the key records are matched by (issue 17, item 2). */
class CompareKeyTest {
  /** Fiscal year and kind identify a record; the figure is the only column of unique values. */
  static final String BEFORE = "fiscal_year,kind,usd_bn\n2024,guidance,30\n2024,actual,40\n"
      + "2025,guidance,60\n2025,actual,72\n";
  /** The records reordered, and 2025's guidance revised from 60 to 66. */
  static final String AFTER = "fiscal_year,kind,usd_bn\n2025,actual,72\n2025,guidance,66\n"
      + "2024,guidance,30\n2024,actual,40\n";
  static final String KEYED = "tables:\n  - file: plan.csv\n    key: [fiscal_year, kind]\n";

  @TempDir Path dir;

  private Path in() throws IOException {
    return Files.createDirectories(dir.resolve("in"));
  }

  private Path out() {
    return dir.resolve("out");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(in().resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Writes plan.csv, runs, then writes its next version and runs again into the same folder. */
  private List<List<String>> twoRuns() throws IOException {
    write("plan.csv", BEFORE);
    ChangesTest.run(in(), out(), ChangesTest.FIRST);
    write("plan.csv", AFTER);
    ReportResult second = ChangesTest.run(in(), out(), ChangesTest.SECOND);
    assertThat(second.changes()).hasSize(1);
    return ChangesTest.changes(out().resolve("report.xlsx"));
  }

  private static final List<String> REVISED =
      List.of("changed", "plan.csv", "3", "2025, guidance", "usd_bn", "60", "66");

  @Test
  void withAKeyReorderedRecordsMatchAndARevisedFigureIsOneChangedCell() throws IOException {
    write("report.yaml", KEYED);
    assertThat(twoRuns()).containsExactly(REVISED);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out().resolve("report.xlsx")))) {
      assertThat(wb.getSheet("Changes").getRow(1).getCell(2).getHyperlink().getAddress())
          .isEqualTo("'plan'!C3");
      assertThat(wb.getSheet("plan").getRow(2).getCell(2).getCellComment().getString().getString())
          .isEqualTo("was 60 in the report of 2025-07-31");
    }
  }

  @Test
  void withoutTheKeyTheInferredKeyIsTheFigureAndTheRevisionIsARemovalAndAnAddition()
      throws IOException {
    // What the key changes: inferred, the key is usd_bn (the first unique, complete column).
    assertThat(twoRuns()).containsExactly(
        List.of("added", "plan.csv", "3", "66", "", "", ""),
        List.of("removed", "plan.csv", "4", "60", "", "", ""));
  }

  @Test
  void theKeyWinsOverADataPackagePrimaryKey() throws IOException {
    write("datapackage.json", """
        {"resources": [{"name": "plan", "path": "plan.csv", "schema": {
          "fields": [{"name": "fiscal_year", "type": "integer"},
                     {"name": "kind", "type": "string"}, {"name": "usd_bn", "type": "integer"}],
          "primaryKey": "usd_bn"}}]}
        """);
    write("report.yaml", KEYED);
    assertThat(twoRuns()).containsExactly(REVISED);
    Files.delete(in().resolve("report.yaml"));
    write("plan.csv", BEFORE);
    ChangesTest.run(in(), dir.resolve("pk"), ChangesTest.FIRST);
    write("plan.csv", AFTER);
    ChangesTest.run(in(), dir.resolve("pk"), ChangesTest.SECOND);
    assertThat(ChangesTest.changes(dir.resolve("pk/report.xlsx"))).as("by the primaryKey")
        .containsExactly(List.of("added", "plan.csv", "3", "66", "", "", ""),
            List.of("removed", "plan.csv", "4", "60", "", "", ""));
  }

  @Test
  void theKeyIsKeptForTheNextComparisonWhenReportYamlNoLongerGivesIt() throws IOException {
    write("report.yaml", KEYED);
    write("plan.csv", BEFORE);
    ChangesTest.run(in(), out(), ChangesTest.FIRST);
    Files.delete(in().resolve("report.yaml"));
    write("plan.csv", AFTER);
    ChangesTest.run(in(), out(), ChangesTest.SECOND);
    assertThat(ChangesTest.changes(out().resolve("report.xlsx"))).containsExactly(REVISED);
  }

  @Test
  void aSingleNameIsAKeyOfOneColumnWrittenInAnyCase() throws IOException {
    // Inferred, the key would be name (the first unique column): its revision would be a removal
    // and an addition.
    write("report.yaml", "tables:\n  - file: plan\n    key: CODE\n");
    write("plan.csv", "name,code,n\nx,a,1\ny,b,2\nz,c,3\n");
    ChangesTest.run(in(), out(), ChangesTest.FIRST);
    write("plan.csv", "name,code,n\nz,c,3\nw,b,2\nx,a,1\n");
    ChangesTest.run(in(), out(), ChangesTest.SECOND);
    assertThat(ChangesTest.changes(out().resolve("report.xlsx")))
        .containsExactly(List.of("changed", "plan.csv", "3", "b", "name", "y", "w"));
  }

  private Cli.Run fails(String yaml) throws IOException {
    write("plan.csv", BEFORE);
    write("report.yaml", yaml);
    Cli.Run r = Cli.run(in().toString(), "-o", out().toString(), "--fail-on", "never");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(out().resolve("report.xlsx")).doesNotExist();
    return r;
  }

  private String at(int line) throws IOException {
    return in().resolve("report.yaml") + ":" + line + ": ";
  }

  @Test
  void aKeyColumnThatIsNoColumnOfTheTableIsExitTwoWithDidYouMean() throws IOException {
    Cli.Run r = fails("title: Plan\ntables:\n  - file: plan.csv\n    key: [fiscal_year, knd]\n");
    assertThat(r.err()).contains(at(4) + "key column \"knd\" is not in plan.csv (its columns:"
        + " fiscal_year, kind, usd_bn); did you mean \"kind\"?\n");
  }

  @Test
  void anEmptyKeyIsExitTwo() throws IOException {
    Cli.Run r = fails("tables:\n  - file: plan.csv\n    key: []\n");
    assertThat(r.err()).contains(at(3) + "\"key\" names no column: give the column, or the"
        + " columns, whose values identify a record (key: id, or key: [fiscal_year, kind]), or"
        + " leave it out\n");
  }

  @Test
  void aKeyThatIsAMappingIsExitTwo() throws IOException {
    Cli.Run r = fails("tables:\n  - file: plan.csv\n    key: {fiscal_year: kind}\n");
    assertThat(r.err()).contains(at(3) + "\"key\" must be a column name (key: id) or a list of"
        + " them (key: [fiscal_year, kind]), not a mapping\n");
  }

  @Test
  void aKeyNamingAColumnTwiceIsExitTwo() throws IOException {
    Cli.Run r = fails("tables:\n  - file: plan.csv\n    key: [kind, Kind]\n");
    assertThat(r.err()).contains(at(3) + "\"key\" names column \"kind\" twice: name it once\n");
  }

  @Test
  void aKeyWhoseValuesRepeatMatchesItsRecordsInFileOrderAndSaysSo() throws IOException {
    write("report.yaml", "tables:\n  - file: plan.csv\n    key: fiscal_year\n");
    write("plan.csv", BEFORE);
    ChangesTest.run(in(), out(), ChangesTest.FIRST);
    write("plan.csv", "fiscal_year,kind,usd_bn\n2024,guidance,30\n2024,actual,40\n"
        + "2025,guidance,66\n2025,actual,72\n");
    ReportResult second = ChangesTest.run(in(), out(), ChangesTest.SECOND);
    assertThat(second.changes()).containsExactly("report: plan.csv: the key (fiscal_year) is not"
        + " unique in the earlier report (2 records repeat another's): records of one key are"
        + " matched in file order; give a unique key with key: in report.yaml",
        "Changes since 2025-07-31 12:00: 1 changed cell, 0 added, 0 removed");
    assertThat(ChangesTest.changes(out().resolve("report.xlsx"))).containsExactly(
        List.of("changed", "plan.csv", "4", "2025", "usd_bn", "60", "66"));
  }
}
