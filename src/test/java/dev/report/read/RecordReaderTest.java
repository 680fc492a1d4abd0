package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records as users see them: line ends, quoting, line numbers, empty lines, capped fields, and
 * the 64K buffer of {@link CharInput} (a look ahead or a line end split between two reads).
 */
class RecordReaderTest {
  /** CharInput's buffer size; a StringReader fills it completely on each read. */
  private static final int BUFFER = 1 << 16;

  private static List<RawRecord> parse(String text) throws IOException {
    return parse(new StringReader(text), Dialect.DEFAULT);
  }

  private static List<RawRecord> parse(Reader reader, Dialect dialect) throws IOException {
    List<RawRecord> out = new ArrayList<>();
    try (RecordReader parser = new RecordReader(reader, dialect)) {
      RawRecord r;
      while ((r = parser.next()) != null) {
        out.add(r);
      }
      // Once at the end, it stays at the end.
      assertThat(parser.next()).isNull();
    }
    return out;
  }

  private static RawRecord rec(long line, String... fields) {
    return new RawRecord(line, List.of(fields), false, false);
  }

  private static RawRecord emptyLine(long line) {
    return new RawRecord(line, List.of(""), true, false);
  }

  // ---- line ends

  @Test
  void lfLineEnds() throws IOException {
    assertThat(parse("a,b\n1,2\n3,4\n"))
        .containsExactly(rec(1, "a", "b"), rec(2, "1", "2"), rec(3, "3", "4"));
  }

  @Test
  void crlfLineEndsGiveNoExtraRecords() throws IOException {
    assertThat(parse("a,b\r\n1,2\r\n3,4\r\n"))
        .containsExactly(rec(1, "a", "b"), rec(2, "1", "2"), rec(3, "3", "4"));
  }

  @Test
  void crLineEnds() throws IOException {
    assertThat(parse("a,b\r1,2\r3,4\r"))
        .containsExactly(rec(1, "a", "b"), rec(2, "1", "2"), rec(3, "3", "4"));
  }

  @Test
  void mixedLineEndsInOneFile() throws IOException {
    assertThat(parse("a\nb\r\nc\rd\n"))
        .containsExactly(rec(1, "a"), rec(2, "b"), rec(3, "c"), rec(4, "d"));
  }

  @Test
  void lastRecordWithoutFinalNewline() throws IOException {
    assertThat(parse("a,b\n1,2")).containsExactly(rec(1, "a", "b"), rec(2, "1", "2"));
    assertThat(parse("a,b\r\n\"x\",\"y\"")).containsExactly(rec(1, "a", "b"), rec(2, "x", "y"));
  }

  @Test
  void trailingDelimiterGivesAnEmptyLastField() throws IOException {
    assertThat(parse("a,\n,b")).containsExactly(rec(1, "a", ""), rec(2, "", "b"));
  }

  @Test
  void emptyInputHasNoRecords() throws IOException {
    assertThat(parse("")).isEmpty();
  }

  @Test
  void otherDelimiters() throws IOException {
    Dialect semicolon = new Dialect(';', '"', Dialect.LineEnding.LF);
    assertThat(parse(new StringReader("a;b,c;\"d;e\"\n"), semicolon))
        .containsExactly(rec(1, "a", "b,c", "d;e"));
    Dialect tab = new Dialect('\t', '"', Dialect.LineEnding.LF);
    assertThat(parse(new StringReader("a\tb c\t\n"), tab)).containsExactly(rec(1, "a", "b c", ""));
    Dialect pipe = new Dialect('|', '"', Dialect.LineEnding.LF);
    assertThat(parse(new StringReader("a|b,c\n"), pipe)).containsExactly(rec(1, "a", "b,c"));
  }

  // ---- quoting

  @Test
  void quotedFieldsKeepDelimitersAndDoubledQuotesAreOneQuote() throws IOException {
    assertThat(parse("\"a,b\",\"ha \"\"ha\"\" ha\",\"\"\"\",\"\"\n"))
        .containsExactly(rec(1, "a,b", "ha \"ha\" ha", "\"", ""));
  }

  @Test
  void quoteInsideAnUnquotedFieldIsKept() throws IOException {
    assertThat(parse("5\"3,x\n")).containsExactly(rec(1, "5\"3", "x"));
  }

  @Test
  void textAfterAClosingQuoteMakesTheFieldTextAsWritten() throws IOException {
    assertThat(parse("\"a\"b,c\nTV,\"55\" screen,1\n\"x\"\"y\"z\n")).containsExactly(
        textAfter(1, "\"a\"b", "c"), textAfter(2, "TV", "\"55\" screen", "1"),
        textAfter(3, "\"x\"\"y\"z"));
  }

