package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the workbook refuses, its limits, and that it leaves no temporary file behind. */
class WorkbookErrorsTest {
  @TempDir Path tmp;

  @Test
  void rowsMustComeInIncreasingOrder() {
    try (Workbook wb = new Workbook()) {
      Sheet s = wb.addSheet("S");
      s.startRow(5);
      s.endRow();
      assertThatThrownBy(() -> s.startRow(5)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> s.startRow(3)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> s.startRow(-1)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> s.startRow(Workbook.MAX_ROWS))
          .isInstanceOf(IllegalStateException.class);
      assertThat(s.lastRow()).isEqualTo(5);
    }
  }

  @Test
  void cellsMustComeInIncreasingColumnsInsideARow() {
    try (Workbook wb = new Workbook()) {
      Sheet s = wb.addSheet("S");
      assertThatThrownBy(() -> s.number(0, 0, 1)).isInstanceOf(IllegalStateException.class);
      s.startRow(0);
      s.number(3, 0, 1);
      assertThatThrownBy(() -> s.text(3, 0, "same")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> s.bool(2, 0, true)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> s.blank(Workbook.MAX_COLUMNS, 0))
          .isInstanceOf(IllegalStateException.class);
      s.endRow();
      assertThatThrownBy(() -> s.formula(4, 0, "1", 1)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(s::endRow).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aRowMustBeEndedBeforeTheNextOrBeforeTheWorkbookIsWritten() {
    try (Workbook wb = new Workbook()) {
      Sheet s = wb.addSheet("S");
      s.startRow(0);
      s.number(0, 0, 1);
      assertThatThrownBy(() -> s.startRow(1)).isInstanceOf(IllegalStateException.class);
      // Written now, the sheet's XML would end inside a row.
      assertThatThrownBy(() -> wb.write(new ByteArrayOutputStream()))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  /** Names Excel would refuse or repair are refused here, saying what Excel takes. */
  @Test
  void aSheetNameMustBeOneExcelTakes() {
    try (Workbook wb = new Workbook()) {
      for (String bad : List.of("", "x".repeat(32), "a/b", "a\\b", "a?", "a*", "a:b", "[a]",
          "'quoted", "quoted'", "tab\there")) {
        assertThatThrownBy(() -> wb.addSheet(bad)).as(bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Excel takes 1 to 31 characters");
      }
      assertThat(wb.sheets()).isEmpty();
      // At the limits: 31 characters, an apostrophe inside, spaces, & and non-ASCII letters.
      for (String good : List.of("x".repeat(31), "It's data", "R & D — été")) {
        assertThat(wb.addSheet(good).name()).isEqualTo(good);
      }
    }
  }

  @Test
  void aSheetNameIsUsedOnceIgnoringCase() {
    try (Workbook wb = new Workbook()) {
      Sheet s = wb.addSheet("Données");
      for (String again : List.of("DONNÉES", "données", "Données")) {
        assertThatThrownBy(() -> wb.addSheet(again)).isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(wb.sheets()).containsExactly(s);
      try (Workbook other = new Workbook()) {
        Sheet foreign = other.addSheet("Foreign");
        assertThatThrownBy(() -> wb.moveSheet(foreign, 0))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void theLastCellOfASheetReadsBack() throws IOException {
    Workbook wb = new Workbook();
    Sheet s = wb.addSheet("Edges");
    s.startRow(0);
    s.text(0, 0, "first");
    s.endRow();
    s.startRow(Workbook.MAX_ROWS - 1);
    s.number(Workbook.MAX_COLUMNS - 1, 0, 42);
    s.endRow();
    assertThat(s.lastRow()).isEqualTo(Workbook.MAX_ROWS - 1);
    String text = "x".repeat(Workbook.MAX_CELL_TEXT);
    Sheet t = wb.addSheet("Long");
    t.startRow(0);
    t.text(0, 0, text);
    t.endRow();
    try (XSSFWorkbook poi = Xlsx.open(Xlsx.write(wb, tmp.resolve("edges.xlsx")))) {
      XSSFSheet p = poi.getSheetAt(0);
      assertThat(p.getLastRowNum()).isEqualTo(Workbook.MAX_ROWS - 1);
      assertThat(p.getRow(Workbook.MAX_ROWS - 1).getCell(Workbook.MAX_COLUMNS - 1)
          .getNumericCellValue()).isEqualTo(42);
      assertThat(p.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:XFD1048576");
      assertThat(poi.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo(text);
    }
  }

  /** Files handed out by {@code temp}, each in {@code dir}. */
  private static Workbook.TempFiles counting(Path dir, List<Path> made) {
    return () -> {
      Path p = Files.createTempFile(dir, "sheet", ".deflated");
      made.add(p);
      return p;
    };
  }

  private static long filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  private static void fill(Workbook wb) {
    for (int i = 0; i < 3; i++) {
      Sheet s = wb.addSheet("S" + i);
      for (int r = 0; r < 1_000; r++) {
        s.startRow(r);
        s.text(0, 0, "row " + r);
        s.endRow();
      }
      s.link(0, 0, "https://example.com/" + i);
    }
  }

  @Test
  void closeDeletesEveryTemporaryFileWhenTheWorkbookWasNeverWritten() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("unwritten"));
    List<Path> made = new ArrayList<>();
    Workbook wb = new Workbook(counting(dir, made));
    fill(wb);
    // A data file per sheet (links are kept with the sheet's model, not in a file).
    assertThat(made).hasSize(3);
    assertThat(filesIn(dir)).isEqualTo(3);
    wb.close();
    assertThat(filesIn(dir)).isZero();
    wb.close(); // twice is harmless
  }

  @Test
  void closeDeletesEveryTemporaryFileAfterWriting() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("written"));
    List<Path> made = new ArrayList<>();
    Workbook wb = new Workbook(counting(dir, made));
    fill(wb);
    Path file = Xlsx.write(wb, tmp.resolve("written.xlsx"));
    assertThat(made).hasSize(3);
    assertThat(filesIn(dir)).isZero();
    try (XSSFWorkbook poi = Xlsx.open(file)) {
      assertThat(poi.getSheetAt(2).getRow(999).getCell(0).getStringCellValue())
          .isEqualTo("row 999");
      assertThat(poi.getSheetAt(2).getHyperlink(0, 0).getAddress())
          .isEqualTo("https://example.com/2");
    }
  }

  @Test
  void aFailingTempFileLeavesNothingBehind() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("failing"));
    List<Path> made = new ArrayList<>();
    Workbook.TempFiles good = counting(dir, made);
    Workbook wb = new Workbook(() -> made.size() < 2 ? good.create() : dir.resolve("no/such/f"));
    wb.addSheet("A");
    wb.addSheet("B");
    assertThatThrownBy(() -> wb.addSheet("C")).isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(wb.sheets()).hasSize(2);
    wb.close();
    assertThat(filesIn(dir)).isZero();
  }
}
