package dev.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice Calc, a second implementation, draws the native charts: printed, the Overview has
 * their titles as text (a picture has none), on as many pages as with pictures; and editing a
 * data cell moves the chart's data block once Calc recalculates.
 */
class NativeChartsCalcTest {
  @TempDir Path tmp;

  @Test
  void theOverviewPrintsTheNativeChartsTitlesAsTextOnTheSamePagesAsPictures() throws Exception {
    Calc.assumeInstalled();
    assumePdfToText();
    NativeChartsTest example = new NativeChartsTest();
    example.tmp = Files.createDirectories(tmp.resolve("native"));
    List<String> nativePages = overviewPages(example.example(""), tmp.resolve("native-pdf"));
    NativeChartsTest pictures = new NativeChartsTest();
    pictures.tmp = Files.createDirectories(tmp.resolve("picture"));
    List<String> picturePages = overviewPages(pictures.example("workbook_charts: picture\n"),
        tmp.resolve("picture-pdf"));

    String printed = String.join("\n", nativePages);
    assertThat(printed).contains(NativeChartsTest.CAPEX, NativeChartsTest.HOSTS, "USD bn",
        "Chip maker", "Count of records");
    assertThat(String.join("\n", picturePages)).as("a picture's title is no text")
        .doesNotContain(NativeChartsTest.CAPEX).doesNotContain(NativeChartsTest.HOSTS);
    assertThat(nativePages).as("native charts take the pictures' places and sizes")
        .hasSameSizeAs(picturePages);
    assertThat(nativePages.size()).isBetween(1, 3);
  }

  @Test
  void editingADataCellMovesTheChartDataBlockOnceCalcRecalculates() throws Exception {
    Calc.assumeInstalled();
    NativeChartsTest example = new NativeChartsTest();
    example.tmp = Files.createDirectories(tmp.resolve("example"));
    Path xlsx = example.example("");
    // One chip maker becomes a cloud provider: 4 and 3 become 3 and 4.
    Path edited = tmp.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet hosts = wb.getSheet("Llama hosts");
      Row chip = null;
      for (Row r : hosts) {
        if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("Chip maker")) {
          chip = r;
          break;
        }
      }
      assertThat(chip).isNotNull();
      chip.getCell(1).setCellValue("Cloud provider");
      try (OutputStream out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    RecalculationTest calc = new RecalculationTest();
    calc.tmp = tmp;
    Path profile = calc.recalculatingProfile();
    assertThat(calc.proveRecalculationIsOn(profile)).as("Calc recalculates on load").isEqualTo("2");
    List<String[]> before = calc.sheetAsCsv(xlsx, "Chart data", profile);
    List<String[]> after = calc.sheetAsCsv(edited, "Chart data", profile);
    // The block of the hosts by kind: category, count, from its first category on.
    assertThat(block(before)).containsExactly("Chip maker=4", "Cloud provider=3",
        "Data platform=2", "Hardware maker=1", "IT services=1");
    assertThat(block(after)).containsExactly("Chip maker=3", "Cloud provider=4",
        "Data platform=2", "Hardware maker=1", "IT services=1");
  }

  private static List<String> block(List<String[]> rows) {
    int first = 0;
    while (first < rows.size() && !rows.get(first)[0].equals("Chip maker")) {
      first++;
    }
    assertThat(first).as("the hosts' block in Chart data").isLessThan(rows.size());
    List<String> out = new ArrayList<>();
    for (int r = first; r < first + 5 && r < rows.size(); r++) {
      out.add(rows.get(r)[0] + "=" + rows.get(r)[1]);
    }
    return out;
  }

  /** The text of each printed page of the Overview (its footer names it), as pdftotext reads it. */
  private static List<String> overviewPages(Path xlsx, Path dir) throws Exception {
    assertThat(Calc.convert(xlsx, "pdf", dir)).isZero();
    Path pdf = dir.resolve("report.pdf");
    Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    List<String> pages = new ArrayList<>();
    for (String page : text.split("\f")) {
      if (page.strip().matches("(?s)(.*\\n)?\\s*Overview\\s+Page \\d+ of \\d+$")) {
        pages.add(page);
      }
    }
    return pages;
  }

  /** pdftotext (poppler-utils) reads the PDF; CI installs it, elsewhere the test skips without. */
  private static void assumePdfToText() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      found |= Files.isExecutable(Path.of(dir, "pdftotext"));
    }
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      assumeThat(found).as("pdftotext is installed").isTrue();
    }
  }
}
