package dev.report.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.check.Issue;
import dev.report.check.Rule;
import dev.report.check.Severity;
import dev.report.read.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write stage alone, reopened with POI's XSSF reader. */
class ReportWriterTest {
  @TempDir Path tmp;

  private XSSFWorkbook write(Tables.Read table, int maxRows) throws IOException {
    Path out = tmp.resolve("out");
    try (ReportWriter w = new ReportWriter(out, maxRows)) {
      ReportWriter.TableSheet sheet = w.startTable(table.profile());
      for (Value[] row : table.rows()) {
        sheet.write(row);
      }
      dev.report.analyze.TableStats stats = dev.report.analyze.TableStats.plan(table.profile());
      table.rows().forEach(stats::add);
      sheet.finish(table.profile(), stats);
      w.finish("T", "S", "", List.of(), new RunInfo("report test", "test",
          java.time.Instant.EPOCH, "en-US", "UTC", "java"));
    }
    try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void tablesLongerThanASheetGoOnInContinuationSheetsWithTheHeader() throws IOException {
    StringBuilder csv = new StringBuilder("n,label\n");
    for (int i = 1; i <= 8; i++) {
      csv.append(i).append(",row ").append(i).append('\n');
    }
    Tables.Read t = Tables.read(tmp, "long.csv", csv.toString());
    try (XSSFWorkbook wb = write(t, 4)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> {
        // The tabs shown: not the very hidden comparison data.
        if (wb.getSheetVisibility(wb.getSheetIndex(s)) != org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN) {
          names.add(s.getSheetName());
        }
      });
      assertThat(names).containsExactly("Overview", "Issues", "long", "long (2)", "long (3)", "Summary", "About");
      List<Double> seen = new ArrayList<>();
      for (String name : List.of("long", "long (2)", "long (3)")) {
        Sheet s = wb.getSheet(name);
        // Each continuation sheet is laid out as the first: frozen header, widths, print titles.
        assertThat(s.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(name)
            .isEqualTo((short) 1);
        assertThat(s.getColumnWidth(1)).as(name).isEqualTo(wb.getSheet("long").getColumnWidth(1))
            .isGreaterThan(256 * 6);
        assertThat(s.getRepeatingRows()).as(name).hasToString(
            org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1").toString());
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
        assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("label");
        for (int r = 1; r <= s.getLastRowNum(); r++) {
          seen.add(s.getRow(r).getCell(0).getNumericCellValue());
        }
      }
      assertThat(seen).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
    }
  }

  /**
   * Records with and without issues or links, mixed and across continuation sheets, keep file
   * order, and each sheet's dimension and Excel table cover exactly its rows.
   */
  @Test
  void recordsWrittenStraightOrWithIssuesKeepTheirOrderAcrossSheets() throws IOException {
    StringBuilder csv = new StringBuilder("n,note,day\n");
    for (int i = 1; i <= 10; i++) {
      csv.append(i).append(',').append(i % 4 == 0 ? "https://example.org/" + i : "row " + i)
          .append(",2024-04-").append(10 + i).append('\n');
    }
    Tables.Read t = Tables.read(tmp, "mix.csv", csv.toString());
    Path out = tmp.resolve("out");
    try (ReportWriter w = new ReportWriter(out, 4)) {
      ReportWriter.TableSheet sheet = w.startTable(t.profile());
      for (int i = 0; i < t.rows().size(); i++) {
        List<Issue> found = i % 3 == 1
            ? List.of(new Issue(Severity.WARNING, "mix.csv", i + 2, 2, "note", "row " + (i + 1),
                "odd note " + (i + 1), Rule.SPACES, ""))
            : List.of();
        sheet.write(t.rows().get(i), found);
      }
      dev.report.analyze.TableStats stats = dev.report.analyze.TableStats.plan(t.profile());
      t.rows().forEach(stats::add);
      sheet.finish(t.profile(), stats);
      w.finish("T", "S", "", List.of(), new RunInfo("report test", "test",
          java.time.Instant.EPOCH, "en-US", "UTC", "java"));
    }
    try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = List.of("mix", "mix (2)", "mix (3)", "mix (4)");
      List<String> dimensions = new ArrayList<>();
      List<String> tables = new ArrayList<>();
      int n = 0;
      for (String name : names) {
        XSSFSheet s = wb.getSheet(name);
        dimensions.add(s.getCTWorksheet().getDimension().getRef());
        tables.add(s.getTables().get(0).getArea().formatAsString());
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
        for (int r = 1; r <= s.getLastRowNum(); r++) {
          n++;
          var row = s.getRow(r);
          assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(n);
          assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate())
              .isEqualTo(java.time.LocalDate.of(2024, 4, 10 + n));
          assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
          var note = row.getCell(1);
          assertThat(note.getHyperlink() != null).as("link in record %d", n).isEqualTo(n % 4 == 0);
          boolean flagged = (n - 1) % 3 == 1;
          assertThat(note.getCellComment() != null).as("comment in record %d", n).isEqualTo(flagged);
          if (flagged) {
            assertThat(note.getCellComment().getString().getString())
                .isEqualTo("warning: odd note " + n);
          }
          assertThat(note.getCellStyle().getFillPattern())
              .isEqualTo(flagged ? org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND
                  : org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
        }
      }
      assertThat(n).isEqualTo(10);
      assertThat(dimensions).containsExactly("A1:C4", "A1:C4", "A1:C4", "A1:C2");
      assertThat(tables).containsExactly("A1:C4", "A1:C4", "A1:C4", "A1:C2");
    }
  }

  /**
   * A text column with few distinct values (a category) is written as shared strings, each text
   * once in the workbook however many records hold it, and reads back exactly.
   */
  @Test
  void categoriesAreSharedStringsThatReadBackExactly() throws IOException {
    List<String> kinds = List.of(" lead", "a<b>&\"c\"", "_x0041_", "😀 emoji", "plain");
    StringBuilder csv = new StringBuilder("kind,note\n");
    for (int i = 0; i < 200; i++) {
      String k = kinds.get(i % kinds.size());
      csv.append('"').append(k.replace("\"", "\"\"")).append("\",note ").append(i).append('\n');
    }
    Tables.Read t = Tables.read(tmp, "cat.csv", csv.toString());
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("cat");
      for (int r = 1; r <= 200; r++) {
        assertThat(s.getRow(r).getCell(0).getStringCellValue()).as("row %d", r)
            .isEqualTo(kinds.get((r - 1) % kinds.size()));
        assertThat(s.getRow(r).getCell(1).getStringCellValue()).isEqualTo("note " + (r - 1));
      }
      var strings = wb.getSharedStringSource().getSharedStringItems().stream()
          .map(org.apache.poi.ss.usermodel.RichTextString::getString).toList();
      assertThat(strings).containsExactlyInAnyOrderElementsOf(kinds);
    }
  }

