package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shaded {@code report.jar} on large and hostile inputs with the 256 MB heap the README
 * promises: {@code java -Xmx256m -jar report.jar IN -o OUT}. The run ends as it should, with no
 * stack trace or OutOfMemoryError, and every record is on its data sheet (read back with a
 * streaming XML reader, which needs no more memory than the tool did).
 */
class LargeInputIT {
  static final List<String> XMX = List.of("-Xmx256m");
  static final String NL = System.lineSeparator();
  @TempDir Path tmp;

  /** 300,000 records of ten mixed columns (about 30 MB), with a few bad values. */
  @Test
  void threeHundredThousandMixedRecordsAllReachTheSheet() throws Exception {
    int rows = 300_000;
    Path in = Files.createDirectories(tmp.resolve("in"));
    writeMixed(in.resolve("big.csv"), rows);
    Path out = tmp.resolve("out");

    JarIT.Result r = JarIT.java(tmp, XMX, in.toString(), "-o", out.toString());

    // Short records are data errors: exit 1, the report written.
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertNoCrash(r);
    // The first 20 issues, in line order, then the count of the rest.
    StringBuilder err = new StringBuilder();
    for (long line : new long[] {50_002, 100_001, 150_002, 200_001}) {
      if (line % 2 == 0) {
        err.append(typeWarnings(line));
      } else {
        err.append(shortRecordErrors(line));
      }
    }
    err.append("big.csv: 10 more issues in issues.csv and on the Issues sheet").append(NL);
    assertThat(r.err()).isEqualTo(err.toString());
    assertThat(r.out().lines().findFirst()).hasValue(
        "big.csv    300,000 rows   10 columns  24 errors  6 warnings");
    SheetRows sheet = sheetRows(out.resolve("report.xlsx"), "big");
    assertThat(sheet.rows).as("header and records on the sheet").isEqualTo(rows + 1);
    assertThat(Double.parseDouble(sheet.lastA)).as("the last record's id").isEqualTo(rows);
  }

