package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded {@code report.jar}, run in its own JVM exactly as the README says. */
class JarIT {
  static final Path JAR = Path.of("report.jar");
  @TempDir Path tmp;

  record Result(int exit, String out, String err) {}

  static Result java(Path workDir, String... args) throws IOException, InterruptedException {
    return java(workDir, List.of(), args);
  }

  /** Runs {@code java JVM_OPTIONS -jar report.jar ARGS} in {@code workDir}. */
  static Result java(Path workDir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("report.jar did not finish in 120 s");
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** A working folder with the project's {@code input/} CSV files in its own {@code input/}. */
  private Path workWithInput() throws IOException {
    Path work = tmp.resolve("work");
    Files.createDirectories(work.resolve("input"));
    for (String name : new String[] {"capex_guidance.csv", "events.csv", "partners.csv"}) {
      Files.copy(Path.of("input", name), work.resolve("input").resolve(name));
    }
    return work;
  }

  @Test
  void defaultRunInAFolderWithInputWritesTheThreeOutputsQuietly() throws Exception {
    Path work = workWithInput();
    Result r = java(work);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).as("nothing on stderr: no logging noise, no issues").isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("capex_guidance.csv");
    assertThat(lines.get(3)).startsWith("Wrote output/report.xlsx, output/issues.csv and 3 charts in output/charts (");
    assertThat(work.resolve("output/report.xlsx")).isNotEmptyFile();
    assertThat(work.resolve("output/issues.csv")).isNotEmptyFile();
    assertThat(work.resolve("output/charts/events-timeline-by-date.png")).isNotEmptyFile();
    // Native charts need chart schema types that POI's lite schema jar leaves out: the jar has
    // them all (the ranges and the hosts by kind are native; the timeline is a picture).
    try (var zip = new java.util.zip.ZipFile(work.resolve("output/report.xlsx").toFile())) {
      assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)
          .filter(n -> n.startsWith("xl/charts/chart")).sorted().toList())
          .containsExactly("xl/charts/chart1.xml", "xl/charts/chart2.xml");
    }
  }

  @Test
  void describeThenRunValidatesTheDataAgainstTheWrittenSchema() throws Exception {
    Path work = workWithInput();
    Result described = java(work, "describe");
    assertThat(described.exit()).as(described.err()).isZero();
    assertThat(described.out()).startsWith("Wrote input/datapackage.json: 3 resources, 13 fields");
    // Jackson's YAML and JSON readers are in the jar: a schema in YAML works the same.
    String json = Files.readString(work.resolve("input/datapackage.json"));
    Result run = java(work, "-q");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    Files.delete(work.resolve("input/datapackage.json"));
    Files.writeString(work.resolve("input/datapackage.yaml"), json.replace("\"name\": \"offering\"",
        "\"name\": \"offerings\""));
    Result renamed = java(work, "-q");
    assertThat(renamed.exit()).isEqualTo(1);
    assertThat(renamed.err()).isEqualTo("partners.csv:1:3: error: the header of column 3 is "
        + "\"offering\" but the schema names field 3 \"offerings\" (rename the column or the field)"
        + System.lineSeparator());
  }

  @Test
  void missingInputFolderIsExitThreeWithOneLine() throws Exception {
    Result r = java(tmp);
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("report: input not found: input" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  /**
   * A temporary folder that cannot be used (here: missing) is the environment's problem: exit 3,
   * one line naming the folder and how to choose another, and no output written.
   */
  @Test
  void anUnusableTemporaryFolderIsExitThreeWithOneLine() throws Exception {
    Path work = workWithInput();
    Path missing = tmp.resolve("no-such-folder");
    Result r = java(work, List.of("-Djava.io.tmpdir=" + missing));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("report: cannot write " + missing + ": cannot make a temporary "
        + "file there (no such file or folder); run java with -Djava.io.tmpdir=DIR to use another "
        + "folder" + System.lineSeparator());
    assertThat(work.resolve("output/report.xlsx")).doesNotExist();
  }

  /** The named libraries do the work: POI's streaming workbook writes, opencsv reads. */
  @Test
  void theExampleIsWrittenByPoiAndReadByOpencsv() throws Exception {
    Path work = workWithInput();
    Result r = java(work, List.of("-Xlog:class+load=info"), "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(" org.apache.poi.xssf.streaming.SXSSFWorkbook ",
        " org.apache.poi.xssf.streaming.SheetDataWriter ", " dev.report.write.xlsx.SheetWriter ",
        " com.opencsv.CSVReader ", " com.opencsv.RFC4180Parser ");
    assertThat(work.resolve("output/report.xlsx")).exists();
  }

  /**
   * Workbooks are read by the jar's POI (poi-ooxml-lite, not the tests' full schemas): a
   * two-sheet workbook with a hidden sheet and a one-sheet workbook, beside a CSV file (issue 16).
   */
  @Test
  void workbooksBesideACsvFileAreReadByTheJar() throws Exception {
    Path work = workWithInput();
    Path in = work.resolve("input");
    WorkbookFixtures.budget(in);
    WorkbookFixtures.codes(in);
    Result r = java(work, List.of("-Xlog:class+load=info"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(" org.apache.poi.xssf.eventusermodel.XSSFReader ",
        " org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable ");
    assertThat(r.out()).contains("budget.xlsx [Partners]", "budget.xlsx [Capex]",
        "codes.xlsx [Sheet1]");
    assertThat(r.err()).contains("budget.xlsx: info: the sheet \"Secret\" is hidden: it was not"
        + " read", "budget.xlsx [Partners]:7:share: warning: the cell holds the error value #N/A");
    assertThat(work.resolve("output/report.xlsx")).isNotEmptyFile();
  }

  @Test
  void jarIsExecutableMultiReleaseAndUnsigned() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Manifest m = jar.getManifest();
      assertThat(m.getMainAttributes().getValue("Main-Class")).isEqualTo("dev.report.cli.Main");
      assertThat(m.getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
      assertThat(jar.stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA")
              || n.equals("module-info.class"))
          .toList()).isEmpty();
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".ttf")).sorted().toList())
          .as("only the two faces the charts use are bundled")
          .containsExactly("net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf",
              "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
    }
  }
}