  /**
   * The first pass compares a column's values trimmed, so a category can hold many more texts
   * that differ in spacing only: past {@link DataSheet.MAX_SHARED} of them, texts go inline.
   */
  @Test
  void aCategoryWithTooManySpellingsGoesOnInline() throws IOException {
    // Spaces before and after: 33 x 33 spellings of "a", few enough spaces for POI's reader.
    List<String> spellings = new ArrayList<>();
    for (int before = 0; before < 33; before++) {
      for (int after = 0; after < 33; after++) {
        spellings.add(" ".repeat(before) + "a" + " ".repeat(after));
      }
    }
    StringBuilder csv = new StringBuilder("kind\n");
    spellings.forEach(k -> csv.append('"').append(k).append("\"\n"));
    Tables.Read t = Tables.read(tmp, "spaced.csv", csv.toString());
    assertThat(t.profile().profiles().get(0).distinctCount()).isEqualTo(1);
    try (XSSFWorkbook wb = write(t, 10_000)) {
      Sheet s = wb.getSheet("spaced");
      for (int r = 1; r <= spellings.size(); r++) {
        assertThat(s.getRow(r).getCell(0).getStringCellValue()).as("row %d", r)
            .isEqualTo(spellings.get(r - 1));
      }
      assertThat(wb.getSharedStringSource().getUniqueCount()).isEqualTo(DataSheet.MAX_SHARED);
    }
  }