  @Test
  void textAfterAClosingQuotePastTheLookAheadIsKeptInTheField() throws IOException {
    // Doubled quotes: the look ahead overflows while the field stays under the cap.
    String pairs = "\"\"".repeat(QuoteLookahead.LIMIT / 2);
    assertThat(parse("\"" + pairs + "\"b,c\nnext\n")).containsExactly(
        rec(1, "\"".repeat(QuoteLookahead.LIMIT / 2) + "b", "c"), rec(2, "next"));
  }

  private static RawRecord textAfter(long line, String... fields) {
    return new RawRecord(line, List.of(fields), false, RawRecord.QuoteState.TEXT_AFTER_QUOTE);
  }

  @Test
  void quotedFieldSpanningLinesReportsItsFirstLineAndLaterLinesCountTheBreaks()
      throws IOException {
    assertThat(parse("h1,h2\n\"x\ny\nz\",2\nnext,3\n"))
        .containsExactly(rec(1, "h1", "h2"), rec(2, "x\ny\nz", "2"), rec(5, "next", "3"));
  }

  @Test
  void crlfInsideQuotesIsKeptAsWrittenAndCountedOnce() throws IOException {
    assertThat(parse("h\r\n\"x\r\ny\",2\r\nnext\r\n"))
        .containsExactly(rec(1, "h"), rec(2, "x\r\ny", "2"), rec(4, "next"));
  }

  @Test
  void crInsideQuotesCountsOneLine() throws IOException {
    assertThat(parse("\"x\ry\"\rnext\r"))
        .containsExactly(rec(1, "x\ry"), rec(3, "next"));
  }

  @Test
  void separateCrAndLfInsideQuotesAreTwoLines() throws IOException {
    // LF then CR is two line breaks; so is CR, quote, LF.
    assertThat(parse("\"a\n\rb\"\nc\n\"d\r\"\ne\n"))
        .containsExactly(rec(1, "a\n\rb"), rec(4, "c"), rec(5, "d\r"), rec(7, "e"));
  }

  @Test
  void emptyLinesInsideQuotesAreCounted() throws IOException {
    assertThat(parse("\"a\n\n\nb\"\nc\n")).containsExactly(rec(1, "a\n\n\nb"), rec(5, "c"));
  }

  // ---- empty and blank lines

  @Test
  void emptyLinesAreFlaggedWithTheirLineNumbers() throws IOException {
    List<RawRecord> records = parse("a\n\nb\r\n\r\n\rc\n");
    assertThat(records).containsExactly(
        rec(1, "a"), emptyLine(2), rec(3, "b"), emptyLine(4), emptyLine(5), rec(6, "c"));
    assertThat(records.get(1).isBlank()).isTrue();
    assertThat(records.get(0).isBlank()).isFalse();
  }

  @Test
  void delimiterOnlyLineIsBlankButNotAnEmptyLine() throws IOException {
    RawRecord r = parse(",,\n").get(0);
    assertThat(r).isEqualTo(rec(1, "", "", ""));
    assertThat(r.emptyLine()).isFalse();
    assertThat(r.isBlank()).isTrue();
  }

  @Test
  void quotedEmptyFieldIsBlankButNotAnEmptyLine() throws IOException {
    RawRecord r = parse("\"\"\n").get(0);
    assertThat(r).isEqualTo(rec(1, ""));
    assertThat(r.emptyLine()).isFalse();
    assertThat(r.isBlank()).isTrue();
  }

  @Test
  void spacesAreNotBlank() throws IOException {
    RawRecord r = parse(" \n").get(0);
    assertThat(r).isEqualTo(rec(1, " "));
    assertThat(r.isBlank()).isFalse();
  }

  // ---- a quote that never closes

  private static RawRecord stray(long line, String... fields) {
    return new RawRecord(line, List.of(fields), false, RawRecord.QuoteState.STRAY);
  }

  @Test
  void aQuoteThatNeverClosesIsReadAsACharacterAndTheRestStaysRecords() throws IOException {
    assertThat(parse("a,b\n1,\"open\nmore,stuff"))
        .containsExactly(rec(1, "a", "b"), stray(2, "1", "\"open"), rec(3, "more", "stuff"));
  }

  @Test
  void aDoubledQuoteAtTheEndDoesNotCloseTheField() throws IOException {
    assertThat(parse("\"a\"\"")).containsExactly(stray(1, "\"a\"\""));
  }

