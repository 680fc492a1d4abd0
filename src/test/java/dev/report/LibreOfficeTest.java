package dev.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens our workbook in a real spreadsheet: LibreOffice Calc, headless. Skipped only where
 * LibreOffice is not installed and this is not CI ({@code .ci/run} installs it, and sets CI).
 */
class LibreOfficeTest {
  @TempDir Path tmp;

  static boolean sofficeAvailable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void calcOpensTheExampleWorkbookAndReadsItsCells() throws Exception {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!ci) {
      assumeThat(sofficeAvailable()).as("LibreOffice (soffice) is installed").isTrue();
    }
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(Cli.EXAMPLE.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isZero();

    // The whole workbook to PDF: fails if Calc cannot load it.
    assertThat(convert(out.resolve("report.xlsx"), "pdf", tmp.resolve("pdf"))).isZero();
    Path pdf = tmp.resolve("pdf/report.pdf");
    assertThat(pdf).exists();
    assertThat(Files.size(pdf)).isGreaterThan(10_000);

    // The first sheet to CSV: the values Calc sees, as Calc formats them.
    assertThat(convert(out.resolve("report.xlsx"), "csv", tmp.resolve("csv"))).isZero();
    List<String> overview = Files.readAllLines(tmp.resolve("csv/report.csv"), StandardCharsets.UTF_8);
    assertThat(overview.get(0)).startsWith("Report");
    assertThat(overview).anyMatch(l -> l.startsWith("capex_guidance.csv,10,6,UTF-8,\",\",0,0,capex_guidance"));
    assertThat(overview).anyMatch(l -> l.startsWith("partners.csv,11,3,UTF-8,\",\",0,0,partners"));
  }

  /** Runs {@code soffice --headless --convert-to FORMAT} with its own profile; returns its exit code. */
  static int convert(Path file, String format, Path outDir) throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    Path profile = outDir.resolveSibling(outDir.getFileName() + "-profile");
    ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString(),
        file.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(outDir.resolveSibling(outDir.getFileName() + ".log").toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish converting " + file + " in 120 s");
    }
    return p.exitValue();
  }
}
