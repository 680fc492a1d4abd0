package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.yaml in the input folder: titles, sheet order and names, formats, units, charts. */
class ReportYamlEndToEndTest {
  @TempDir Path tmp;
  Path in;

  @BeforeEach
  void copyExample() throws IOException {
    in = Files.createDirectories(tmp.resolve("in"));
    for (String name : new String[] {"capex_guidance.csv", "events.csv", "partners.csv"}) {
      Files.copy(Cli.EXAMPLE.resolve(name), in.resolve(name));
    }
  }

  private Cli.Run run(String yaml) throws IOException {
    Files.writeString(in.resolve("report.yaml"), yaml, StandardCharsets.UTF_8);
    return Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
  }

  @Test
  void titlesOrderFormatsUnitsAndChartsAreApplied() throws IOException {
    Cli.Run r = run("""
        title: Llama revenue sharing
        subtitle: Meta, its hosts and its spending
        author: Data desk
        auto_charts: false
        tables:
          - file: partners.csv
            title: Hosts
          - file: capex_guidance.csv
            title: Capex guidance
            columns:
              low_usd_billion: {unit: billion USD, format: "0.0"}
        charts:
          - type: bar
            table: partners
            x: category
            title: Llama hosts by kind of company
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      List<String> names = new ArrayList<>();
      wb.forEach(sh -> {
        // The tabs shown: not the very hidden comparison data.
        if (wb.getSheetVisibility(wb.getSheetIndex(sh)) != org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN) {
          names.add(sh.getSheetName());
        }
      });
      assertThat(names).containsExactly(
          "Overview", "Issues", "Hosts", "Capex guidance", "events", "Summary", "About",
          "Chart data");
      assertThat(wb.getSheet("Overview").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Llama revenue sharing");
      assertThat(wb.getSheet("Overview").getRow(1).getCell(0).getStringCellValue())
          .startsWith("Meta, its hosts and its spending · Generated ");
      assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("Data desk");
      var capex = wb.getSheet("Capex guidance");
      assertThat(capex.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
      assertThat(capex.getRow(0).getCell(2).getCellComment().getString().getString())
          .contains("Unit: billion USD");
      List<String> alt = new ArrayList<>();
      wb.getSheet("Overview").getDrawingPatriarch().getShapes()
          .forEach(sh -> alt.add(Shapes.alt(sh)));
      assertThat(alt).containsExactly("Llama hosts by kind of company");
    }
    try (Stream<Path> pngs = Files.list(tmp.resolve("out/charts"))) {
      assertThat(pngs.map(p -> p.getFileName().toString()).toList())
          .containsExactly("partners-count-by-category.png");
    }
  }

  @Test
  void aChartNamingAMissingTableOrColumnIsExitTwoWithItsLineAndADidYouMean() throws IOException {
    Cli.Run r = run("""
        charts:
          - type: bar
            table: partner
            x: category
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("report: " + in.resolve("report.yaml") + ":2: table \"partner\" "
        + "is not among the inputs (capex_guidance.csv, events.csv, partners.csv); "
        + "did you mean \"partners.csv\"?" + System.lineSeparator());
    assertThat(tmp.resolve("out/report.xlsx")).doesNotExist();

    r = run("""
        charts:
          - type: range
            table: capex_guidance.csv
            x: announced
            y: [low_usd_bilion, high_usd_billion]
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(":2: column \"low_usd_bilion\" is not in capex_guidance.csv "
        + "(its columns: announced, fiscal_year, low_usd_billion, high_usd_billion, kind, source); "
        + "did you mean \"low_usd_billion\"?");
  }

  /** "marker" names the column of kinds of record; a misspelt one or one off a range says so. */
  @Test
  void aMarkerIsAColumnOfARangeChart() throws IOException {
    Cli.Run r = run("""
        charts:
          - type: range
            table: capex_guidance
            x: announced
            y: [low_usd_billion, high_usd_billion]
            marker: knd
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(":2: column \"knd\" is not in capex_guidance.csv (its columns: "
        + "announced, fiscal_year, low_usd_billion, high_usd_billion, kind, source); "
        + "did you mean \"kind\"?");
    r = run("""
        charts:
          - {type: bar, table: partners, x: category, marker: category}
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(":2: \"marker\" is for range charts only: it marks the records"
        + " of a kind (actual among guidance) with a shape of their own; remove it");
    r = run("""
        auto_charts: false
        charts:
          - type: range
            table: capex_guidance
            x: announced
            y: [low_usd_billion, high_usd_billion]
            marker: kind
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(tmp.resolve("out/charts/capex_guidance-range-by-announced.png")).exists();
  }

  @Test
  void aChartOfTheWrongKindOfColumnSaysWhatTheColumnHolds() throws IOException {
    Cli.Run r = run("""
        charts:
          - type: line
            table: partners
            x: category
            y: partner
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(":2: column \"category\" of partners.csv holds text, not dates;"
        + " partners.csv has no column of dates");
    r = run("""
        charts:
          - {type: bar, table: capex_guidance, x: kind, y: source}
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(":2: column \"source\" of capex_guidance.csv holds text, not"
        + " numbers; its columns of numbers: \"fiscal_year\", \"low_usd_billion\","
        + " \"high_usd_billion\"");
  }

  @Test
  void chartOptionsAggregateSortTopSizeSubtitleAndUnit() throws IOException {
    Files.writeString(in.resolve("deals.csv"), """
        host,amount
        AWS,10
        AWS,20
        Groq,5
        Dell,3
        Dell,5
        IBM,1
        """, StandardCharsets.UTF_8);
    Cli.Run r = run("""
        auto_charts: false
        charts:
          - type: bar
            table: deals
            x: host
            y: amount
            aggregate: mean
            sort: label
            top: 2
            size: 1000x400
            subtitle: Mean deal per host
            unit: million USD
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path png = tmp.resolve("out/charts/deals-mean_amount-by-host.png");
    java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(2000);
    assertThat(img.getHeight()).isEqualTo(800);
  }

  @Test
  void twoChartsThatDifferAreTwoChartsAndTheSameOneTwiceIsOne() throws IOException {
    Files.writeString(in.resolve("deals.csv"), """
        host,amount
        AWS,10
        Groq,5
        Dell,3
        """, StandardCharsets.UTF_8);
    Cli.Run r = run("""
        auto_charts: false
        charts:
          - {type: bar, table: deals, x: host, y: amount, sort: label, title: By name}
          - {type: bar, table: deals, x: host, y: amount, sort: value, title: By amount}
          - {type: bar, table: deals, x: host, y: amount, size: 1000x400}
          - {type: bar, table: deals, x: host, y: amount, size: 1000x400}
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (Stream<Path> pngs = Files.list(tmp.resolve("out/charts"))) {
      assertThat(pngs.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "deals-amount-by-host-2.png", "deals-amount-by-host-3.png",
          "deals-amount-by-host.png");
    }
    assertThat(r.out()).contains("3 charts");
  }

  /** A report.yaml saved as Latin-1 gave "MalformedInputException" with no line. */
  @Test
  void aYamlFileThatIsNotUtf8IsRefusedAtTheByteWithTheFix() throws IOException {
    Files.write(in.resolve("report.yaml"),
        "subtitle: Bilan\ntitle: Rapport d'activité\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Run r = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("report: " + in.resolve("report.yaml") + ":2:25: byte 0xE9 is not UTF-8 (the"
        + " file was saved in another encoding, such as Latin-1): save it as UTF-8\n");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void chartOptionMistakesAreExitTwoAtTheirLine() throws IOException {
    Cli.Run r = run("""
        charts:
          - type: bar
            table: partners
            x: category
            aggregate: average
        """);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(":5: \"aggregate\" must be sum, count or mean, not \"average\"");
    r = run("""
        charts:
          - type: bar
            table: partners
            x: category
            size: huge
        """);
    assertThat(r.err()).contains(":5: \"size\" must be WIDTHxHEIGHT in points, such as 800x500, not \"huge\"");
  }

  /**
   * Issue 19, "Also": of two titles that differ only by case, the first listed keeps its title
   * (tables are written in file name order, which had given it "Same (2)").
   */
  @Test
  void ofTwoTitlesDifferingOnlyByCaseTheFirstListedKeepsIt() throws IOException {
    Cli.Run r = run("""
        tables:
          - file: partners.csv
            title: Same
          - file: events.csv
            title: same
        """);
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      List<String> names = new ArrayList<>();
      wb.forEach(sheet -> {
        // The tabs shown: not the very hidden comparison data.
        if (wb.getSheetVisibility(wb.getSheetIndex(sheet)) != org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN) {
          names.add(sheet.getSheetName());
        }
      });
      assertThat(names).containsSubsequence("Same", "same (2)");
      String partnersFirst = Files.readAllLines(in.resolve("partners.csv")).get(0).split(",")[0];
      String eventsFirst = Files.readAllLines(in.resolve("events.csv")).get(0).split(",")[0];
      assertThat(wb.getSheet("Same").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo(partnersFirst);
      assertThat(wb.getSheet("same (2)").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo(eventsFirst);
    }
  }
}
