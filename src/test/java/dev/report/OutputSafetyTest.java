package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are put in place all together or not at all; inputs are never written. */
class OutputSafetyTest {
  @TempDir Path tmp;

  @Test
  void aWorkbookThatCannotBeReplacedIsExitThreeAndEarlierOutputsStay() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("report.xlsx"));
    // A non-empty folder where the workbook goes cannot be replaced by a file.
    Files.writeString(out.resolve("report.xlsx/keep"), "x");
    Files.writeString(out.resolve("issues.csv"), "earlier issues\n");
    Cli.Run run = Cli.run(Cli.EXAMPLE.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("report: cannot write " + out.resolve("report.xlsx") + ": ")
        .contains("if the workbook is open in Excel, close it and run again")
        .doesNotContain("Exception");
    assertThat(Files.readString(out.resolve("issues.csv"))).isEqualTo("earlier issues\n");
    assertThat(out.resolve("charts")).satisfies(c ->
        assertThat(!Files.exists(c) || isEmpty(c)).as("no chart put in place").isTrue());
    try (Stream<Path> s = Files.walk(out)) {
      assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList())
          .as("temporary files removed").isEmpty();
    }
  }

  @Test
  void chartsOfAnEarlierRunThatNoLongerApplyAreRemoved() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("charts"));
    Files.writeString(out.resolve("charts/old-chart.png"), "not a chart any more");
    assertThat(Cli.run(Cli.EXAMPLE.toString(), "-o", out.toString()).exitCode()).isZero();
    assertThat(out.resolve("charts/old-chart.png")).doesNotExist();
    assertThat(out.resolve("charts/partners-count-by-category.png")).exists();
  }

  @Test
  void theOutputFolderIsNeverReadAsInput() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.csv"), "x\n1\n", StandardCharsets.UTF_8);
    // Output inside the input folder, holding a CSV (issues.csv) after the first run.
    Path out = in.resolve("out");
    assertThat(Cli.run(in.toString(), "-o", out.toString()).exitCode()).isZero();
    // The output folder, which now holds issues.csv, named as an input.
    Cli.Run second = Cli.run(out.toString(), "-o", out.toString());
    assertThat(second.exitCode()).isEqualTo(2);
    assertThat(second.err()).contains("no input files to read (only the output folder's)");
  }

  @Test
  void inputsAreNotModified() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String name : new String[] {"capex_guidance.csv", "events.csv", "partners.csv"}) {
      Files.copy(Cli.EXAMPLE.resolve(name), in.resolve(name));
    }
    long before = fingerprint(in);
    assertThat(Cli.run(in.toString(), "-o", tmp.resolve("out").toString()).exitCode()).isZero();
    assertThat(fingerprint(in)).isEqualTo(before);
  }

  @Test
  void theDefaultInputFolderHoldsTheExample() throws IOException {
    for (String name : new String[] {"capex_guidance.csv", "events.csv", "partners.csv"}) {
      assertThat(Path.of("input", name)).hasSameBinaryContentAs(Cli.EXAMPLE.resolve(name));
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long fingerprint(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      long h = 17;
      for (Path p : s.sorted().toList()) {
        h = h * 31 + java.util.Arrays.hashCode(Files.readAllBytes(p));
        h = h * 31 + Files.getLastModifiedTime(p).toMillis();
      }
      return h;
    }
  }
}
