package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A huge shared-strings table is refused in words before it fills the heap (issue 16, item 8). */
class SharedStringsLimitTest {
  @TempDir Path tmp;
  private final long limit = XlsxFile.maxSharedStrings;

  @AfterEach
  void restore() {
    XlsxFile.maxSharedStrings = limit;
  }

  private Path book(int rows) throws IOException {
    Path file = tmp.resolve("texts.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("texts");
      s.createRow(0).createCell(0).setCellValue("text");
      for (int r = 1; r <= rows; r++) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue("a distinct text number " + r);
      }
      wb.write(out);
    }
    return file;
  }

  @Test
  void sharedStringsPastTheLimitAreOneMessage() throws IOException {
    Path file = book(2_000);
    XlsxFile.maxSharedStrings = 10_000;
    assertThatThrownBy(() -> WorkbookTables.profile(file, ReadOptions.DEFAULT))
        .isInstanceOf(IOException.class)
        .hasMessage("the workbook's shared strings (the texts of its cells) are more than 10,000"
            + " bytes, a quarter of the memory this run may use; export the sheet as CSV, or run"
            + " java with a larger -Xmx");
  }

  @Test
  void sharedStringsWithinTheLimitAreRead() throws IOException {
    Path file = book(2_000);
    WorkbookTables.Found found = WorkbookTables.profile(file, ReadOptions.DEFAULT);
    assertThat(found.tables()).hasSize(1);
    assertThat(found.tables().get(0).records()).isEqualTo(2_000);
  }
}