  /**
   * Shared strings stay few and short: category texts longer than {@link DataSheet#MAX_WIDTH}
   * go inline, and so does every text past {@link DataSheet#MAX_SHARED_TOTAL} in the workbook.
   */
  @Test
  void sharedStringsAreBoundedInLengthAndInNumber() throws IOException {
    // 25 category columns (one distinct value each, trimmed) of 1,000 spellings each: 25,000.
    int columns = 25;
    StringBuilder csv = new StringBuilder();
    for (int c = 0; c < columns; c++) {
      csv.append(c == 0 ? "" : ",").append("k").append(c);
    }
    csv.append(",long\n");
    String longText = "x".repeat(DataSheet.MAX_WIDTH + 1);
    for (int r = 0; r < 1_000; r++) {
      for (int c = 0; c < columns; c++) {
        csv.append(c == 0 ? "" : ",").append('"').append(spelling(c, r)).append('"');
      }
      csv.append(',').append(longText).append('\n');
    }
    Tables.Read t = Tables.read(tmp, "many.csv", csv.toString());
    try (XSSFWorkbook wb = write(t, 10_000)) {
      Sheet s = wb.getSheet("many");
      for (int r = 0; r < 1_000; r++) {
        for (int c = 0; c < columns; c++) {
          assertThat(s.getRow(r + 1).getCell(c).getStringCellValue()).isEqualTo(spelling(c, r));
        }
      }
      assertThat(wb.getSharedStringSource().getUniqueCount())
          .isEqualTo(DataSheet.MAX_SHARED_TOTAL);
      assertThat(s.getRow(1).getCell(columns).getStringCellValue()).isEqualTo(longText);
      for (int i = 0; i < DataSheet.MAX_SHARED_TOTAL; i++) {
        assertThat(wb.getSharedStringSource().getItemAt(i).getString()).isNotEqualTo(longText);
      }
    }
  }

  /** Row {@code r}'s spelling of column {@code c}'s one category: its letter amid spaces. */
  private static String spelling(int c, int r) {
    return " ".repeat(r % 40) + (char) ('a' + c) + " ".repeat(r / 40);
  }

