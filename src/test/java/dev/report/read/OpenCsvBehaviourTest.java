package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What opencsv's {@code CSVReader} with an {@code RFC4180Parser} does on its own, measured: the
 * facts {@link QuoteFilter} relies on, and the ones it exists to work around. If an opencsv
 * upgrade changes one of these, this test says which.
 */
class OpenCsvBehaviourTest {
  /** Each record as {@code line:[fields]}, the line taken as getLinesRead() + 1 before readNext. */
  private static List<String> read(String text, boolean keepCr) throws IOException, CsvException {
    List<String> out = new ArrayList<>();
    try (CSVReader r = new CSVReaderBuilder(new StringReader(text))
        .withCSVParser(new RFC4180ParserBuilder().build()).withKeepCarriageReturn(keepCr).build()) {
      while (true) {
        long line = r.getLinesRead() + 1;
        String[] fields = r.readNext();
        if (fields == null) {
          return out;
        }
        out.add(line + ":" + List.of(fields));
      }
    }
  }

  private static List<String> read(String text) throws IOException, CsvException {
    return read(text, false);
  }

  @Test
  void linesReadPlusOneIsTheStartLineOfEachRecord() throws Exception {
    assertThat(read("a,b\n1,2\n")).containsExactly("1:[a, b]", "2:[1, 2]");
    assertThat(read("a,b\r\n1,2\r\n")).containsExactly("1:[a, b]", "2:[1, 2]");
    assertThat(read("a,b\r1,2\r")).containsExactly("1:[a, b]", "2:[1, 2]");
    assertThat(read("h\n\"x\ny\nz\",2\nnext\n"))
        .containsExactly("1:[h]", "2:[x\ny\nz, 2]", "5:[next]");
    assertThat(read("a\n\n\nb\n")).containsExactly("1:[a]", "2:[]", "3:[]", "4:[b]");
  }

  @Test
  void aBlankLineAndAQuotedEmptyFieldBothComeBackAsOneEmptyField() throws Exception {
    List<String> records = read("\n\"\"\n");
    assertThat(records).containsExactly("1:[]", "2:[]");
    // List.of("") prints as [], so look at the field itself.
    try (CSVReader r = new CSVReaderBuilder(new StringReader("\n"))
        .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
      assertThat(r.readNext()).containsExactly("");
    }
  }

  @Test
  void lineBreaksInsideQuotesComeBackAsLf() throws Exception {
    assertThat(read("\"x\r\ny\",1\r\n")).containsExactly("1:[x\ny, 1]");
    assertThat(read("\"x\ry\",1\r")).containsExactly("1:[x\ny, 1]");
  }

  @Test
  void keepingCarriageReturnsEndsTheInputAtABlankLineAndDoesNotSplitAtCr() throws Exception {
    // CRLF inside quotes is kept...
    assertThat(read("h\r\n\"x\r\ny\",2\r\n", true)).containsExactly("1:[h]", "2:[x\r\ny, 2]");
    // ...but an empty line reads as the end of the input, and CR alone ends no line.
    assertThat(read("a\n\nb\n", true)).containsExactly("1:[a]");
    assertThat(read("a,b\rc,d\r", true)).containsExactly("1:[a, b\rc, d]");
  }

  @Test
  void anUnclosedQuoteReadsToTheEndAndThrows() {
    assertThatThrownBy(() -> read("a,b\n1,\"open\n2,x\n3,y\n"))
        .isInstanceOf(CsvMalformedLineException.class);
  }

  @Test
  void textAfterAClosingQuoteThrows() {
    assertThatThrownBy(() -> read("TV,\"55\" screen,1\nnext,2,3\n"))
        .isInstanceOf(CsvMalformedLineException.class);
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsKeptExceptInTheLastFieldOrDoubled() throws Exception {
    assertThat(read("5\" screen,a\n")).containsExactly("1:[5\" screen, a]");
    // In the last field of a line, one quote leaves the record open: the next line joins it.
    assertThat(read("a,5\" screen\nb,c\n")).containsExactly("1:[a, 5\" screen\nb, c]");
    // A doubled quote in an unquoted field becomes one.
    assertThat(read("5\"\"3,x\n")).containsExactly("1:[5\"3, x]");
  }

  @Test
  void aByteOrderMarkIsNotStripped() throws Exception {
    assertThat(read("\uFEFFa,b\n")).containsExactly("1:[\uFEFFa, b]");
  }
}
