package dev.report.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A disk that fills up while the report is written. The bytes of one output are sent to
 * {@code /dev/full}, where every write fails with the kernel's "No space left on device"; the
 * rest of the run is the real one. The run ends with exit 3 and one line that names the output,
 * the previous report stays byte for byte, and no temporary file is left.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "/dev/full is Linux's")
class FullDiskTest {
  private static final Path FULL = Path.of("/dev/full");
  /** A report of the bundled example, as a previous run left it. */
  @TempDir static Path previous;
  /** The example and a table with an error on each of its 2,000 records. */
  @TempDir static Path in;
  @TempDir Path tmp;

  @BeforeAll
  static void previousReportAndInputs() throws IOException {
    assertThat(Cli.run(Cli.EXAMPLE.toString(), "-o", previous.toString()).exitCode()).isZero();
    for (String name : new String[] {"capex_guidance.csv", "events.csv", "partners.csv"}) {
      Files.copy(Cli.EXAMPLE.resolve(name), in.resolve(name));
    }
    // About 400 KB of issues.csv, far more than its buffer: the disk fills while records are
    // being checked.
    StringBuilder bad = new StringBuilder("id,amount\n");
    for (int i = 1; i <= 2_000; i++) {
      bad.append(i).append(',').append(i * 3).append(",extra\n");
    }
    Files.writeString(in.resolve("bad.csv"), bad, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"issues.csv", "charts/events-timeline-by-date.png", "report.xlsx"})
  void aFullDiskIsExitThreeWithOneLineAndThePreviousReportStays(String output) throws IOException {
    Path out = tmp.resolve("out");
    Map<String, byte[]> before = copyOfPrevious(out);
    // The workbook keeps sheet data in temporary files until it is written: in a folder of this
    // run's own, to see that it is emptied.
    Path sheetTemp = Files.createDirectories(tmp.resolve("sheets"));

    Cli.Run run;
    OutputFiles.divertedForTests = Map.of(output, FULL);
    OutputFiles.sheetDataForTests = () -> Files.createTempFile(sheetTemp, "sheet", ".deflated");
    try {
      run = Cli.run(in.toString(), "-o", out.toString());
    } finally {
      OutputFiles.divertedForTests = Map.of();
      OutputFiles.sheetDataForTests = null;
    }

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("report: cannot write " + out.resolve(output)
        + ": no space left on the device" + System.lineSeparator());
    assertThat(run.out()).isEmpty();
    assertUnchanged(out, before);
    try (Stream<Path> left = Files.list(sheetTemp)) {
      assertThat(left.map(p -> p.getFileName().toString()).toList())
          .as("the workbook's own temporary files removed").isEmpty();
    }
  }

  /**
   * The system's temporary folder full: every file the workbook keeps sheet data in until it is
   * written is a link to /dev/full. Same ending, naming that file.
   */
  @Test
  void aFullTemporaryFolderIsExitThreeWithOneLineAndThePreviousReportStays() throws IOException {
    Path out = tmp.resolve("out");
    Map<String, byte[]> before = copyOfPrevious(out);
    Path sheetTemp = Files.createDirectories(tmp.resolve("sheets"));
    List<Path> handedOut = new ArrayList<>();

    Cli.Run run;
    OutputFiles.sheetDataForTests = () -> {
      Path link = sheetTemp.resolve("sheet" + handedOut.size() + ".deflated");
      handedOut.add(Files.createSymbolicLink(link, FULL));
      return link;
    };
    try {
      run = Cli.run(in.toString(), "-o", out.toString());
    } finally {
      OutputFiles.sheetDataForTests = null;
    }

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(handedOut).isNotEmpty();
    assertThat(run.err()).isIn(handedOut.stream().map(p -> "report: cannot write " + p
        + ": no space left on the device" + System.lineSeparator()).toList());
    assertThat(run.out()).isEmpty();
    assertUnchanged(out, before);
    try (Stream<Path> left = Files.list(sheetTemp)) {
      assertThat(left.toList()).as("the sheet data files removed").isEmpty();
    }
    assertThat(FULL).exists();
  }

  /** Copies the previous report to {@code out}; returns its files. */
  private static Map<String, byte[]> copyOfPrevious(Path out) throws IOException {
    Map<String, byte[]> files = snapshot(previous);
    assertThat(files).containsKeys("report.xlsx", "issues.csv", "charts/events-timeline-by-date.png");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.createDirectories(out.resolve(f.getKey()).getParent());
      Files.write(out.resolve(f.getKey()), f.getValue());
    }
    return files;
  }

  /** The same files in {@code out} as {@code before}, byte for byte, and no temporary file. */
  private static void assertUnchanged(Path out, Map<String, byte[]> before) throws IOException {
    Map<String, byte[]> after = snapshot(out);
    assertThat(after.keySet()).as("no temporary file left")
        .noneMatch(name -> name.endsWith(".tmp"));
    assertThat(after.keySet()).as("files in the output folder").isEqualTo(before.keySet());
    for (String name : before.keySet()) {
      assertThat(after.get(name)).as(name + " unchanged").isEqualTo(before.get(name));
    }
  }

  /** Every file under {@code dir} (temporary ones included) by relative path, with its bytes. */
  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
