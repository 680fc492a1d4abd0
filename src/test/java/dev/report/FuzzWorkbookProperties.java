package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Damaged workbooks through the whole pipeline (issue 16, item 8): a real workbook with random
 * bytes changed, or cut short, is either read (exit 0 or 1) or refused as unreadable (exit 3, a
 * message naming the file); never another exception, never a hang.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class FuzzWorkbookProperties {
  private Path dir;
  private static byte[] book;

  @BeforeTry
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("fuzz-xlsx");
    if (book == null) {
      Path made = WorkbookFixtures.budget(Files.createDirectories(dir.resolve("made")));
      book = Files.readAllBytes(made);
    }
  }

  @AfterTry
  void removeDir() throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 150, seed = "20261204")
  void changedBytesAreReadOrRefusedInWords(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> at,
      @ForAll @Size(min = 1, max = 8) List<Byte> values) throws IOException {
    byte[] bytes = book.clone();
    for (int i = 0; i < at.size(); i++) {
      bytes[at.get(i) % bytes.length] = values.get(i % values.size());
    }
    check(bytes);
  }

  @Property(tries = 60, seed = "20261204")
  void aCutWorkbookIsRefusedInWords(@ForAll @IntRange(min = 0, max = 1_000_000) int cut)
      throws IOException {
    check(Arrays.copyOf(book, cut % book.length));
  }

  private void check(byte[] bytes) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path file = Files.write(in.resolve("book.xlsx"), bytes);
    try {
      ReportResult r = Report.run(ReportConfig.of(List.of(in), dir.resolve("out")));
      Statistics.collect("read");
      assertThat(r.tables()).isNotEmpty();
    } catch (ReportException e) {
      Statistics.collect("refused");
      assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(ExitCode.IO);
      assertThat(e.getMessage()).startsWith("cannot read " + file + ": ").doesNotContain("\n");
    }
  }
}
