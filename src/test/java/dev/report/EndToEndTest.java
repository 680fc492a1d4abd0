package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example through the command line, then every output reopened with another reader:
 * the workbook with POI's XSSF (not the streaming writer), the PNGs with ImageIO, the CSV as text.
 */
class EndToEndTest {
  @TempDir static Path out;
  static Cli.Run run;

  @BeforeAll
  static void runExample() {
    run = Cli.run(Cli.EXAMPLE.toString(), "-o", out.toString());
  }

  @Test
  void runsCleanAndSaysWhatItWrote() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("capex_guidance.csv         10 rows    6 columns  0 errors  0 warnings")
        .contains("events.csv                  4 rows    4 columns  0 errors  0 warnings")
        .contains("partners.csv               11 rows    3 columns  0 errors  0 warnings")
        .contains("Wrote " + out.resolve("report.xlsx"))
        .doesNotContain("Exception").doesNotContain("WARN").doesNotContain("log4j");
  }

  @Test
  void workbookHasOverviewIssuesAndOneSheetPerTableInOrder() throws IOException {
    try (XSSFWorkbook wb = open()) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> {
        // The tabs shown: not the very hidden comparison data.
        if (wb.getSheetVisibility(wb.getSheetIndex(s)) != org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN) {
          names.add(s.getSheetName());
        }
      });
      assertThat(names).containsExactly(
          "Overview", "Issues", "Capex guidance", "Statements", "Llama hosts", "Summary", "About",
          "Chart data");
    }
  }

  @Test
  void issuesSheetHasTheContractHeaderAndSaysThereAreNone() throws IOException {
    try (XSSFWorkbook wb = open()) {
      Sheet issues = wb.getSheet("Issues");
      assertThat(texts(issues.getRow(0))).startsWith(
          "Severity", "File", "Line", "Column", "Value", "Problem");
      assertThat(issues.getRow(1).getCell(0).getStringCellValue()).isEqualTo("No issues found.");
    }
    assertThat(Files.readString(out.resolve("issues.csv"), StandardCharsets.UTF_8))
        .isEqualTo("Severity,File,Line,Column,Value,Problem,Rule,Suggestion\r\n");
  }

  @Test
  void dataSheetsHaveTheHeaderThenEveryRecordWithRealTypes() throws IOException {
    try (XSSFWorkbook wb = open()) {
      Sheet capex = wb.getSheet("Capex guidance");
      assertThat(texts(capex.getRow(0))).containsExactly(
          "announced", "fiscal_year", "low_usd_billion", "high_usd_billion", "kind", "source");
      assertThat(capex.getLastRowNum()).isEqualTo(10);
      assertThat(capex.getRow(0).getCell(0).getCellComment().getString().getString())
          .isEqualTo("Type: date, shown as yyyy-mm-dd\nValues: 10\nMissing: 0");
      assertThat(capex.getRow(0).getCell(2).getCellComment().getString().getString())
          .isEqualTo("Type: number, shown as #,##0.00\nUnit: USD bn\nValues: 10\nMissing: 0");
      assertThat(capex.getRow(0).getCell(4).getCellComment().getString().getString())
          .isEqualTo("Type: text\nValues: 10\nMissing: 0");
      Row first = capex.getRow(1);
      assertDate(first.getCell(0), LocalDate.of(2024, 2, 1));
      assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2024);
      assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0");
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(30);
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(37);
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("guidance");
      Row actual = capex.getRow(6);
      assertDate(actual.getCell(0), LocalDate.of(2025, 1, 29));
      assertThat(actual.getCell(2).getNumericCellValue()).isEqualTo(39.23);
      assertThat(actual.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(actual.getCell(4).getStringCellValue()).isEqualTo("actual");

      Sheet events = wb.getSheet("Statements");
      assertThat(texts(events.getRow(0))).containsExactly("date", "event", "kind", "source");
      assertThat(events.getLastRowNum()).isEqualTo(4);
      assertDate(events.getRow(4).getCell(0), LocalDate.of(2025, 3, 21));
      assertThat(events.getRow(2).getCell(3).getStringCellValue())
          .isEqualTo("Mark Zuckerberg, \"Open Source AI Is the Path Forward\"");

      Sheet partners = wb.getSheet("Llama hosts");
      assertThat(texts(partners.getRow(0))).containsExactly("partner", "category", "offering");
      assertThat(partners.getLastRowNum()).isEqualTo(11);
      for (int r = 1; r <= 11; r++) {
        for (Cell c : partners.getRow(r)) {
          assertThat(c.getCellType()).isEqualTo(CellType.STRING);
        }
      }
      assertThat(partners.getRow(11).getCell(0).getStringCellValue()).isEqualTo("Snowflake");
    }
  }

  @Test
  void dataSheetsAreExcelTablesWithAFrozenHeader() throws IOException {
    try (XSSFWorkbook wb = open()) {
      for (String[] t : new String[][] {
          {"Capex guidance", "A1:F11", "T_Capex_guidance"},
          {"Statements", "A1:D5", "T_Statements"},
          {"Llama hosts", "A1:C12", "T_Llama_hosts"}}) {
        XSSFSheet s = wb.getSheet(t[0]);
        assertThat(s.getPaneInformation().isFreezePane()).as(t[0]).isTrue();
        assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(t[0]).isEqualTo((short) 1);
        assertThat(s.getColumnWidth(0)).as(t[0]).isGreaterThan(256 * 6);
        assertThat(s.getTables()).as(t[0]).hasSize(1);
        XSSFTable table = s.getTables().get(0);
        assertThat(table.getName()).isEqualTo(t[2]);
        assertThat(table.getArea().formatAsString()).isEqualTo(t[1]);
        assertThat(table.getStyleName()).isEqualTo("TableStyleMedium2");
        assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(t[1]);
        assertThat(s.getCTWorksheet().isSetAutoFilter()).as("no sheet filter beside the table").isFalse();
        List<String> columns = new ArrayList<>();
        table.getColumns().forEach(c -> columns.add(c.getName()));
        assertThat(columns).isEqualTo(texts(s.getRow(0)));
      }
    }
  }

  @Test
  void aboutSheetRecordsTheCommandAndEachInputsBytesAndSchema() throws IOException {
    try (XSSFWorkbook wb = open()) {
      Sheet about = wb.getSheet("About");
      assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo("About this report");
      assertThat(about.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Tool");
      assertThat(about.getRow(2).getCell(1).getStringCellValue()).startsWith("report ");
      assertThat(about.getRow(3).getCell(1).getStringCellValue())
          .isEqualTo("java -jar report.jar " + Cli.EXAMPLE + " -o " + out);
      int inputsHeader = 10;
      assertThat(texts(about.getRow(inputsHeader))).containsExactly("File", "Path", "Size (bytes)",
          "SHA-256", "Encoding", "Delimiter", "Quote", "Line ending", "Records", "Columns", "Schema",
          "Header row", "Range read");
      Row capex = about.getRow(inputsHeader + 1);
      Path file = Cli.EXAMPLE.resolve("capex_guidance.csv");
      assertThat(capex.getCell(0).getStringCellValue()).isEqualTo("capex_guidance.csv");
      assertThat(capex.getCell(2).getNumericCellValue()).isEqualTo(Files.size(file));
      assertThat(capex.getCell(3).getStringCellValue()).isEqualTo(sha256(file));
      assertThat(capex.getCell(7).getStringCellValue()).isEqualTo("LF");
      assertThat(capex.getCell(8).getNumericCellValue()).isEqualTo(10);
      assertThat(capex.getCell(10).getStringCellValue()).isEqualTo("inferred");
      List<String> columnRows = new ArrayList<>();
      for (int r = inputsHeader + 6; r <= about.getLastRowNum(); r++) {
        columnRows.add(String.join("|", texts(about.getRow(r)).subList(0, 4)));
      }
      assertThat(columnRows).contains("capex_guidance.csv|announced|date|yyyy-mm-dd",
          "capex_guidance.csv|low_usd_billion|number|#,##0.00", "partners.csv|partner|text|@");
    }
  }

  static String sha256(Path file) throws IOException {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void sheetsPrintLandscapeOnePageWideWithTheHeaderOnEveryPage() throws IOException {
    try (XSSFWorkbook wb = open()) {
      XSSFSheet s = wb.getSheet("Capex guidance");
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getFitToPage()).isTrue();
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(s.getFooter().getLeft()).isEqualTo("capex_guidance.csv");
      assertThat(s.getFooter().getRight()).isEqualTo("Page &P of &N");
      var props = wb.getProperties().getCoreProperties();
      assertThat(props.getTitle()).isEqualTo("Llama revenue sharing");
      assertThat(props.getSubject())
          .startsWith("Meta, the hosts of its Llama models, and its capital spending · Generated ");
      assertThat(props.getCreator()).isEqualTo("llama-revenue-share");
    }
  }

  @Test
  void overviewListsInputsWithLinksAndShowsTheCharts() throws IOException {
    try (XSSFWorkbook wb = open()) {
      XSSFSheet o = wb.getSheet("Overview");
      assertThat(o.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Llama revenue sharing");
      assertThat(o.getRow(1).getCell(0).getStringCellValue()).matches(
          "Meta, the hosts of its Llama models, and its capital spending · Generated"
              + " \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by report .+ from 3 files");
      int header = 4;
      assertThat(texts(o.getRow(header))).containsExactly(
          "File", "Rows", "Columns", "Encoding", "Delimiter", "Errors", "Warnings", "Sheet",
          "Issues");
      Row capex = o.getRow(header + 1);
      assertThat(capex.getCell(0).getStringCellValue()).isEqualTo("capex_guidance.csv");
      assertThat(capex.getCell(1).getNumericCellValue()).isEqualTo(10);
      assertThat(capex.getCell(2).getNumericCellValue()).isEqualTo(6);
      assertThat(capex.getCell(3).getStringCellValue()).isEqualTo("UTF-8");
      assertThat(capex.getCell(4).getStringCellValue()).isEqualTo(",");
      assertThat(capex.getCell(5).getNumericCellValue()).isZero();
      assertThat(capex.getCell(7).getHyperlink().getAddress()).isEqualTo("'Capex guidance'!A1");
      assertThat(o.getRow(header + 3).getCell(7).getHyperlink().getAddress())
          .isEqualTo("'Llama hosts'!A1");

      XSSFDrawing drawing = o.getDrawingPatriarch();
      List<String> alt = new ArrayList<>();
      drawing.getShapes().forEach(s -> alt.add(Shapes.alt(s)));
      assertThat(alt).containsExactly(
          "Meta's capex guidance for each fiscal year",
          "What Meta said about sharing Llama revenue", "Llama hosts by kind of company");
    }
  }

  @Test
  void everyChartIsASharpNonBlankPng() throws IOException {
    List<Path> pngs;
    try (Stream<Path> s = Files.list(out.resolve("charts"))) {
      pngs = s.sorted().toList();
    }
    assertThat(pngs).extracting(p -> p.getFileName().toString()).containsExactly(
        "capex_guidance-range-by-announced.png",
        "events-timeline-by-date.png",
        "partners-count-by-category.png");
    for (Path p : pngs) {
      BufferedImage img = ImageIO.read(p.toFile());
      assertThat(img).as(p.toString()).isNotNull();
      assertThat(img.getWidth()).isEqualTo(1600);
      assertThat(img.getHeight()).isEqualTo(1000);
      assertThat(img.getRGB(0, 0) & 0xFFFFFF).as("white background").isEqualTo(0xFFFFFF);
      assertThat(img.getRGB(0, 0) >>> 24).as("opaque").isEqualTo(0xFF);
      assertThat(img.getRGB(img.getWidth() / 2, img.getHeight() - 1) >>> 24).as("opaque").isEqualTo(0xFF);
      assertThat(distinctColours(img)).as("drawn, not blank: " + p).isGreaterThan(20);
    }
  }

  @Test
  void noStrayTemporaryFilesAreLeft() throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();
    }
  }

  static XSSFWorkbook open() throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }

  static List<String> texts(Row row) {
    List<String> t = new ArrayList<>();
    row.forEach(c -> t.add(c.getCellType() == CellType.NUMERIC
        ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()));
    return t;
  }

  static void assertDate(Cell c, LocalDate expected) {
    assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(c)).isTrue();
    assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    assertThat(c.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
  }

  static int distinctColours(BufferedImage img) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 7) {
      for (int x = 0; x < img.getWidth(); x += 7) {
        colours.add(img.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
