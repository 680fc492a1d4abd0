package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A table longer than a sheet: 1,100,000 records go on two sheets, header repeated, every record
 * present and in order. The workbook is read back with a streaming SAX reader.
 */
class MillionRowSplitTest {
  static final int RECORDS = 1_100_000;
  @TempDir Path tmp;

  @Test
  void aTableLongerThanASheetContinuesOnASecondSheetWithNothingLost() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (BufferedWriter w = Files.newBufferedWriter(in.resolve("big.csv"), StandardCharsets.UTF_8)) {
      w.write("n\n");
      for (int i = 1; i <= RECORDS; i++) {
        w.write(Integer.toString(i));
        w.write('\n');
      }
    }
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1,100,000 rows");

    Map<String, Check> sheets = new LinkedHashMap<>();
    try (OPCPackage pkg = OPCPackage.open(out.resolve("report.xlsx").toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          String name = it.getSheetName();
          if (name.startsWith("big")) {
            Check c = new Check();
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.newSAXParser().parse(sheet, c);
            sheets.put(name, c);
          }
        }
      }
    }
    assertThat(sheets.keySet()).containsExactly("big", "big (2)");
    Check first = sheets.get("big");
    Check second = sheets.get("big (2)");
    assertThat(first.rows).isEqualTo(1_048_576);
    assertThat(first.header).isEqualTo("n");
    assertThat(second.header).isEqualTo("n");
    assertThat(first.records + second.records).isEqualTo(RECORDS);
    assertThat(first.firstValue).isEqualTo(1);
    assertThat(first.lastValue).isEqualTo(1_048_575);
    assertThat(second.firstValue).isEqualTo(1_048_576);
    assertThat(second.lastValue).isEqualTo(RECORDS);
    assertThat(first.inOrder && second.inOrder).as("every record, in file order").isTrue();
  }

  /** Counts rows and checks that column A holds the header, then 1, 2, 3... with no gap. */
  static final class Check extends DefaultHandler {
    int rows;
    long records;
    String header;
    long firstValue = -1;
    long lastValue = -1;
    boolean inOrder = true;
    private boolean inA;
    private boolean inValue;
    private final StringBuilder text = new StringBuilder();

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "row" -> rows++;
        case "c" -> inA = atts.getValue("r") != null && atts.getValue("r").startsWith("A")
            && Character.isDigit(atts.getValue("r").charAt(1));
        case "v", "t" -> {
          inValue = inA;
          text.setLength(0);
        }
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (!inValue || !(local.equals("v") || local.equals("t"))) {
        return;
      }
      inValue = false;
      if (rows == 1) {
        header = text.toString();
        return;
      }
      long v = (long) Double.parseDouble(text.toString());
      if (firstValue < 0) {
        firstValue = v;
      } else if (v != lastValue + 1) {
        inOrder = false;
      }
      lastValue = v;
      records++;
    }
  }
}