  @Test
  void aQuoteWhoseFieldHoldsLinesShapedLikeRecordsIsStray() throws IOException {
    // It opens on a line of the header's width and a whole line inside has that width too.
    assertThat(parse("a,b,c\n1,\"x,y\n3,4,5\n6,z\",8\n")).containsExactly(
        rec(1, "a", "b", "c"), stray(2, "1", "\"x", "y"), rec(3, "3", "4", "5"),
        rec(4, "6", "z\"", "8"));
    // Decided before the quote closes, so an unclosed one far away cannot swallow records.
    String many = "1,2,3\n".repeat(QuoteLookahead.LIMIT / 3);
    List<RawRecord> records = parse("a,b,c\nx,y,\"z\n" + many);
    assertThat(records).hasSize(2 + QuoteLookahead.LIMIT / 3);
    assertThat(records.get(1)).isEqualTo(stray(2, "x", "y", "\"z"));
  }

  @Test
  void aMultiLineValueStaysOneFieldUnlessBothLinesAreShapedLikeRecords() throws IOException {
    // Lines inside with the header's width, but the line it opens on is not a whole record.
    assertThat(parse("id,note\n1,\"x, y, z\na, b\nc, d\"\n2,e\n")).containsExactly(
        rec(1, "id", "note"), rec(2, "1", "x, y, z\na, b\nc, d"), rec(5, "2", "e"));
    // It opens on a whole record, but no whole line inside has the header's width.
    assertThat(parse("id,note\n1,\"x\ny\nz, w, v\"\n2,e\n")).containsExactly(
        rec(1, "id", "note"), rec(2, "1", "x\ny\nz, w, v"), rec(5, "2", "e"));
    // The last line inside is not a whole line: it ends at the closing quote.
    assertThat(parse("id,note\n1,\"x\ny, z\"\n")).containsExactly(
        rec(1, "id", "note"), rec(2, "1", "x\ny, z"));
    // In the header, the header's width is not known yet.
    assertThat(parse("\"a\nb,c\nd,e\",f\n")).containsExactly(rec(1, "a\nb,c\nd,e", "f"));
  }

