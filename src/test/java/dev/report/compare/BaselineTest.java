package dev.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.FailOn;
import dev.report.Progress;
import dev.report.Report;
import dev.report.ReportConfig;
import dev.report.read.ColumnType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report keeps for the next comparison, and when a later run can read only what it needs. */
class BaselineTest {
  private static final List<ColumnType.Kind> TEXT3 =
      List.of(ColumnType.Kind.TEXT, ColumnType.Kind.TEXT, ColumnType.Kind.INTEGER);

  @TempDir Path dir;

  /** Writes {@code csv} as t.csv (and report.yaml when given), reports it, returns the workbook. */
  private Path report(String csv, String yaml) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("t.csv"), csv);
    if (yaml != null) {
      Files.writeString(in.resolve("report.yaml"), yaml);
    }
    Path out = dir.resolve("out");
    Report.run(new ReportConfig(List.of(in), out, null, FailOn.NEVER,
        Clock.fixed(Instant.parse("2025-07-31T12:00:00Z"), ZoneOffset.UTC), "test", Progress.NONE,
        CompareWith.OFF));
    return out.resolve("report.xlsx");
  }

  private static Baseline read(Path xlsx) {
    Baseline.Found found = Baseline.read(xlsx, 1_000_000);
    assertThat(found).isInstanceOf(Baseline.Usable.class);
    return ((Baseline.Usable) found).baseline();
  }

  private static List<String> keyOf(Path xlsx) {
    try (Baseline b = read(xlsx)) {
      return b.table("t.csv", List.of("a", "b", "n"), TEXT3, List.of()).meta().key();
    }
  }

  @Test
  void theKeyKeptIsTheFirstUniqueCompleteColumnOrPairOrNone() throws IOException {
    assertThat(keyOf(report("a,b,n\nx,p,1\ny,p,1\nz,q,2\n", null))).containsExactly("a");
    // a has a blank: not complete; b repeats; n too; the pair (b, n) is unique... as is (a, b)
    // but a is not complete.
    assertThat(keyOf(report("a,b,n\nx,p,1\n,p,2\nz,q,1\n", null))).containsExactly("b", "n");
    assertThat(keyOf(report("a,b,n\nx,p,1\nx,p,1\n", null))).isEmpty();
    assertThat(keyOf(report("a,b,n\nx,p,1\nx,p,1\n", "tables:\n  - file: t.csv\n    key: n\n")))
        .containsExactly("n");
  }

  @Test
  void aTableOfTheSameColumnsInAWorkbookAsWrittenIsReadOnlyAsNeeded() throws IOException {
    Path xlsx = report("a,b,n\nx,p,1\ny,p,1\nz,q,2\n", null);
    try (Baseline b = read(xlsx)) {
      Baseline.Table t = b.table("t.csv", List.of("a", "b", "n"), TEXT3, List.of());
      assertThat(t.fingerprinted()).isTrue();
      assertThat(t.records()).isInstanceOf(OldRows.class).hasSize(3);
      assertThat(t.records().get(2)).containsExactly(new Cell.Txt("z"), new Cell.Txt("q"),
          new Cell.Num(2));
      assertThat(t.digests()).hasSize(3);
      assertThat(t.digests()[1]).isEqualTo(Digest.of(new Cell[] {new Cell.Txt("y"),
          new Cell.Txt("p"), new Cell.Num(1)}));
      assertThat(t.keys()[0]).isEqualTo(Digest.of(new Cell[] {new Cell.Txt("x")}, new int[] {0}));
      // Columns renamed, moved or added: each earlier column is a new one of its type.
      Baseline.Table renamed = b.table("t.csv", List.of("a", "b", "m"), TEXT3, List.of());
      assertThat(renamed.fingerprinted()).isTrue();
      assertThat(renamed.projection()).containsExactly(0, 1, 2);
      Baseline.Table moved = b.table("t.csv", List.of("n", "new", "a", "b"),
          List.of(ColumnType.Kind.INTEGER, ColumnType.Kind.TEXT, ColumnType.Kind.TEXT,
              ColumnType.Kind.TEXT), List.of());
      assertThat(moved.fingerprinted()).isTrue();
      assertThat(moved.projection()).containsExactly(2, 3, 0);
      // A column gone, of another type, or another declared key: read whole.
      assertThat(b.table("t.csv", List.of("a", "b"), TEXT3.subList(0, 2), List.of())
          .fingerprinted()).isFalse();
      assertThat(b.table("t.csv", List.of("a", "b", "n"), List.of(ColumnType.Kind.TEXT,
          ColumnType.Kind.TEXT, ColumnType.Kind.TEXT), List.of()).fingerprinted()).isFalse();
      assertThat(b.table("t.csv", List.of("a", "b", "n"), TEXT3, List.of("b", "n"))
          .fingerprinted()).isFalse();
      assertThat(b.table("t.csv", List.of("a", "b", "n"), TEXT3, List.of("a")).fingerprinted())
          .isTrue();
    }
  }

  @Test
  void aWorkbookSavedByAnotherApplicationIsReadWhole() throws IOException {
    Path xlsx = report("a,b,n\nx,p,1\ny,p,1\n", null);
    Path copy = dir.resolve("saved.xlsx");
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(copy)) {
      wb.getProperties().getExtendedProperties().getUnderlyingProperties()
          .setApplication("LibreOffice/7.4");
      wb.write(out);
    }
    try (Baseline b = read(copy)) {
      Baseline.Table t = b.table("t.csv", List.of("a", "b", "n"), TEXT3, List.of());
      assertThat(t.fingerprinted()).isFalse();
      assertThat(t.records()).hasSize(2);
      assertThat(t.records().get(1)).containsExactly(new Cell.Txt("y"), new Cell.Txt("p"),
          new Cell.Num(1));
    }
  }

  @Test
  void recordsAskedForInAnyOrderAreRightAndTooManyPassesReadTheTableWhole() throws IOException {
    StringBuilder csv = new StringBuilder("a,b,n\n");
    int n = 3 * OldRows.RING;
    for (int i = 0; i < n; i++) {
      csv.append("k").append(i).append(",v").append(i % 7).append(',').append(i).append('\n');
    }
    Path xlsx = report(csv.toString(), null);
    try (Baseline b = read(xlsx)) {
      OldRows rows = (OldRows) b.table("t.csv", List.of("a", "b", "n"), TEXT3, List.of())
          .records();
      // Forward, a little back (kept), far back (a new pass), until the table is read whole.
      int[] asked = {5, n - 1, n - 10, 0, n - 2, 1, n / 2, 2, 3, n - 3};
      for (int i : asked) {
        assertThat(rows.get(i)).as("record %d", i).containsExactly(new Cell.Txt("k" + i),
            new Cell.Txt("v" + i % 7), new Cell.Num(i));
      }
      assertThat(rows.passes()).isEqualTo(OldRows.PASSES + " then whole");
    }
  }

  @Test
  void aBaselineOfMoreRecordsThanTheHeapCanIndexIsNotComparedAndSaysWhy() throws IOException {
    Path xlsx = report("a,b,n\nx,p,1\ny,p,1\nz,q,2\n", null);
    read(xlsx).close();
    assertThat(Baseline.read(xlsx, 2)).isEqualTo(new Baseline.Unusable("the earlier report "
        + xlsx + " has more than 2 records, too many to compare with a heap of "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB: no comparison this time (give"
        + " java more, such as -Xmx1g, or use --no-compare)"));
  }
}
