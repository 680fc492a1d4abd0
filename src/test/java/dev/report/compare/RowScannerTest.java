package dev.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the rows of a sheet's XML without parsing it. */
class RowScannerTest {
  private static List<String> rows(String xml) throws IOException {
    return rows(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> rows(InputStream in) throws IOException {
    RowScanner scanner = new RowScanner(in);
    List<String> rows = new ArrayList<>();
    for (byte[] row = scanner.next(); row != null; row = scanner.next()) {
      rows.add(new String(row, StandardCharsets.UTF_8));
    }
    return rows;
  }

  @Test
  void findsEachRowWithItsCellsAndNothingElse() throws IOException {
    String a = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lt;row r=\"9\"&gt;</t></is></c></row>";
    String b = "<row r=\"2\"/>";
    String c = "<row r=\"3\" ht=\"30.0\"><c r=\"A3\"><v>1.5</v></c></row>";
    String xml = "<?xml version=\"1.0\"?><worksheet><cols><col min=\"1\"/></cols><sheetData>\n"
        + a + "\n" + b + "\n" + c + "\n</sheetData><rowBreaks count=\"1\"><brk id=\"2\"/>"
        + "</rowBreaks></worksheet>";
    assertThat(rows(xml)).containsExactly(a, b, c);
  }

  @Test
  void aRowLongerThanTheBufferAndRowsAcrossReadsAreWhole() throws IOException {
    String big = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(200_000)
        + "</t></is></c></row>";
    StringBuilder xml = new StringBuilder("<worksheet><sheetData>").append(big);
    List<String> expected = new ArrayList<>(List.of(big));
    for (int i = 2; i < 5_000; i++) {
      String row = "<row r=\"" + i + "\"><c r=\"A" + i + "\"><v>" + i + "</v></c></row>";
      xml.append(row);
      expected.add(row);
    }
    xml.append("</sheetData></worksheet>");
    byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
    // A stream that hands out at most 7 bytes a read: every boundary falls somewhere in a tag.
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    assertThat(rows(trickle)).isEqualTo(expected);
  }

  @Test
  void aSheetCutInsideARowIsAnError() {
    assertThatThrownBy(() -> rows("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>"))
        .isInstanceOf(IOException.class).hasMessage("the sheet ends inside a row");
  }
}