  @Test
  void aQuoteOpenFurtherThanTheLookAheadHoldsTheRestOfTheInput() throws IOException {
    // Lines of one cell inside, under a header of two: nothing inside is shaped like a record.
    String huge = "x\n".repeat(QuoteLookahead.LIMIT);
    List<RawRecord> records = parse("a,b\n1,\"" + huge);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).quote()).isEqualTo(RawRecord.QuoteState.UNTERMINATED);
    assertThat(records.get(1).fields().get(1)).hasSize(RecordReader.MAX_FIELD);
  }

  @Test
  void aClosingQuoteAsLastCharacterIsTerminated() throws IOException {
    assertThat(parse("\"a\"")).containsExactly(rec(1, "a"));
  }

  // ---- long records and the buffer boundary

  @Test
  void unquotedFieldLongerThanTheBuffer() throws IOException {
    String big = "x".repeat(200_000);
    assertThat(parse("a," + big + ",b\nnext\n"))
        .containsExactly(rec(1, "a", big, "b"), rec(2, "next"));
  }

  @Test
  void quotedFieldLongerThanTheBufferWithLineBreaksAndQuotes() throws IOException {
    StringBuilder raw = new StringBuilder();
    StringBuilder value = new StringBuilder();
    int breaks = 0;
    for (int i = 0; value.length() < 200_000; i++) {
      String chunk = "y".repeat(997);
      raw.append(chunk);
      value.append(chunk);
      if (i % 7 == 0) {
        raw.append("\r\n");
        value.append("\r\n");
        breaks++;
      } else if (i % 7 == 3) {
        raw.append("\"\"");
        value.append('"');
      } else {
        raw.append(',');
        value.append(',');
      }
    }
    List<RawRecord> records = parse("h\n\"" + raw + "\",z\nnext\n");
    assertThat(value.length()).isGreaterThanOrEqualTo(200_000);
    assertThat(records).containsExactly(
        rec(1, "h"), rec(2, value.toString(), "z"), rec(2 + breaks + 1, "next"));
  }

  @Test
  void crlfSplitByTheBufferBoundaryIsOneLineEnd() throws IOException {
    // CR at index 65535 (the buffer's last), LF at 65536 (the next buffer's first).
    String first = "x".repeat(BUFFER - 1);
    String text = first + "\r\nb\n";
    assertThat(text.charAt(BUFFER - 1)).isEqualTo('\r');
    assertThat(text.charAt(BUFFER)).isEqualTo('\n');
    assertThat(parse(text)).containsExactly(rec(1, first), rec(2, "b"));
  }

  @Test
  void lonelyCrAtTheBufferBoundaryEndsTheLine() throws IOException {
    String first = "x".repeat(BUFFER - 1);
    assertThat(parse(first + "\rb")).containsExactly(rec(1, first), rec(2, "b"));
  }

  @Test
  void crlfInsideQuotesSplitByTheBufferBoundaryCountsOnce() throws IOException {
    String body = "a".repeat(BUFFER - 2); // the opening quote is at 0
    String text = "\"" + body + "\r\nb\",c\nnext\n";
    assertThat(text.charAt(BUFFER - 1)).isEqualTo('\r');
    assertThat(text.charAt(BUFFER)).isEqualTo('\n');
    assertThat(parse(text)).containsExactly(rec(1, body + "\r\nb", "c"), rec(3, "next"));
  }

  @Test
  void closingQuoteAtTheBuffersLastIndex() throws IOException {
    String body = "a".repeat(BUFFER - 2);
    String text = "\"" + body + "\",z\n";
    assertThat(text.charAt(BUFFER - 1)).isEqualTo('"');
    assertThat(text.charAt(BUFFER)).isEqualTo(',');
    assertThat(parse(text)).containsExactly(rec(1, body, "z"));
  }

  @Test
  void closingQuoteAtTheBufferBoundaryFollowedByLineEnd() throws IOException {
    String body = "a".repeat(BUFFER - 2);
    String text = "\"" + body + "\"\r\nnext";
    assertThat(text.charAt(BUFFER - 1)).isEqualTo('"');
    assertThat(parse(text)).containsExactly(rec(1, body), rec(2, "next"));
  }

  @Test
  void doubledQuoteSplitByTheBufferBoundary() throws IOException {
    String body = "a".repeat(BUFFER - 2);
    String text = "\"" + body + "\"\"b\",c\n";
    assertThat(text.charAt(BUFFER - 1)).isEqualTo('"');
    assertThat(text.charAt(BUFFER)).isEqualTo('"');
    assertThat(parse(text)).containsExactly(rec(1, body + "\"b", "c"));
  }

  @Test
  void doubledQuoteEndingAtTheBufferBoundary() throws IOException {
    // Quotes at 65534 and 65535: the pair is complete in the first buffer; 65536 closes the field.
    String body = "a".repeat(BUFFER - 3);
    String text = "\"" + body + "\"\"\",c\n";
    assertThat(text.substring(BUFFER - 2, BUFFER + 1)).isEqualTo("\"\"\"");
    assertThat(parse(text)).containsExactly(rec(1, body + "\"", "c"));
  }

  @Test
  void openingQuoteAtTheStartOfTheSecondBuffer() throws IOException {
    String first = "a".repeat(BUFFER - 1);
    String text = first + ",\"q,r\"\n";
    assertThat(text.charAt(BUFFER - 1)).isEqualTo(',');
    assertThat(text.charAt(BUFFER)).isEqualTo('"');
    assertThat(parse(text)).containsExactly(rec(1, first, "q,r"));
  }

  @Test
  void emptyLineRightAfterTheBufferBoundary() throws IOException {
    String first = "a".repeat(BUFFER - 1);
    String text = first + "\n\nb\n";
    assertThat(parse(text)).containsExactly(rec(1, first), emptyLine(2), rec(3, "b"));
  }

  @Test
  void aReaderThatGivesOneCharacterAtATimeReadsTheSame() throws IOException {
    String text = "h1,h2\r\n\"a\r\nb\",\"x\"\"y\"\r\n\r\n,,\n\"q\"z,\rlast,\"open\n";
    List<RawRecord> whole = parse(text);
    List<RawRecord> trickled = parse(new OneCharReader(text), Dialect.DEFAULT);
    assertThat(trickled).isEqualTo(whole);
    assertThat(whole).containsExactly(
        rec(1, "h1", "h2"),
        rec(2, "a\r\nb", "x\"y"),
        emptyLine(4),
        rec(5, "", "", ""),
        textAfter(6, "\"q\"z", ""),
        stray(7, "last", "\"open"));
  }

  @Test
  void closeClosesTheReader() throws IOException {
    OneCharReader reader = new OneCharReader("a");
    new RecordReader(reader, Dialect.DEFAULT).close();
    assertThat(reader.closed).isTrue();
  }

  @Test
  void aRunawayFieldKeepsItsFirstMegabyteAndTheNextRecordsIntact() throws IOException {
    String huge = "x".repeat(3 * RecordReader.MAX_FIELD);
    List<RawRecord> records = parse("a,b\n1,\"" + huge + "\"\n2,y\n");
    assertThat(records).hasSize(3);
    assertThat(records.get(1).fields().get(1)).hasSize(RecordReader.MAX_FIELD);
    assertThat(records.get(2)).isEqualTo(new RawRecord(3, List.of("2", "y"), false, false));
    List<RawRecord> unquoted = parse("a,b\n1," + huge + "\n2,y\n");
    assertThat(unquoted.get(1).fields().get(1)).hasSize(RecordReader.MAX_FIELD);
    assertThat(unquoted.get(2).fields()).containsExactly("2", "y");
  }
}
