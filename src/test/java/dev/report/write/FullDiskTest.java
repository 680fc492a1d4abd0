package dev.report.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.BeforeAll;
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
    // About 400 KB of issues.csv, far more than its buffer: the disk fills while records are checked.
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
    Map<String, byte[]> before = snapshot(previous);
    assertThat(before).containsKeys("report.xlsx", "issues.csv", "charts/events-timeline-by-date.png");
    for (Map.Entry<String, byte[]> f : before.entrySet()) {
      Files.createDirectories(out.resolve(f.getKey()).getParent());
      Files.write(out.resolve(f.getKey()), f.getValue());
    }
    // SXSSF keeps sheet data in POI's temporary folder until the workbook is written: one of
    // this run's own, to see that it is emptied.
    Path poiTemp = Files.createDirectories(tmp.resolve("poi"));

    Cli.Run run;
    OutputFiles.divertedForTests = Map.of(output, FULL);
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    try {
      run = Cli.run(in.toString(), "-o", out.toString());
    } finally {
      OutputFiles.divertedForTests = Map.of();
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("report: cannot write " + out.resolve(output)
        + ": no space left on the device" + System.lineSeparator());
    assertThat(run.out()).isEmpty();
    Map<String, byte[]> after = snapshot(out);
    assertThat(after.keySet()).as("no temporary file left")
        .noneMatch(name -> name.endsWith(".tmp"));
    assertThat(after.keySet()).as("files in the output folder").isEqualTo(before.keySet());
    for (String name : before.keySet()) {
      assertThat(after.get(name)).as(name + " unchanged").isEqualTo(before.get(name));
    }
    try (Stream<Path> left = Files.list(poiTemp)) {
      assertThat(left.map(p -> p.getFileName().toString()).toList())
          .as("the workbook's own temporary files removed").isEmpty();
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
