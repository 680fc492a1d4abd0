package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unreadable workbooks (issue 16, items 1 and 8): one line naming the file and the
 * reason, exit 3, no stack trace, no hang.
 */
class HostileWorkbookTest {
  @TempDir Path tmp;

  private Cli.Run run(Path file) {
    return Cli.run(file.toString(), "-o", tmp.resolve("out").toString());
  }

  private static void assertOneLine(Cli.Run r, Path file, String why) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err().strip()).isEqualTo("report: cannot read " + file + ": " + why);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void anEncryptedWorkbookIsExit3NamingTheFileAndTheReason() throws Exception {
    Path plain = WorkbookFixtures.codes(Files.createDirectories(tmp.resolve("plain")));
    Path file = tmp.resolve("secret.xlsx");
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
    assertOneLine(run(file), file, "the workbook is encrypted (password-protected), which is not"
        + " read; save a copy without a password (Excel: File > Info > Protect Workbook > Encrypt"
        + " with Password, cleared)");
  }

  @Test
  void aLegacyXlsIsRefusedSayingHowToConvertIt() throws IOException {
    Path file = tmp.resolve("old.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("a").createRow(0).createCell(0).setCellValue("x");
      wb.write(out);
    }
    assertOneLine(run(file), file, "it is a legacy Excel 97-2003 workbook (.xls), which is not"
        + " read; save it as .xlsx (Excel: File > Save As > Excel Workbook, or soffice --headless"
        + " --convert-to xlsx old.xls)");
  }

  @Test
  void aCsvRenamedXlsxIsNotAWorkbook() throws IOException {
    Path file = Files.writeString(tmp.resolve("data.xlsx"), "a,b\n1,2\n");
    assertOneLine(run(file), file, "it is not an Excel workbook (no zip container: perhaps a CSV"
        + " or text file renamed .xlsx); rename it to what it is, or save it from Excel as .xlsx");
  }

  @Test
  void anHtmlPageRenamedXlsxIsNotAWorkbook() throws IOException {
    Path file = Files.writeString(tmp.resolve("export.xlsx"),
        "<html><body><table><tr><td>a</td></tr></table></body></html>");
    assertOneLine(run(file), file, "it is not an Excel workbook but an HTML page (a web page"
        + " saved with a workbook's name); save it from Excel as .xlsx");
  }

  @Test
  void aTruncatedWorkbookIsDamaged() throws IOException {
    Path whole = WorkbookFixtures.budget(Files.createDirectories(tmp.resolve("whole")));
    byte[] bytes = Files.readAllBytes(whole);
    Path file = tmp.resolve("cut.xlsx");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Cli.Run r = run(file);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err().strip()).startsWith("report: cannot read " + file
        + ": the workbook is damaged or truncated, and cannot be opened (");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void aZipBombIsRefusedWithoutBlowingTheHeap() throws IOException {
    Path book = WorkbookFixtures.codes(Files.createDirectories(tmp.resolve("b")));
    StringBuilder huge = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\"><sheetData>");
    huge.append(" ".repeat(50_000_000)).append("</sheetData></worksheet>");
    Path file = replace(book, "xl/worksheets/sheet1.xml", huge.toString(), tmp.resolve("bomb.xlsx"));
    assertOneLine(run(file), file, "a part of the workbook expands far more than any real"
        + " workbook (a zip bomb); it was not read");
  }

  @Test
  void anExternalEntityIsNeverResolved() throws IOException {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "top secret");
    Path book = WorkbookFixtures.codes(Files.createDirectories(tmp.resolve("b")));
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri()
        + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData>"
        + "</worksheet>";
    Path file = replace(book, "xl/worksheets/sheet1.xml", xxe, tmp.resolve("xxe.xlsx"));
    Cli.Run r = run(file);
    assertOneLine(r, file, "the workbook's XML declares a document type or entities, which a"
        + " real workbook never does; it was not read");
    assertThat(r.err() + r.out()).doesNotContain("top secret");
  }

  /** A copy of workbook {@code from} whose entry {@code name} holds {@code text}. */
  static Path replace(Path from, String name, String text, Path to) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
        ZipOutputStream zout = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        zout.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(name)) {
          zout.write(text.getBytes(StandardCharsets.UTF_8));
        } else {
          zin.transferTo(zout);
        }
        zout.closeEntry();
      }
    }
    return Files.write(to, bytes.toByteArray());
  }
}