  @Test
  void overLongTextIsCutVisiblyAndControlCharactersAreRemoved() throws IOException {
    String huge = "y".repeat(40_000);
    Tables.Read t = Tables.read(tmp, "odd.csv", "a\n" + huge + "\nbell\u0007here\n");
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("odd");
      String cut = s.getRow(1).getCell(0).getStringCellValue();
      assertThat(cut).hasSize(32_767).endsWith("[cut: the value was longer than Excel allows]");
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("bellhere");
    }
  }

  /**
   * Codes with leading zeros stay text, and Excel is told that numbers stored as text are meant
   * on the data rows, so that it draws no warning triangle on each.
   */
  @Test
  void codesStayTextWithoutExcelsNumberStoredAsTextWarning() throws IOException {
    Tables.Read t = Tables.read(tmp, "codes.csv", "code,n\n00123,1\n04567,2\n");
    try (XSSFWorkbook wb = write(t, 1000)) {
      XSSFSheet s = wb.getSheet("codes");
      assertThat(s.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("00123");
      assertThat(s.getIgnoredErrors())
          .containsOnlyKeys(org.apache.poi.ss.usermodel.IgnoredErrorType.NUMBER_STORED_AS_TEXT);
      assertThat(s.getIgnoredErrors()
          .get(org.apache.poi.ss.usermodel.IgnoredErrorType.NUMBER_STORED_AS_TEXT))
          .extracting(r -> r.formatAsString()).containsExactly("A2:B3");
      assertThat(wb.getSheet("Overview").getIgnoredErrors()).isEmpty();
    }
  }

  @Test
  void formulaLookingTextStaysText() throws IOException {
    Tables.Read t = Tables.read(tmp, "f.csv", "a\n=1+1\n@SUM(A1)\n");
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("f");
      assertThat(s.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=1+1");
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("@SUM(A1)");
    }
  }

  @Test
  void valuesThatDoNotFitAreTextInAHighlightedCell() throws IOException {
    Tables.Read t = Tables.read(tmp, "n.csv", "n\n1\n2\n3\n4\n5\n6\n7\n8\n9\nten\n");
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("n");
      assertThat(s.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      var bad = s.getRow(10).getCell(0);
      assertThat(bad.getCellType()).isEqualTo(CellType.STRING);
      assertThat(bad.getStringCellValue()).isEqualTo("ten");
      assertThat(bad.getCellStyle().getFillPattern())
          .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      assertThat(s.getRow(1).getCell(0).getCellStyle().getFillPattern())
          .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
    }
  }

  /**
   * A literal _xHHHH_ reads back as written, once: in a cell, in a category's shared string, in a
   * header cell and in the Excel table's column name (an ST_Xstring, decoded the same way).
   */
  @Test
  void literalEscapeLikeTextSurvivesARoundTrip() throws IOException {
    Tables.Read t = Tables.read(tmp, "x.csv",
        "_x0042_,b\n_x0041_,_x0043_\nsee _x00e9_ and _x12,_x0043_\n");
    assertThat(t.profile().profiles().get(1).distinctCount()).isEqualTo(1);
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("x");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("_x0042_");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("_x0041_");
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("see _x00e9_ and _x12");
      assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("_x0043_");
      assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("_x0043_");
      String name = ((org.apache.poi.xssf.usermodel.XSSFSheet) s).getTables().get(0)
          .getCTTable().getTableColumns().getTableColumnArray(0).getName();
      assertThat(decodeXstring(name)).isEqualTo("_x0042_");
    }
  }

  /** An ST_Xstring as a spreadsheet reads it: each _xHHHH_ is the character U+HHHH. */
  private static String decodeXstring(String s) {
    return java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_").matcher(s)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  @Test
  void onlyWebAndMailAddressesBecomeLinks() throws IOException {
    Tables.Read t = Tables.read(tmp, "l.csv", """
        source
        https://investor.atmeta.com/
        mailto:press@example.org
        javascript:alert(1)
        file:///etc/passwd
        see https://example.org
        http://
        """);
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("l");
      assertThat(s.getRow(1).getCell(0).getHyperlink().getAddress())
          .isEqualTo("https://investor.atmeta.com/");
      assertThat(s.getRow(1).getCell(0).getHyperlink().getType())
          .isEqualTo(org.apache.poi.common.usermodel.HyperlinkType.URL);
      assertThat(s.getRow(2).getCell(0).getHyperlink().getType())
          .isEqualTo(org.apache.poi.common.usermodel.HyperlinkType.EMAIL);
      for (int r = 3; r <= 6; r++) {
        assertThat(s.getRow(r).getCell(0).getHyperlink()).as("row %d", r).isNull();
        assertThat(s.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      }
    }
  }

  @Test
  void onlyLongTextWraps() throws IOException {
    Tables.Read t = Tables.read(tmp, "w.csv", "note\nshort\n" + "long ".repeat(30) + "\n");
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("w");
      assertThat(s.getRow(1).getCell(0).getCellStyle().getWrapText()).isFalse();
      assertThat(s.getRow(2).getCell(0).getCellStyle().getWrapText()).isTrue();
      assertThat(s.getColumnWidth(0)).isEqualTo(60 * 256);
    }
  }

  /**
   * A wrapped text's row is as tall as its lines, up to ten: a two-line statement had overlapped
   * the next row when printed (issue 15, item 4). Short rows keep the default height.
   */
  @Test
  void rowsAreTallEnoughForTheirWrappedText() throws IOException {
    String para = "word ".repeat(40).strip();  // 199 characters: 4 lines of 56
    String lines = "first line\nsecond line\nthird";  // 3 lines of a short column
    String huge = "x".repeat(5_000);  // 90 lines: capped at 10
    Tables.Read t = Tables.read(tmp, "w.csv", "id,note,other\n1,short,a\n2,\"" + para
        + "\",b\n3,\"" + lines + "\",c\n4," + huge + ",d\n");
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("w");
      assertThat(((org.apache.poi.xssf.usermodel.XSSFRow) s.getRow(1)).getCTRow().isSetHt())
          .as("short row: default height").isFalse();
      assertThat(s.getRow(2).getHeightInPoints()).isEqualTo(4 * 15f);
      assertThat(s.getRow(3).getHeightInPoints()).isEqualTo(3 * 15f);
      assertThat(s.getRow(3).getCell(1).getCellStyle().getWrapText()).as("line breaks wrap").isTrue();
      assertThat(s.getRow(4).getHeightInPoints()).isEqualTo(10 * 15f);
      assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo(huge);
    }
  }

  /** Found by FuzzPipelineProperties: a control character in a header broke the table's XML. */
  @Test
  void controlCharactersAndLineBreaksInAHeaderDoNotBreakTheExcelTable() throws IOException {
    Tables.Read t = Tables.read(tmp, "h.csv", "a\u0001b,\"two\nlines\",ab\nx,y,z\n");
    try (XSSFWorkbook wb = write(t, 1000)) {
      Sheet s = wb.getSheet("h");
      List<String> header = new ArrayList<>();
      s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactly("ab", "two lines", "ab (2)");
      List<String> columns = new ArrayList<>();
      wb.getSheet("h").getTables().get(0).getColumns().forEach(c -> columns.add(c.getName()));
      assertThat(columns).isEqualTo(header);
    }
  }

  /** The Summary counts distinct values (a quadratic formula for Excel) for small tables only. */
  @Test
  void distinctValuesAreSummarisedForTablesOfAtMost5000Records() throws IOException {
    StringBuilder csv = new StringBuilder("code\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append(i % 2 == 0 ? "A" : "a").append('\n');
    }
    try (XSSFWorkbook wb = write(Tables.read(tmp, "small.csv", csv.toString()), 10_000)) {
      var distinct = wb.getSheet("Summary").getRow(5).getCell(4);
      assertThat(distinct.getCellFormula()).startsWith("SUMPRODUCT(");
      assertThat(distinct.getNumericCellValue()).isEqualTo(1);
    }
    csv.append("b\n");
    try (XSSFWorkbook wb = write(Tables.read(tmp, "big.csv", csv.toString()), 10_000)) {
      assertThat(wb.getSheet("Summary").getRow(5).getCell(4)).isNull();
    }
  }

  @Test
  void summaryFormulasSpanEveryContinuationSheet() throws IOException {
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 1; i <= 8; i++) {
      csv.append(i).append('\n');
    }
    Tables.Read t = Tables.read(tmp, "long.csv", csv.toString());
    try (XSSFWorkbook wb = write(t, 4)) {
      Sheet summary = wb.getSheet("Summary");
      var row = summary.getRow(5);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("n");
      assertThat(row.getCell(9).getCellFormula())
          .isEqualTo("SUM('long'!$A$2:$A$4,'long (2)'!$A$2:$A$4,'long (3)'!$A$2:$A$3)");
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(36);
      assertThat(row.getCell(3).getCellFormula()).isEqualTo(
          "COUNTBLANK('long'!$A$2:$A$4)+COUNTBLANK('long (2)'!$A$2:$A$4)+COUNTBLANK('long (3)'!$A$2:$A$3)");
    }
  }

  /**
   * Issue 19, "Also": the continuation of big.csv next to the sheet of big (2).csv was named
   * "big (2) (2)", which reads as the second sheet of big (2).csv.
   */
  @Test
  void aContinuationSheetIsNeverNamedLikeTheContinuationOfAnotherTable() throws IOException {
    Tables.Read other = Tables.read(tmp, "big (2).csv", "n\n1\n");
    Tables.Read big = Tables.read(tmp, "big.csv", "n\n1\n2\n3\n4\n5\n6\n7\n");
    Path out = tmp.resolve("out");
    try (ReportWriter w = new ReportWriter(out, 4)) {
      for (Tables.Read t : List.of(other, big)) {
        ReportWriter.TableSheet sheet = w.startTable(t.profile());
        t.rows().forEach(sheet::write);
        dev.report.analyze.TableStats stats = dev.report.analyze.TableStats.plan(t.profile());
        t.rows().forEach(stats::add);
        sheet.finish(t.profile(), stats);
      }
      w.finish("T", "S", "", List.of(), new RunInfo("report test", "test",
          java.time.Instant.EPOCH, "en-US", "UTC", "java"));
    }
    try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> {
        // The tabs shown: not the very hidden comparison data.
        if (wb.getSheetVisibility(wb.getSheetIndex(s)) != org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN) {
          names.add(s.getSheetName());
        }
      });
      assertThat(names).contains("big (2)", "big", "big (part 2)", "big (part 3)")
          .doesNotContain("big (2) (2)");
      assertThat(wb.getSheet("big (2)").getLastRowNum()).isEqualTo(1);
      assertThat(wb.getSheet("big (part 3)").getRow(1).getCell(0).getNumericCellValue())
          .isEqualTo(7);
    }
  }

  /** Issue 19, "Also": the About sheet's longest label was cut at its column's width. */
  @Test
  void theAboutSheetsLabelsFitTheirColumn() throws IOException {
    try (XSSFWorkbook wb = write(Tables.read(tmp, "t.csv", "a\n1\n"), 10)) {
      Sheet about = wb.getSheet("About");
      int longest = 0;
      for (int r = 0; r <= about.getLastRowNum(); r++) {
        var row = about.getRow(r);
        // The labels of the pairs at the top: a text in A and a value in B.
        if (row != null && row.getCell(0) != null && row.getCell(1) != null
            && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && r < 10) {
          longest = Math.max(longest, row.getCell(0).getStringCellValue().length());
        }
      }
      assertThat(longest).isEqualTo("Assumed where the data cannot tell".length());
      assertThat(about.getColumnWidth(0) / 256).isGreaterThan(longest);
    }
  }
}
