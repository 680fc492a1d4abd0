package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens our workbook in a real spreadsheet: LibreOffice Calc, headless ({@link Calc}). */
class LibreOfficeTest {
  @TempDir Path tmp;

  @Test
  void calcOpensTheExampleWorkbookAndReadsItsCells() throws Exception {
    Calc.assumeInstalled();
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(Cli.EXAMPLE.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isZero();

    // The whole workbook to PDF: fails if Calc cannot load it.
    assertThat(Calc.convert(out.resolve("report.xlsx"), "pdf", tmp.resolve("pdf"))).isZero();
    Path pdf = tmp.resolve("pdf/report.pdf");
    assertThat(pdf).exists();
    assertThat(Files.size(pdf)).isGreaterThan(10_000);

    // The first sheet to CSV: the values Calc sees, as Calc formats them.
    assertThat(Calc.convert(out.resolve("report.xlsx"), "csv", tmp.resolve("csv"))).isZero();
    // Calc writes its CSV in the system's 8-bit encoding (the subtitle's "·"): the lines checked
    // are ASCII, so the rest is decoded leniently.
    List<String> overview = new String(Files.readAllBytes(tmp.resolve("csv/report.csv")),
        StandardCharsets.UTF_8).lines().toList();
    assertThat(overview.get(0)).startsWith("Llama revenue sharing");
    assertThat(overview).anyMatch(l -> l.startsWith("capex_guidance.csv,10,6,UTF-8,\",\",0,0,Capex guidance"));
    assertThat(overview).anyMatch(l -> l.startsWith("partners.csv,11,3,UTF-8,\",\",0,0,Llama hosts"));
  }
}
