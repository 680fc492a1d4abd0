package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A legacy .xls or an encrypted workbook found while listing a folder is a warning, and the other
 * files are read; named on the command line, it is still refused (exit 3). {@code describe} does
 * the same: it leaves such a workbook out of the datapackage.json it writes.
 */
class FolderWorkbookRefusedTest {
  private static final String LEGACY = "it is a legacy Excel 97-2003 workbook (.xls), which is"
      + " not read; save it as .xlsx (Excel: File > Save As > Excel Workbook, or soffice"
      + " --headless --convert-to xlsx old.xls)";
  private static final String ENCRYPTED = "the workbook is encrypted (password-protected), which"
      + " is not read; save a copy without a password (Excel: File > Info > Protect Workbook >"
      + " Encrypt with Password, cleared)";

  @TempDir Path tmp;

  private Path in() throws IOException {
    return Files.createDirectories(tmp.resolve("in"));
  }

  private Cli.Run run(Path input) {
    return Cli.run(input.toString(), "-o", tmp.resolve("out").toString());
  }

  private Path legacy() throws IOException {
    Path file = in().resolve("old.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("a").createRow(0).createCell(0).setCellValue("x");
      wb.write(out);
    }
    return file;
  }

  private Path encrypted() throws Exception {
    Path plain = WorkbookFixtures.codes(Files.createDirectories(tmp.resolve("plain")));
    Path file = in().resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("s3cret");
      try (OutputStream os = enc.getDataStream(fs)) {
        Files.copy(plain, os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  private void hosts() throws IOException {
    Files.writeString(in().resolve("hosts.csv"), "name,kind\nAWS,cloud\nOVH,cloud\n",
        StandardCharsets.UTF_8);
  }

  /** The Issues sheet's rows as {@code severity | file | problem}. */
  private List<String> issuesSheet() throws IOException {
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      List<String> rows = new ArrayList<>();
      for (Row r : wb.getSheet("Issues")) {
        if (r.getRowNum() > 0) {
          rows.add(r.getCell(0).getStringCellValue() + " | " + r.getCell(1).getStringCellValue()
              + " | " + r.getCell(5).getStringCellValue());
        }
      }
      return rows;
    }
  }

  @Test
  void aLegacyXlsInAFolderIsAWarningAndTheOtherFilesAreRead() throws IOException {
    legacy();
    hosts();
    Cli.Run r = run(in());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("old.xls")))
        .containsExactly("old.xls: warning: " + LEGACY);
    assertThat(r.err()).doesNotContain("cannot read");
    assertThat(issuesSheet()).containsExactly("warning | old.xls | " + LEGACY);
    assertThat(IssuesCsv.read(tmp.resolve("out")).stream().map(IssuesCsv.Row::brief))
        .containsExactly("old.xls:0:: warning: file-not-read: " + LEGACY);
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      assertThat(wb.getSheet("hosts").getRow(2).getCell(0).getStringCellValue()).isEqualTo("OVH");
      // One file read, not two.
      assertThat(wb.getSheet("Overview").getRow(1).getCell(0).getStringCellValue())
          .endsWith(" from 1 file");
    }
    Cli.Run strict = Cli.run(in().toString(), "-o", tmp.resolve("out2").toString(), "--fail-on",
        "warning");
    assertThat(strict.exitCode()).as(strict.err()).isEqualTo(1);
  }

  @Test
  void anEncryptedWorkbookInAFolderIsTheSame() throws Exception {
    encrypted();
    hosts();
    Cli.Run r = run(in());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("secret.xlsx")))
        .containsExactly("secret.xlsx: warning: " + ENCRYPTED);
    assertThat(issuesSheet()).containsExactly("warning | secret.xlsx | " + ENCRYPTED);
  }

  @Test
  void aLegacyXlsNamedOnTheCommandLineIsStillRefused() throws IOException {
    Path file = legacy();
    hosts();
    Cli.Run r = Cli.run(in().resolve("hosts.csv").toString(), file.toString(), "-o",
        tmp.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err().strip()).isEqualTo("report: cannot read " + file + ": " + LEGACY);
    assertThat(tmp.resolve("out/report.xlsx")).doesNotExist();
  }

  @Test
  void aFolderOfNothingElseIsRefusedAsIfTheFileWereNamed() throws IOException {
    Path file = legacy();
    Cli.Run r = run(in());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err().strip()).isEqualTo("report: cannot read " + file + ": " + LEGACY);
  }

  /** The tables {@code datapackage.json} describes, by the file of each resource. */
  private List<String> describedPaths() throws IOException {
    List<String> paths = new ArrayList<>();
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(in().resolve("datapackage.json")
        .toFile()).get("resources").forEach(r -> paths.add(r.get("path").asText()));
    return paths;
  }

  @Test
  void describeLeavesALegacyXlsInAFolderOutWithAWarning() throws IOException {
    legacy();
    hosts();
    Cli.Run r = Cli.run("describe", in().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err().lines()).containsExactly("old.xls: warning: " + LEGACY);
    assertThat(r.out()).startsWith("Wrote " + in().resolve("datapackage.json") + ": 1 resource,");
    assertThat(describedPaths()).containsExactly("hosts.csv");
    // The run then reads the descriptor and passes the workbook over as before.
    Cli.Run run = run(in());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(issuesSheet()).containsExactly("warning | old.xls | " + LEGACY);
  }

  @Test
  void describeLeavesAnEncryptedWorkbookInAFolderOutTheSame() throws Exception {
    encrypted();
    hosts();
    Cli.Run r = Cli.run("describe", in().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err().lines()).containsExactly("secret.xlsx: warning: " + ENCRYPTED);
    assertThat(describedPaths()).containsExactly("hosts.csv");
  }

  @Test
  void describeStillRefusesALegacyXlsNamedOnTheCommandLine() throws IOException {
    Path file = legacy();
    hosts();
    Cli.Run r = Cli.run("describe", in().resolve("hosts.csv").toString(), file.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err().strip()).isEqualTo("report: cannot read " + file + ": " + LEGACY);
    assertThat(in().resolve("datapackage.json")).doesNotExist();
  }

  @Test
  void describeRefusesAFolderOfNothingElseAsIfTheFileWereNamed() throws IOException {
    Path file = legacy();
    Cli.Run r = Cli.run("describe", in().toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err().strip()).isEqualTo("report: cannot read " + file + ": " + LEGACY);
    assertThat(in().resolve("datapackage.json")).doesNotExist();
  }
}
