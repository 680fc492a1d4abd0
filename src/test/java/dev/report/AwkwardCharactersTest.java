package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.helpers.DefaultHandler;

/** Characters the outputs cannot hold as they are, in the data: the run still writes a sound report. */
class AwkwardCharactersTest {
  private static final String NOT_XML = "\uFFFF";
  @TempDir Path tmp;

  /**
   * U+FFFF (not allowed in XML 1.0) in a header, in categories and in web addresses: every part of
   * the workbook is still well-formed XML, and the workbook reopens.
   */
  @Test
  void aHeaderCategoriesAndLinksWithU_FFFFGiveAWellFormedWorkbook() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    StringBuilder csv = new StringBuilder("kind" + NOT_XML + ",amount,site\n");
    String[] kinds = {"a" + NOT_XML, "b", "a" + NOT_XML, "c", "b", "a" + NOT_XML};
    for (int i = 0; i < kinds.length; i++) {
      String site = i == 0 ? "https://example.org/ok" : "https://example.org/" + NOT_XML + i;
      csv.append(kinds[i]).append(',').append(i * 10 + 5).append(',').append(site).append('\n');
    }
    Files.writeString(in.resolve("t.csv"), csv, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString(), "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();

    List<String> malformed = new ArrayList<>();
    SAXParserFactory sax = SAXParserFactory.newInstance();
    sax.setNamespaceAware(true);
    try (ZipFile zip = new ZipFile(out.resolve("report.xlsx").toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (!e.getName().endsWith(".xml") && !e.getName().endsWith(".rels")) {
          continue;
        }
        try (InputStream s = zip.getInputStream(e)) {
          sax.newSAXParser().parse(s, new DefaultHandler());
        } catch (org.xml.sax.SAXException ex) {
          malformed.add(e.getName() + ": " + ex.getMessage());
        }
      }
    }
    assertThat(malformed).as("parts that are not well-formed XML").isEmpty();
    try (ZipFile zip = new ZipFile(out.resolve("report.xlsx").toFile())) {
      assertThat(zip.getEntry("xl/charts/chart1.xml")).as("a native chart of the kinds").isNotNull();
    }

    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet t = wb.getSheet("t");
      assertThat(t.getRow(1).getCell(2).getHyperlink().getAddress())
          .isEqualTo("https://example.org/ok");
      assertThat(t.getRow(2).getCell(2).getStringCellValue()).isEqualTo("https://example.org/1");
      assertThat(t.getRow(2).getCell(2).getHyperlink()).as("no link to an address XML cannot hold")
          .isNull();
      List<String> alt = new ArrayList<>();
      wb.getSheet("Overview").getDrawingPatriarch().getShapes().forEach(sh ->
          alt.add(Shapes.alt(sh)));
      assertThat(alt).isNotEmpty().anySatisfy(a -> assertThat(a).contains("kind"))
          .noneSatisfy(a -> assertThat(a).contains(NOT_XML));
    }
  }

  /** A value shown in an issue is cut at 1,000 characters; an emoji there stays whole or goes. */
  @Test
  void anIssueValueCutBeforeAnEmojiIsStillValidText() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 1; i <= 9; i++) {
      csv.append(i).append('\n');
    }
    csv.append("x".repeat(999)).append("\uD83D\uDE00y\n");
    Files.writeString(in.resolve("t.csv"), csv, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString(), "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("issues.csv"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("warning,t.csv,11,n," + "x".repeat(999) + "…,");
  }
}
