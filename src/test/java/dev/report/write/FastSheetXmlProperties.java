package dev.report.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The fast sheet writer writes the sheet XML SXSSF itself writes, for any mix of numbers,
 * booleans, blanks and texts (escapes, spaces, control characters, emoji): the same bytes but for
 * number cells, which it writes without {@code t="n"} and in plainer text that reads back as the
 * same double.
 */
class FastSheetXmlProperties {

  @Property(tries = 200, seed = "20261126")
  void sameSheetXmlAsSxssf(@ForAll("rows") List<List<Object>> rows) throws IOException {
    String fast = sheetXml(new FastWorkbook(100), rows);
    assertThat(fast).doesNotContain(" t=\"n\"");
    assertThat(numbersAsDoubles(fast)).isEqualTo(
        numbersAsDoubles(sheetXml(new SXSSFWorkbook(new XSSFWorkbook(), 100, false, false), rows)));
  }

  private static final Pattern NUMBER_CELL =
      Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"( s=\"[0-9]+\")?( t=\"n\")?><v>([^<]*)</v></c>");

  /**
   * The XML with every number cell in one form: no {@code t="n"}, its value as Java prints the
   * double it reads as (negative zero as zero). The fast writer must not write it otherwise.
   */
  static String numbersAsDoubles(String xml) {
    Matcher m = NUMBER_CELL.matcher(xml);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      double v = Double.parseDouble(m.group(4)) + 0.0;
      String style = m.group(2) == null ? "" : m.group(2);
      m.appendReplacement(b, Matcher.quoteReplacement(
          "<c r=\"" + m.group(1) + "\"" + style + "><v>" + v + "</v></c>"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * Rows written straight (no SXSSF row), with every third row an SXSSF row flushed at once, as
   * the data sheets mix them, give the same XML and dimension as SXSSF rows only.
   */
  @Property(tries = 200, seed = "20261127")
  void straightRowsGiveTheSameXml(@ForAll("rows") List<List<Object>> rows) throws IOException {
    List<List<Object>> values = rows.stream()
        .map(r -> r.stream().filter(v -> !v.getClass().equals(Object.class)).toList()).toList();
    assertThat(numbersAsDoubles(sheetXml(new FastWorkbook(100), values, true))).isEqualTo(
        numbersAsDoubles(
            sheetXml(new SXSSFWorkbook(new XSSFWorkbook(), 100, false, false), values, false)));
  }

  private static String sheetXml(SXSSFWorkbook wb, List<List<Object>> rows) throws IOException {
    return sheetXml(wb, rows, false);
  }

  private static String sheetXml(SXSSFWorkbook wb, List<List<Object>> rows, boolean straight)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook w = wb) {
      CellStyle style = w.createCellStyle();
      Sheet s = w.createSheet("s");
      for (int r = 0; r < rows.size(); r++) {
        if (straight && r % 3 != 2) {
          FastSheetDataWriter writer = ((FastWorkbook) wb).writer((SXSSFSheet) s);
          writer.startRow(r);
          for (int c = 0; c < rows.get(r).size(); c++) {
            Object v = rows.get(r).get(c);
            int st = c % 2 == 1 ? style.getIndex() : 0;
            if (v instanceof Double d) {
              writer.number(c * 7, st, d);
            } else if (v instanceof Boolean b) {
              writer.bool(c * 7, st, b);
            } else {
              writer.text(c * 7, st, (String) v);
            }
          }
          writer.endRow();
          continue;
        }
        Row row = s.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          var cell = row.createCell(c * 7);
          if (c % 2 == 1) {
            cell.setCellStyle(style);
          }
          if (v instanceof Double d) {
            cell.setCellValue(d);
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else if (v instanceof String t) {
            cell.setCellValue(t);
          }
        }
        if (straight) {
          ((SXSSFSheet) s).flushRows(0);
        }
      }
      w.write(out);
    }
    // By the central directory: SXSSF's own Zip64 entries do not read as a stream.
    Path file = Files.createTempFile("sheet", ".xlsx");
    try {
      Files.write(file, out.toByteArray());
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry e = zip.getEntry("xl/worksheets/sheet1.xml");
        if (e != null) {
          return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } finally {
      Files.delete(file);
    }
    throw new AssertionError("no sheet1.xml");
  }

  @Provide
  Arbitrary<List<List<Object>>> rows() {
    Arbitrary<Object> value = Arbitraries.oneOf(
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
            1e300, 1234.5, 0.1).map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just((Object) ""),
        Arbitraries.just(new Object()),
        // No lone surrogates: CellText removes them before any cell is written.
        Arbitraries.strings().all().ofMaxLength(20)
            .filter(t -> t.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF))
            .map(t -> (Object) t),
        Arbitraries.of(" lead", "trail ", "a<b>&\"c\"", "tab\there", "nl\nx\r", "nb\u00A0sp",
            "\u0001ctl", "\uFFFE\uFFFF", "😀 emoji", "=1+1").map(t -> (Object) t));
    return value.list().ofMaxSize(8).list().ofMaxSize(30);
  }
}
