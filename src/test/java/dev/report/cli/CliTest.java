package dev.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a new user meets it: help, version, mistakes and exit codes. */
class CliTest {
  @TempDir Path tmp;

  @Test
  void helpExplainsInputsOutputsAndExitCodes() {
    Cli.Run run = Cli.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: report")
        .contains("[INPUT...]")
        .contains("-o, --output=DIR")
        .contains("report.xlsx")
        .contains("issues.csv")
        .contains("charts/*.png")
        .contains("Exit codes:")
        .contains("0  report written, no data errors")
        .contains("1  report written, data errors found")
        .contains("2  bad usage or configuration")
        .contains("3  an input could not be read or an output could not be written")
        .contains("70  a bug in report itself");
  }

  /**
   * Inputs named like the report's own sheets, in any case, and a report.yaml title that is one:
   * the tables get other names and the report is written (it was exit 70, "sheet name used
   * twice", with an empty charts folder left behind).
   */
  @Test
  void inputsNamedLikeTheReportsOwnSheetsAreRenamed() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String name : new String[] {"summary.csv", "ABOUT.csv", "Charts.csv", "overview.csv",
        "issues.csv", "data.csv"}) {
      Files.writeString(in.resolve(name), "label,amount\na,1\nb,2\n", StandardCharsets.UTF_8);
    }
    Files.writeString(in.resolve("report.yaml"), "tables:\n  - file: data.csv\n"
        + "    title: Summary\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString(), "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        Files.newInputStream(out.resolve("report.xlsx")))) {
      java.util.List<String> sheets = new java.util.ArrayList<>();
      wb.forEach(sh -> {
        // The tabs shown: not the very hidden comparison data.
        if (wb.getSheetVisibility(wb.getSheetIndex(sh)) != org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN) {
          sheets.add(sh.getSheetName());
        }
      });
      // Tables in file name order: data.csv (titled Summary) before summary.csv.
      assertThat(sheets).containsExactly("Overview", "Issues", "Summary (2)", "ABOUT (2)",
          "Charts (2)", "issues (2)", "overview (2)", "summary (3)", "Summary", "About");
      assertThat(sheets.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct())
          .hasSameSizeAs(sheets);
    }
  }

  /**
   * Data a chart cannot draw as it is: dates before 1900 (JFreeChart's periods start there) are
   * left out of the time series, and the chart says how many; sums past the largest double leave
   * their chart out. Both had stopped the run with exit 70 (issue 19, items 18 and 20).
   */
  @Test
  void datesBefore1900AndOverflowingSumsDoNotStopTheRun() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("old.csv"), "date,amount\n1850-01-01,1\n1851-01-01,2\n"
        + "2024-01-01,3\n2024-02-01,4\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("huge.csv"), "region,value\na,1e308\nb,1.7e308\nc,1e308\n"
        + "a,1.5e308\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("and 1 chart in");
    try (var files = Files.list(out.resolve("charts"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactly("old-amount-by-date.png");
    }
  }

  /**
   * Two tables whose names differ only in case chart the same thing: each chart gets its own file
   * (the second PNG had replaced the first, the count said 1 and a temporary file stayed behind,
   * one more on each run; issue 19, item 25).
   */
  @Test
  void chartsOfTablesNamedAlikeGetTheirOwnFiles() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String name : new String[] {"Sales.csv", "sales.csv"}) {
      StringBuilder csv = new StringBuilder("region,amount\n");
      for (int i = 0; i < 12; i++) {
        csv.append(new String[] {"North", "South", "East"}[i % 3]).append(',')
            .append(i * 3 + name.charAt(0)).append('\n');
      }
      Files.writeString(in.resolve(name), csv, StandardCharsets.UTF_8);
    }
    Path out = tmp.resolve("out");
    for (int run = 0; run < 2; run++) {
      Cli.Run r = Cli.run(in.toString(), "-o", out.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("and 2 charts in");
      try (var files = Files.list(out.resolve("charts"))) {
        assertThat(files.map(f -> f.getFileName().toString()).sorted())
            .containsExactly("sales-amount-by-region-2.png", "sales-amount-by-region.png");
      }
    }
  }

  /** {@code -o} naming a file says so (it had said "cannot create the output folder"). */
  @Test
  void anOutputThatIsAFileIsSaidToBeOne() throws IOException {
    Path file = Files.writeString(tmp.resolve("out.txt"), "x");
    Cli.Run run = Cli.run(Cli.EXAMPLE.toString(), "-o", file.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("report: cannot write " + file
        + ": it is a file, not a folder: give -o a folder" + System.lineSeparator());
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void versionNamesTheTool() {
    Cli.Run run = Cli.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).matches("report \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void missingInputFolderIsOneLineAndExitThree() {
    Path missing = tmp.resolve("nowhere");
    Cli.Run run = Cli.run(missing.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("report: input not found: " + missing + System.lineSeparator());
    assertThat(run.out()).isEmpty();
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  /**
   * A broken symbolic link {@code x.csv} in an input folder is an input that cannot be read, as
   * when it is named directly: exit 3, naming it and where it points (it had been skipped
   * silently, and the report written without it).
   */
  @Test
  void aBrokenSymbolicLinkInAnInputFolderIsExitThreeAsWhenNamed() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.csv"), "n\n1\n", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(in.resolve("x.csv"), tmp.resolve("gone.csv"));
    String expected = "report: cannot read " + link + ": it is a symbolic link to "
        + tmp.resolve("gone.csv") + ", which does not exist" + System.lineSeparator();
    Path out = tmp.resolve("out");

    Cli.Run inFolder = Cli.run(in.toString(), "-o", out.toString());
    assertThat(inFolder.exitCode()).isEqualTo(3);
    assertThat(inFolder.err()).isEqualTo(expected);
    assertThat(out).doesNotExist();

    Cli.Run named = Cli.run(link.toString(), "-o", out.toString());
    assertThat(named.exitCode()).isEqualTo(3);
    assertThat(named.err()).isEqualTo(expected);
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownOptionShowsUsageAndExitTwo() {
    Cli.Run run = Cli.run("--colour", "red");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("report: Unknown option: '--colour'")
        .contains("Usage: report");
  }

  @Test
  void badFailOnLevelIsUsageError() {
    Cli.Run run = Cli.run("--fail-on", "sometimes", Cli.EXAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'sometimes' is not a level: use error, warning or never");
  }

  @Test
  void badLocaleIsUsageErrorNamingTheValue() {
    Cli.Run run = Cli.run("--locale", "12", Cli.EXAMPLE.toString(), "-o", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(
        "report: --locale '12' is not a language tag: use one such as en-US, fr-FR or de-DE"
            + System.lineSeparator());
  }

  @Test
  void folderWithoutCsvIsUsageError() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Cli.Run run = Cli.run(empty.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no .csv or .xlsx files in " + empty);
  }

  /**
   * Two inputs with the same file name in different folders would share their sheet name's root,
   * their issue counts and their console lines: refused, naming both, before anything is read.
   */
  @Test
  void twoInputsWithTheSameFileNameAreAUsageError() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(a.resolve("x.csv"), "id,v\n1,2\n2\n", StandardCharsets.UTF_8);
    Files.writeString(b.resolve("x.csv"), "id,v\n1,2\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(a.toString(), b.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("report: two inputs are named x.csv (" + a.resolve("x.csv")
        + " and " + b.resolve("x.csv") + "): tables are known by their file name in the report; "
        + "rename one, or report them separately" + System.lineSeparator());
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void dataErrorsGiveExitOneAndCompilerStyleDiagnostics() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Files.writeString(in.resolve("spend.csv"), "host,amount\nAWS,12\nAzure\nGroq,3\n",
        StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(
        "spend.csv:3:2: error: the record has 1 of the header's 2 cells; \"amount\" is missing");
    assertThat(run.out()).contains("spend.csv").contains("3 rows").contains("1 error");
    assertThat(tmp.resolve("out/report.xlsx")).exists();
  }

  @Test
  void failOnNeverAndWarning() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    // Nine numbers and one that is not: a type warning, no error.
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 1; i <= 9; i++) {
      csv.append(i).append('\n');
    }
    csv.append("ten\n");
    Files.writeString(in.resolve("n.csv"), csv, StandardCharsets.UTF_8);
    String out = tmp.resolve("out").toString();
    assertThat(Cli.run(in.toString(), "-o", out).exitCode()).isZero();
    assertThat(Cli.run(in.toString(), "-o", out, "--fail-on", "warning").exitCode()).isEqualTo(1);
    Files.writeString(in.resolve("bad.csv"), "a,b\n1\n", StandardCharsets.UTF_8);
    assertThat(Cli.run(in.toString(), "-o", out).exitCode()).isEqualTo(1);
    assertThat(Cli.run(in.toString(), "-o", out, "--fail-on", "never").exitCode()).isZero();
  }

  @Test
  void quietPrintsNoSummary() {
    Cli.Run run = Cli.run("-q", Cli.EXAMPLE.toString(), "-o", tmp.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  /**
   * --help says -q prints nothing but errors: warnings were printed too, and the errors after a
   * file's first 20 issues were not (issue 19, item 24).
   */
  @Test
  void quietPrintsTheFirstTwentyErrorsOfAFileAndNoWarnings() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    StringBuilder csv = new StringBuilder("n,note\n");
    for (int i = 0; i < 40; i++) {
      csv.append(i).append(",ok\n");
    }
    csv.append("1 2,a\n".repeat(25)); // lines 42-66: warnings (text in a number column)
    csv.append("7\n".repeat(25));     // lines 67-91: errors (a cell is missing)
    Files.writeString(in.resolve("f.csv"), csv, StandardCharsets.UTF_8);
    Cli.Run loud = Cli.run(in.toString(), "-o", tmp.resolve("a").toString());
    Cli.Run quiet = Cli.run(in.toString(), "-o", tmp.resolve("b").toString(), "-q");
    assertThat(quiet.exitCode()).isEqualTo(1);
    assertThat(quiet.out()).isEmpty();
    List<String> lines = quiet.err().lines().toList();
    assertThat(lines).hasSize(21);
    for (int i = 0; i < 20; i++) {
      assertThat(lines.get(i)).startsWith("f.csv:" + (67 + i) + ":").contains(": error: ");
    }
    assertThat(lines.get(20)).isEqualTo("f.csv: 5 more errors in issues.csv and on the Issues sheet");
    List<String> all = loud.err().lines().toList();
    assertThat(all).hasSize(21);
    assertThat(all.get(0)).contains(": warning: ");
    assertThat(all.get(20)).matches("f.csv: \\d+ more issues in issues.csv and on the Issues sheet");
  }

  /** One very long file name pushed every summary line as far right (issue 19, item 24). */
  @Test
  void aLongFileNameShiftsOnlyItsOwnSummaryLine() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    String longName = "x".repeat(90) + ".csv";
    for (String name : List.of("a.csv", "spend.csv", longName)) {
      Files.writeString(in.resolve(name), "n\n1\n", StandardCharsets.UTF_8);
    }
    Cli.Run run = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().limit(3)).containsExactly(
        "a.csv              1 rows    1 columns  0 errors  0 warnings",
        "spend.csv          1 rows    1 columns  0 errors  0 warnings",
        longName + "          1 rows    1 columns  0 errors  0 warnings");
  }

  @Test
  void issuesCsvNeutralisesFormulaLikeValues() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Files.writeString(in.resolve("f.csv"), "n\n1\n2\n3\n4\n5\n6\n7\n8\n9\n=cmd|' /C calc'!A0\n",
        StandardCharsets.UTF_8);
    assertThat(Cli.run(in.toString(), "-o", tmp.resolve("out").toString()).exitCode()).isZero();
    assertThat(Files.readAllLines(tmp.resolve("out/issues.csv"), StandardCharsets.UTF_8).get(1))
        .startsWith("warning,f.csv,11,n,'=cmd|' /C calc'!A0,");
  }

  @Test
  void aStrayQuoteNeverSwallowsRecordsSilently() throws IOException {
    // Read with the quote opening a field, this was one record with a three-line note and no issue.
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("swallow.csv"), "name,path,note,qty\n"
        + "Intel,E:\\x,\"unclosed quote starts here,40\nAMD,F:\\y,fine,50\n"
        + "Dell,C:\\z,a \"\"quoted\"\" word\",60\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("swallow\\.csv +3 rows +4 columns +1 error +0 warnings");
    assertThat(run.err()).startsWith("swallow.csv:2:3: error: a quote opens a field here and is "
        + "never closed");
  }

  /**
   * Out of memory is recognised however it arrives: itself, as the cause of a failed chart (a
   * worker thread's), or suppressed by another error. (A real run out of memory is not a test:
   * at a few MB of heap the JVM may hang; by hand, 8 to 16 MB gave the one line and exit 70.)
   */
  @Test
  void outOfMemoryIsRecognisedWhereverItIsInTheChain() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    assertThat(ReportCommand.outOfMemory(oom)).isTrue();
    assertThat(ReportCommand.outOfMemory(
        new java.util.concurrent.CompletionException(oom))).isTrue();
    NoClassDefFoundError uninitialised = new NoClassDefFoundError("Could not initialize class X");
    assertThat(ReportCommand.outOfMemory(uninitialised)).isFalse();
    uninitialised.addSuppressed(oom);
    assertThat(ReportCommand.outOfMemory(uninitialised)).isTrue();
    assertThat(ReportCommand.outOfMemory(new IllegalStateException("bug"))).isFalse();
    assertThat(ReportCommand.outOfMemory()).matches("report: ran out of memory \\(a heap of \\d+"
        + " MB\\): run it with more, such as java -Xmx1g -jar report.jar; report keeps its memory"
        + " flat, so if that heap was not small this is a bug in report, please report it");
  }
}
