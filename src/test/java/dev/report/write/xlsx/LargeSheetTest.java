package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A sheet of tens of megabytes of XML, deflated on the background thread as its rows are written
 * and joined into the zip without inflating, reads back whole, followed by another sheet.
 */
class LargeSheetTest {
  private static final int ROWS = 300_000;

  @TempDir Path tmp;

  @Test
  void threeHundredThousandRowsReadBackInOrder() throws Exception {
    Workbook wb = new Workbook();
    int[] groups = new int[7];
    for (int k = 0; k < groups.length; k++) {
      groups[k] = wb.sharedString("group " + k);
    }
    Sheet big = wb.addSheet("Big");
    for (int r = 0; r < ROWS; r++) {
      big.startRow(r);
      big.number(0, 0, r + 0.25);
      big.text(1, 0, "row " + r);
      big.shared(2, 0, groups[r % groups.length]);
      big.endRow();
    }
    Sheet after = wb.addSheet("After");
    after.startRow(0);
    after.text(0, 0, "after the big one");
    after.endRow();
    Path file = Xlsx.write(wb, tmp.resolve("big.xlsx"));

    // The JDK's reader checks the joined entry's CRC-32 and length.
    Map<String, byte[]> entries = Xlsx.entries(file);
    byte[] xml = entries.get("xl/worksheets/sheet1.xml");
    assertThat(xml.length).isGreaterThan(20_000_000);
    Matcher dimension = Pattern.compile("<dimension ref=\"([^\"]+)\"/>")
        .matcher(new String(xml, 0, 2_000, StandardCharsets.UTF_8));
    assertThat(dimension.find()).isTrue();
    assertThat(dimension.group(1)).isEqualTo("A1:C" + ROWS);
    entries.clear();

    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      Rows bigRows = new Rows();
      try (InputStream in = sheets.next()) {
        parse(in, new XSSFSheetXMLHandler(reader.getStylesTable(), strings, bigRows,
            new DataFormatter(), false));
      }
      assertThat(sheets.getSheetName()).isEqualTo("Big");
      assertThat(bigRows.count).isEqualTo(ROWS);
      assertThat(bigRows.lastRow).isEqualTo(ROWS - 1);
      assertThat(bigRows.bad).as("rows read back otherwise than written").isEmpty();

      Rows afterRows = new Rows();
      try (InputStream in = sheets.next()) {
        parse(in, new XSSFSheetXMLHandler(reader.getStylesTable(), strings, afterRows,
            new DataFormatter(), false));
      }
      assertThat(sheets.getSheetName()).isEqualTo("After");
      assertThat(afterRows.cells).containsExactly("A1=after the big one");
    }
  }

  private static void parse(InputStream in, XSSFSheetXMLHandler handler) throws Exception {
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(handler);
    parser.parse(new InputSource(in));
  }

  /** Counts rows and checks each against what was written (the first few wrong ones kept). */
  private static final class Rows implements SheetContentsHandler {
    int count;
    int lastRow = -1;
    final List<String> cells = new ArrayList<>();
    final List<String> bad = new ArrayList<>();

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      if (rowNum != lastRow + 1 && bad.size() < 10) {
        bad.add("row " + rowNum + " after " + lastRow);
      }
      lastRow = rowNum;
      count++;
    }

    @Override
    public void endRow(int rowNum) {
      int r = rowNum;
      List<String> expected = List.of("A" + (r + 1) + "=" + (r + 0.25),
          "B" + (r + 1) + "=row " + r, "C" + (r + 1) + "=group " + r % 7);
      if (rowNum < ROWS && !cells.equals(expected) && bad.size() < 10) {
        bad.add(cells + " instead of " + expected);
      }
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      cells.add(ref + "=" + value);
    }
  }
}