  /**
   * 300,000 records that each have an error: every issue on the Issues sheet within the heap
   * (POI keeps links in memory: 300,000 of them ran out of it), the first 10,000 line numbers
   * links to their record, the rest plain numbers.
   */
  @Test
  void threeHundredThousandIssuesFitTheHeap() throws Exception {
    int rows = 300_000;
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Writer w = Files.newBufferedWriter(in.resolve("short.csv"), StandardCharsets.UTF_8)) {
      w.write("id,amount,date\n");
      for (int i = 1; i <= rows; i++) {
        w.write(i + "," + i + "\n");
      }
    }
    Path out = tmp.resolve("out");
    JarIT.Result r = JarIT.java(tmp, XMX, in.toString(), "-o", out.toString(), "-q");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertNoCrash(r);
    SheetRows issues = sheetRows(out.resolve("report.xlsx"), "Issues");
    assertThat(issues.rows).as("header and issues").isEqualTo(rows + 1);
    assertThat(issues.hyperlinks).isEqualTo(10_000);
  }

  /** One quoted field of 50 MB: read within the heap, kept cut, and reported. */
  @Test
  void aFiftyMegabyteFieldIsCutAndReported() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Writer w = Files.newBufferedWriter(in.resolve("huge.csv"), StandardCharsets.UTF_8)) {
      w.write("id,note\n1,\"");
      String chunk = "0123456789, \"\"quoted\"\" and\nlines ".repeat(1_000);
      for (long written = 0; written < 50L << 20; written += chunk.length()) {
        w.write(chunk);
      }
      w.write("\"\n2,short\n");
    }
    assertThat(Files.size(in.resolve("huge.csv"))).isGreaterThan(50L << 20);
    Path out = tmp.resolve("out");

    JarIT.Result r = JarIT.java(tmp, XMX, in.toString(), "-o", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertNoCrash(r);
    assertThat(r.err()).startsWith("huge.csv:2:2: warning: the value has more than 1048576 "
        + "characters; an Excel cell holds 32767, so the workbook shows it cut");
    SheetRows sheet = sheetRows(out.resolve("report.xlsx"), "huge");
    assertThat(sheet.rows).isEqualTo(3);
    assertThat(Double.parseDouble(sheet.lastA)).isEqualTo(2);
    assertThat(sheet.longestText).as("the cut field fills one cell").isEqualTo(32_767);
  }

  /**
   * Two million empty columns on every line (a runaway export): read within the heap, one error
   * saying the columns past a sheet's 16,384 are not in the workbook, every record on the sheet.
   */
  @Test
  void twoMillionEmptyColumnsAreCountedNotKept() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String empties = ",".repeat(1_999_999);
    try (Writer w = Files.newBufferedWriter(in.resolve("wide.csv"), StandardCharsets.UTF_8)) {
      w.write("id" + empties + "\n");
      for (int i = 1; i <= 30; i++) {
        w.write(i + empties + "\n");
      }
    }
    Path out = tmp.resolve("out");

    JarIT.Result r = JarIT.java(tmp, XMX, in.toString(), "-o", out.toString(), "-q");

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertNoCrash(r);
    assertThat(r.err()).startsWith("wide.csv:1: error: the table has 2000000 columns but a sheet "
        + "holds 16384; the columns after \"column 16384\" are not in the workbook (split the "
        + "file, or leave out columns)" + NL);
    SheetRows sheet = sheetRows(out.resolve("report.xlsx"), "wide");
    assertThat(sheet.rows).isEqualTo(31);
    assertThat(Double.parseDouble(sheet.lastA)).isEqualTo(30);
  }

  private static String typeWarnings(long line) {
    return "big.csv:" + line + ":2: warning: \"2024-13-45\" is not a date that exists: there is "
        + "no month 13; kept as text (check the day and the month)" + NL
        + "big.csv:" + line + ":5: warning: expected a number with '.' as decimal mark like the "
        + "other values of \"amount\" (299997 values); kept as text" + NL;
  }

  private static String shortRecordErrors(long line) {
    String[] missing = {"partner", "category", "amount", "montant", "share", "jour", "flag", "note"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < missing.length; i++) {
      b.append("big.csv:").append(line).append(':').append(i + 3).append(": error: the record has 2 "
          + "of the header's 10 cells; \"").append(missing[i]).append("\" is missing (add the "
          + "missing delimiters or values)").append(NL);
    }
    return b.toString();
  }

  private static void assertNoCrash(JarIT.Result r) {
    assertThat(r.err()).doesNotContain("OutOfMemoryError").doesNotContain("Exception")
        .doesNotContain("\tat ").doesNotContain("internal error");
  }

  /**
   * A seeded CSV: id, ISO date, partner, category, amount (1234.56), montant (French, "1 234,56"),
   * share (12.5%), day-first date (24/04/2024), flag, and a quoted note with commas and quotes.
   * Records 50,001, 150,001 and 250,001 (lines 50,002...) have a date that is not a date and an
   * amount that is not a number; records 100,000, 200,000 and 300,000 (lines 100,001...) are
   * short, 2 of 10 cells.
   */
  private static void writeMixed(Path file, int rows) throws IOException {
    String[] partners = {"AWS", "Databricks", "Groq", "Dell", "Microsoft Azure", "Google Cloud",
        "Nvidia", "IBM", "Intel", "AMD", "Snowflake", "Oracle", "Cloudflare", "Together AI"};
    String[] categories = {"cloud", "platform", "chips", "hardware", "services"};
    String[] notes = {"renewal", "\"new, signed\"", "\"said \"\"yes\"\"\"", "pilot", "trial"};
    Random rnd = new Random(20261126);
    LocalDate start = LocalDate.of(2020, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id,date,partner,category,amount,montant,share,jour,flag,note\n");
      for (int i = 1; i <= rows; i++) {
        if (i % 100_000 == 0) {
          w.write(i + ",2024-01-01\n");
          continue;
        }
        boolean bad = i % 100_000 == 50_001;
        LocalDate d = start.plusDays(rnd.nextInt(2000));
        int cents = rnd.nextInt(10_000_000);
        String montant = String.format(Locale.ROOT, "%,d", cents / 100).replace(',', ' ')
            + String.format(Locale.ROOT, ",%02d", cents % 100);
        StringBuilder b = new StringBuilder(120);
        b.append(i).append(',')
            .append(bad ? "2024-13-45" : d.toString()).append(',')
            .append(partners[rnd.nextInt(partners.length)]).append(',')
            .append(categories[rnd.nextInt(categories.length)]).append(',')
            .append(bad ? "about 12" : String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100))
            .append(",\"").append(montant).append("\",")
            .append(rnd.nextInt(1000) / 10.0).append("%,")
            .append(String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(),
                d.getYear())).append(',')
            .append(rnd.nextBoolean()).append(',')
            .append(notes[rnd.nextInt(notes.length)]).append('\n');
        w.write(b.toString());
      }
    }
  }

  /** What the streaming reader saw on one sheet. */
  static final class SheetRows {
    long rows;
    long hyperlinks;
    String lastA = "";
    int longestText;
  }

  /** Reads the data sheet named {@code name} from the workbook's XML, streaming. */
  private static SheetRows sheetRows(Path xlsx, String name) throws Exception {
    SAXParserFactory sax = SAXParserFactory.newInstance();
    sax.setNamespaceAware(true);
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      // workbook.xml names the sheets and their relationship ids; its rels give the part.
      Map<String, String> idByName = new HashMap<>();
      parse(sax, zip, "xl/workbook.xml", new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
          if (local.equals("sheet")) {
            idByName.put(a.getValue("name"), a.getValue(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
          }
        }
      });
      Map<String, String> targetById = new HashMap<>();
      parse(sax, zip, "xl/_rels/workbook.xml.rels", new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
          if (local.equals("Relationship")) {
            targetById.put(a.getValue("Id"), a.getValue("Target"));
          }
        }
      });
      assertThat(idByName).containsKey(name);
      String target = targetById.get(idByName.get(name));
      String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
      SheetRows seen = new SheetRows();
      parse(sax, zip, part, new DefaultHandler() {
        private String cell = "";
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
          if (local.equals("row")) {
            seen.rows++;
          } else if (local.equals("hyperlink")) {
            seen.hyperlinks++;
          } else if (local.equals("c")) {
            cell = a.getValue("r");
          } else if (local.equals("v") || local.equals("t")) {
            text.setLength(0);
          }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
          text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String q) {
          if (local.equals("v") || local.equals("t")) {
            seen.longestText = Math.max(seen.longestText, text.length());
            if (cell.equals("A" + seen.rows)) {
              seen.lastA = text.toString();
            }
          }
        }
      });
      return seen;
    }
  }

  private static void parse(SAXParserFactory sax, ZipFile zip, String part, DefaultHandler h)
      throws Exception {
    ZipEntry e = zip.getEntry(part);
    assertThat(e).as(part).isNotNull();
    try (InputStream s = zip.getInputStream(e)) {
      sax.newSAXParser().parse(s, h);
    }
  }
}
