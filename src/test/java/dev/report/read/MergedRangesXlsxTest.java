package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.SAXException;

/** The pre-pass over a sheet's merge list, and the fill-down it drives (merged cells). */
class MergedRangesXlsxTest {
  private static MergedRanges scan(String mergeCells) throws IOException, SAXException {
    String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>mergeCell ref=\"A1:A9\""
        + "</t></is></c></row></sheetData><mergeCells>" + mergeCells + "</mergeCells></worksheet>";
    MergedRanges.Scan scan = new MergedRanges.Scan();
    XlsxFile.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), scan);
    return scan.ranges();
  }

  @Test
  void keepsOnlyOneColumnRangesOfTwoOrMoreRowsSortedByFirstRow() throws Exception {
    MergedRanges m = scan("<mergeCell ref=\"B12:B13\"/><mergeCell ref=\"A1:F1\"/>"
        + "<mergeCell ref=\"D2:E3\"/><mergeCell ref=\"C5\"/><mergeCell ref=\"nonsense\"/>"
        + "<mergeCell ref=\"XFD7:XFD1048576\"/><mergeCell ref=\"A3:A6\"/>");
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      refs.add(m.ref(i));
    }
    assertThat(refs).containsExactly("A3:A6", "XFD7:XFD1048576", "B12:B13");
    assertThat(m.column(1)).isEqualTo(16383);
    assertThat(m.last(1)).isEqualTo(1048576);
  }

  @Test
  void aHundredThousandRangesAreOnePackedArray() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      b.append("<mergeCell ref=\"C").append(3 + 2 * i).append(":C").append(4 + 2 * i)
          .append("\"/>");
    }
    MergedRanges m = scan(b.toString());
    assertThat(m.size()).isEqualTo(100_000);
    assertThat(m.ref(99_999)).isEqualTo("C200001:C200002");
  }

  @Test
  void aSheetWhoseBytesNeverNameAMergeIsNotParsedAgain() throws Exception {
    // The name straddles the 64 KiB reads: still found.
    byte[] xml = ("<worksheet>" + "x".repeat((1 << 16) - 15) + "<mergeCell ref=\"A1:A2\"/>")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(MergedRanges.mayHoldMerges(new ByteArrayInputStream(xml))).isTrue();
    byte[] none = ("<worksheet><sheetData>" + "<row/>".repeat(20_000) + "</sheetData>"
        + "<mergeCels/></worksheet>").getBytes(StandardCharsets.UTF_8);
    assertThat(MergedRanges.mayHoldMerges(new ByteArrayInputStream(none))).isFalse();
    byte[] utf16 = "<worksheet/>".getBytes(StandardCharsets.UTF_16);
    assertThat(MergedRanges.mayHoldMerges(new ByteArrayInputStream(utf16))).isTrue();
  }

  @TempDir Path tmp;

  private Path book(String... merges) throws IOException {
    Path file = tmp.resolve("merges-" + merges.length + ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("S");
      for (int r = 0; r < 6; r++) {
        s.createRow(r).createCell(0).setCellValue(r == 0 ? "h" : "v" + r);
      }
      for (String m : merges) {
        s.addMergedRegion(CellRangeAddress.valueOf(m));
      }
      try (OutputStream o = Files.newOutputStream(file)) {
        wb.write(o);
      }
    }
    return file;
  }

  @Test
  void anOpenWorkbookScansASheetForMergesOnceAndAnotherOpeningScansAgain() throws IOException {
    Path file = book("A2:A3", "A4:A6");
    MergedRanges first;
    try (XlsxFile a = XlsxFile.open(file)) {
      first = a.merged(a.sheets.get(0));
      assertThat(a.merged(a.sheets.get(0))).isSameAs(first);
    }
    assertThat(first.size()).isEqualTo(2);
    // No state outlives the open workbook: the next pass (or run) finds the same ranges anew.
    try (XlsxFile b = XlsxFile.open(file)) {
      MergedRanges again = b.merged(b.sheets.get(0));
      assertThat(again).isNotSameAs(first);
      assertThat(again.size()).isEqualTo(2);
      assertThat(again.ref(1)).isEqualTo("A4:A6");
    }
  }

  private static List<SheetCell> row(String... texts) {
    List<SheetCell> cells = new ArrayList<>();
    for (int c = 0; c < texts.length; c++) {
      if (texts[c] != null) {
        cells.add(new SheetCell(c, texts[c], null, SheetCell.Note.NONE, ""));
      }
    }
    return cells;
  }

  private static List<String> texts(List<SheetCell> cells) {
    return SheetTable.texts(cells, 2);
  }

  @Test
  void fillsEmptyCellsBelowTheTopKeepsOwnValuesAndNamesTheFirstThree() throws Exception {
    MergedRanges m = scan("<mergeCell ref=\"A2:A3\"/><mergeCell ref=\"A4:A5\"/>"
        + "<mergeCell ref=\"A6:A7\"/><mergeCell ref=\"A8:A9\"/><mergeCell ref=\"B8:B10\"/>"
        + "<mergeCell ref=\"A1:A2\"/>");
    FillDown fill = new FillDown(m);
    long header = 1;
    List<List<String>> seen = new ArrayList<>();
    String[][] rows = {
      {"x", "1"}, {null, "2"}, {"y", "3"}, {"own", "4"}, {"z", "5"}, {null, "6"},
      {"w", "v"}, {null, null}, {null, "9"},
    };
    for (int r = 0; r < rows.length; r++) {
      seen.add(texts(fill.apply(r + 2, header, row(rows[r]))));
    }
    assertThat(seen).containsExactly(List.of("x", "1"), List.of("x", "2"), List.of("y", "3"),
        List.of("own", "4"), List.of("z", "5"), List.of("z", "6"), List.of("w", "v"),
        List.of("w", "v"), List.of("", "9"));
    // A4:A5 filled nothing (its cell had its own value); A1:A2 starts in the header row.
    assertThat(fill.summary()).isEqualTo("4 merged ranges were filled down from their top cell"
        + " (A2:A3, A6:A7, A8:A9 and 1 more)");
  }

  @Test
  void oneRangeIsSaidInTheSingular() throws Exception {
    FillDown fill = new FillDown(scan("<mergeCell ref=\"B3:B4\"/>"));
    fill.apply(3, 1, row("a", "b"));
    assertThat(texts(fill.apply(4, 1, row("c")))).containsExactly("c", "b");
    assertThat(fill.summary())
        .isEqualTo("1 merged range was filled down from its top cell (B3:B4)");
  }
}
