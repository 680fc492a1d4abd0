package dev.report;

import static dev.report.ChangesTest.FIRST;
import static dev.report.ChangesTest.SECOND;
import static dev.report.ChangesTest.changes;
import static dev.report.ChangesTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.report.compare.CompareWith;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison that reads only the earlier records it needs (by their fingerprints) finds exactly
 * what one that reads the earlier report whole finds: the same workbook, once as this tool wrote it
 * and once saved again by "another application" (which makes the run read it whole).
 */
class FingerprintedChangesTest {
  static final int RECORDS = 3_000;

  @TempDir Path dir;

  /** {@code id,name,amount,day} records, seeded. */
  private static List<String> records(Random random, int n) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lines.add(i + ",name " + random.nextInt(50) + "," + random.nextInt(100_000) / 100.0 + ",2024-"
          + String.format(java.util.Locale.ROOT, "%02d-%02d", 1 + random.nextInt(12),
              1 + random.nextInt(28)));
    }
    return lines;
  }

  private Path write(String name, String header, List<String> lines) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve(name), header + "\n" + String.join("\n", lines) + "\n");
    return in;
  }

  /** A copy of {@code xlsx} saved again by POI, named as saved by another application. */
  private Path resaved(Path xlsx) throws IOException {
    Path copy = dir.resolve("resaved.xlsx");
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(copy)) {
      wb.getProperties().getExtendedProperties().getUnderlyingProperties()
          .setApplication("Microsoft Excel");
      wb.write(out);
    }
    return copy;
  }

  /** The Changes rows of a run compared with {@code baseline}, as written to {@code out}. */
  private List<List<String>> compared(Path in, Path baseline, String out) throws IOException {
    Path to = dir.resolve(out);
    ReportResult r = run(in, to, SECOND, new CompareWith.Given(baseline));
    assertThat(r.changes()).noneMatch(l -> l.startsWith("report:"));
    return changes(to.resolve("report.xlsx"));
  }

  @Test
  void keyedRecordsInAnotherOrderGiveTheSameChangesAsReadingTheBaselineWhole() throws IOException {
    Random random = new Random(17);
    List<String> lines = records(random, RECORDS);
    Path in = write("t.csv", "id,name,amount,day", lines);
    Path old = dir.resolve("old");
    run(in, old, FIRST);
    // Revise three amounts (first, middle and last records), remove two, add two, then shuffle.
    for (int i : new int[] {2, RECORDS / 2, RECORDS - 1}) {
      String[] f = lines.get(i).split(",");
      lines.set(i, f[0] + "," + f[1] + ",123456.5," + f[3]);
    }
    lines.remove(2_600);
    lines.remove(10);
    lines.add("9001,name x,1.5,2024-02-02");
    lines.add(1_500, "9002,name y,2.5,2024-03-03");
    Collections.shuffle(lines, new Random(3));
    write("t.csv", "id,name,amount,day", lines);

    List<List<String>> fast = compared(in, old.resolve("report.xlsx"), "fast");
    List<List<String>> whole = compared(in, resaved(old.resolve("report.xlsx")), "whole");
    assertThat(fast).isEqualTo(whole);
    assertThat(fast).filteredOn(r -> r.get(0).equals("changed")).extracting(r -> r.get(3))
        .containsExactlyInAnyOrder("3", Integer.toString(RECORDS / 2 + 1),
            Integer.toString(RECORDS));
    assertThat(fast).filteredOn(r -> r.get(0).equals("changed")).extracting(r -> r.get(6))
        .containsOnly("123,456.50");
    assertThat(fast).filteredOn(r -> r.get(0).equals("removed")).extracting(r -> r.get(2) + ":"
        + r.get(3)).containsExactlyInAnyOrder("12:11", "2,602:2601");
    assertThat(fast).filteredOn(r -> r.get(0).equals("added")).extracting(r -> r.get(3))
        .containsExactlyInAnyOrder("9001", "9002");
    assertThat(fast).hasSize(7);
  }

  @Test
  void recordsWithoutAKeyAlignTheSameWayAsWhenTheBaselineIsReadWhole() throws IOException {
    // No column, nor pair of columns, is unique: records align in file order.
    Random random = new Random(5);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      lines.add("p" + random.nextInt(3) + "," + random.nextInt(3) + ",r" + random.nextInt(3));
    }
    Path in = write("u.csv", "partner,units,region", lines);
    Path old = dir.resolve("old");
    run(in, old, FIRST);
    lines.set(40, lines.get(40).replaceFirst("^p.", "p9"));
    lines.remove(1_200);
    lines.add(2_000, "p7,7,r7");
    lines.set(RECORDS - 2, lines.get(RECORDS - 2).replaceFirst(",r.$", ",r8"));
    write("u.csv", "partner,units,region", lines);

    List<List<String>> fast = compared(in, old.resolve("report.xlsx"), "fast");
    List<List<String>> whole = compared(in, resaved(old.resolve("report.xlsx")), "whole");
    assertThat(fast).isEqualTo(whole);
    assertThat(fast).containsExactly(
        List.of("changed", "u.csv", "42", fast.get(0).get(3), "partner", fast.get(0).get(5), "p9"),
        fast.get(1), fast.get(2), fast.get(3));
    assertThat(fast).extracting(r -> r.get(0) + " " + r.get(2) + " " + r.get(4)).containsExactly(
        "changed 42 partner", "removed 1,202 ", "added 2,002 ",
        "changed 3,000 region");
  }

  @Test
  void anUnchangedTableHasNoChangesAndTheSheetSaysSo() throws IOException {
    Random random = new Random(23);
    Path in = write("t.csv", "id,name,amount,day", records(random, RECORDS));
    Path old = dir.resolve("old");
    run(in, old, FIRST);
    Path out = dir.resolve("again");
    ReportResult r = run(in, out, SECOND, new CompareWith.Given(old.resolve("report.xlsx")));
    assertThat(r.changes()).containsExactly(
        "Changes since 2025-07-31 12:00: 0 changed cells, 0 added, 0 removed");
  }

  @Test
  void columnsAddedRenamedAndMovedGiveTheSameChangesAsReadingTheBaselineWhole()
      throws IOException {
    Random random = new Random(29);
    List<String> lines = records(random, RECORDS);
    Path in = write("t.csv", "id,name,amount,day", lines);
    Path old = dir.resolve("old");
    run(in, old, FIRST);
    // name is now "partner" (in its place), day comes before amount, a column "note" is new; two
    // amounts are revised.
    List<String> next = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      String amount = i == 7 || i == 2_500 ? "99.25" : f[2];
      next.add(f[0] + "," + f[1] + "," + f[3] + "," + amount + ",n" + i % 3);
    }
    write("t.csv", "id,partner,day,amount,note", next);

    List<List<String>> fast = compared(in, old.resolve("report.xlsx"), "fast");
    List<List<String>> whole = compared(in, resaved(old.resolve("report.xlsx")), "whole");
    assertThat(fast).isEqualTo(whole);
    assertThat(fast).extracting(r -> r.get(0) + " " + r.get(3) + " " + r.get(4)).containsExactly(
        "column renamed  partner", "new column  note", "changed 8 amount",
        "changed 2501 amount");
  }

  @Test
  void randomEditsGiveTheSameChangesEitherWay() throws IOException {
    // Seeded: tables with and without a unique column, edited at random (revised, inserted,
    // removed, swapped records); reading by fingerprints must find what reading whole finds.
    for (int trial = 0; trial < 6; trial++) {
      Random random = new Random(100 + trial);
      boolean keyed = trial % 2 == 0;
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        lines.add((keyed ? "k" + i : "g" + random.nextInt(4)) + ",a" + random.nextInt(3) + ","
            + random.nextInt(4) + ",t" + random.nextInt(3));
      }
      Path in = write("r.csv", "id,a,b,c", lines);
      Path old = dir.resolve("old" + trial);
      run(in, old, FIRST);
      for (int edit = 0; edit < 12; edit++) {
        int at = random.nextInt(lines.size());
        switch (random.nextInt(4)) {
          case 0 -> lines.set(at, lines.get(at).replaceFirst(",[0-9]+,", "," + (10
              + random.nextInt(5)) + ","));
          case 1 -> lines.add(at, (keyed ? "new" + edit : "g9") + ",a7,7,t7");
          case 2 -> lines.remove(at);
          default -> Collections.swap(lines, at, random.nextInt(lines.size()));
        }
      }
      write("r.csv", "id,a,b,c", lines);
      List<List<String>> fast = compared(in, old.resolve("report.xlsx"), "fast" + trial);
      List<List<String>> whole = compared(in, resaved(old.resolve("report.xlsx")),
          "whole" + trial);
      assertThat(fast).as("trial %d", trial).isEqualTo(whole).isNotEmpty();
    }
  }

  @Test
  void aRenamedKeyColumnStillMatchesShuffledRecordsByKey() throws IOException {
    Random random = new Random(31);
    List<String> lines = records(random, RECORDS);
    Path in = write("t.csv", "id,name,amount,day", lines);
    Path old = dir.resolve("old");
    run(in, old, FIRST);
    String[] f = lines.get(100).split(",");
    lines.set(100, f[0] + "," + f[1] + ",77.5," + f[3]);
    Collections.shuffle(lines, new Random(8));
    write("t.csv", "ref,name,amount,day", lines);
    List<List<String>> fast = compared(in, old.resolve("report.xlsx"), "fast");
    assertThat(fast).isEqualTo(compared(in, resaved(old.resolve("report.xlsx")), "whole"));
    assertThat(fast).extracting(r -> r.get(0) + " " + r.get(3) + " " + r.get(4)).containsExactly(
        "column renamed  ref", "changed 101 amount");
  }

  /** The user opened last week's report in LibreOffice and saved it: it is still a baseline. */
  @Test
  void aReportSavedByLibreOfficeIsReadWholeAndGivesTheSameChanges() throws Exception {
    Calc.assumeInstalled();
    Random random = new Random(37);
    List<String> lines = records(random, 200);
    Path in = write("t.csv", "id,name,amount,day", lines);
    Path old = dir.resolve("old");
    run(in, old, FIRST);
    Path saved = dir.resolve("saved");
    assertThat(Calc.convert(old.resolve("report.xlsx"), "xlsx:Calc MS Excel 2007 XML", saved))
        .isZero();
    String[] f = lines.get(20).split(",");
    lines.set(20, f[0] + "," + f[1] + ",31.25," + f[3]);
    lines.remove(150);
    write("t.csv", "id,name,amount,day", lines);
    List<List<String>> fast = compared(in, old.resolve("report.xlsx"), "fast");
    List<List<String>> calc = compared(in, saved.resolve("report.xlsx"), "calc");
    assertThat(calc).isEqualTo(fast);
    assertThat(fast).extracting(r -> r.get(0) + " " + r.get(3)).containsExactly("changed 21",
        "removed 151");
  }

  /** The fingerprints are Base64 of random bytes: deflated by Huffman codes only (3/4 or less). */
  @Test
  void theComparisonSheetIsDeflatedByHuffmanCodesOnly() throws IOException {
    Path in = write("t.csv", "id,name,amount,day", records(new Random(41), 20_000));
    Path out = dir.resolve("out");
    run(in, out, FIRST);
    String part;
    try (InputStream s = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      part = wb.getSheet("report-compare").getPackagePart().getPartName().getName().substring(1);
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.resolve("report.xlsx")
        .toFile())) {
      java.util.zip.ZipEntry e = zip.getEntry(part);
      assertThat(e.getSize()).isGreaterThan(400_000);
      // Level 2 with its search makes 0.77 of the size here; Huffman codes alone 0.75.
      assertThat((double) e.getCompressedSize() / e.getSize()).isLessThan(0.76);
    }
  }
}
