package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the bytes of a file decide its encoding, and its text the delimiter and line ending. */
class EncodingAndDialectTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path tmp;

  private Path write(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p);
    }
    Path file = tmp.resolve(name);
    Files.write(file, out.toByteArray());
    return file;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static TableProfile profile(Path file) throws IOException {
    return TableReader.profile(file, ReadOptions.DEFAULT);
  }

  /** Every data record's values, as read by the second pass. */
  private static List<Value[]> rows(TableProfile p) throws IOException {
    List<Value[]> rows = new ArrayList<>();
    TableReader.read(p, (r, values) -> {
      if (values != null) {
        rows.add(values);
      }
    });
    return rows;
  }

  private static final String ACCENTED = "Hôte;Ville\nZoë;Besançon\nÉlodie;Orléans\n";

  private void assertAccentedTable(TableProfile p) throws IOException {
    assertThat(p.status()).isEqualTo(TableProfile.Status.TABLE);
    assertThat(p.dialect().delimiter()).isEqualTo(';');
    assertThat(p.labels()).containsExactly("Hôte", "Ville");
    assertThat(p.columns()).containsExactly("Hôte", "Ville");
    assertThat(p.records()).isEqualTo(2);
    List<Value[]> rows = rows(p);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsExactly(new Value.Text("Zoë"), new Value.Text("Besançon"));
    assertThat(rows.get(1)).containsExactly(new Value.Text("Élodie"), new Value.Text("Orléans"));
  }

  // ---- encodings

  @Test
  void utf8WithoutBom() throws IOException {
    TableProfile p = profile(write("u8.csv", ACCENTED.getBytes(StandardCharsets.UTF_8)));
    assertThat(p.encoding()).isEqualTo(TextEncoding.UTF_8);
    assertAccentedTable(p);
  }

  @Test
  void utf8WithBomAndTheBomNeverReachesTheFirstLabel() throws IOException {
    TableProfile p = profile(write("u8bom.csv", bytes(0xEF, 0xBB, 0xBF),
        ACCENTED.getBytes(StandardCharsets.UTF_8)));
    assertThat(p.encoding()).isEqualTo(TextEncoding.UTF_8_BOM);
    assertThat(p.labels().get(0)).doesNotContain("\uFEFF");
    assertAccentedTable(p);
  }

  @Test
  void utf16LittleEndianWithBom() throws IOException {
    TableProfile p = profile(write("u16le.csv", bytes(0xFF, 0xFE),
        ACCENTED.getBytes(StandardCharsets.UTF_16LE)));
    assertThat(p.encoding()).isEqualTo(TextEncoding.UTF_16LE);
    assertThat(p.labels().get(0)).doesNotContain("\uFEFF");
    assertAccentedTable(p);
  }

  @Test
  void utf16BigEndianWithBom() throws IOException {
    TableProfile p = profile(write("u16be.csv", bytes(0xFE, 0xFF),
        ACCENTED.getBytes(StandardCharsets.UTF_16BE)));
    assertThat(p.encoding()).isEqualTo(TextEncoding.UTF_16BE);
    assertThat(p.labels().get(0)).doesNotContain("\uFEFF");
    assertAccentedTable(p);
  }

  @Test
  void windows1252WithAccentedBytes() throws IOException {
    byte[] data = ACCENTED.getBytes(CP1252);
    assertThat(data).contains((byte) 0xE9, (byte) 0xF4); // é and ô as single bytes
    TableProfile p = profile(write("cp1252.csv", data));
    assertThat(p.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    assertAccentedTable(p);
  }

  @Test
  void windows1252SpecialCharactersDecode() throws IOException {
    // 0x80 is € and 0x92 a right single quote in Windows-1252 (not in Latin-1).
    TableProfile p = profile(write("cp.csv", "prix,note\n".getBytes(StandardCharsets.US_ASCII),
        bytes(0x80, '5', ',', 'l', 0x92, 'a', 'n', '\n')));
    assertThat(p.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(rows(p).get(0)[1]).isEqualTo(new Value.Text("l\u2019an"));
  }

  @Test
  void invalidUtf8FarBeyondTheSniffedHeadStillMeansWindows1252() throws IOException {
    StringBuilder ascii = new StringBuilder("name\n");
    while (ascii.length() < 3 * Sniffer.HEAD) {
      ascii.append("plain ascii line\n");
    }
    TableProfile p = profile(write("late.csv", ascii.toString().getBytes(StandardCharsets.US_ASCII),
        bytes('c', 'a', 'f', 0xE9, '\n')));
    assertThat(p.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    List<Value[]> rows = rows(p);
    assertThat(rows.get(rows.size() - 1)[0]).isEqualTo(new Value.Text("café"));
  }

  @Test
  void utf8CharacterSplitAcrossTheValidatorsChunksIsStillUtf8() throws IOException {
    for (int before = 1; before <= 3; before++) {
      // A 4-byte character (U+1F600) whose first 'before' bytes end the first 64K chunk.
      byte[] head = new byte[(1 << 16) - before];
      java.util.Arrays.fill(head, (byte) 'a');
      head[0] = 'h';
      head[1] = '\n';
      Path file = write("split" + before + ".csv", head,
          "\uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8));
      assertThat(Utf8Validator.isValid(file)).as("split after %d bytes", before).isTrue();
      assertThat(profile(file).encoding()).isEqualTo(TextEncoding.UTF_8);
    }
  }

  @Test
  void utf8TruncatedAtEndOfFileIsNotUtf8() throws IOException {
    Path file = write("cut.csv", "a\nb".getBytes(StandardCharsets.US_ASCII), bytes(0xE2, 0x82));
    assertThat(Utf8Validator.isValid(file)).isFalse();
    assertThat(profile(file).encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
  }

  @Test
  void utf8ValidatorFollowsRfc3629() {
    assertThat(Utf8Validator.validate(bytes('a', 0xC3, 0xA9), 3)).isEqualTo(3);
    assertThat(Utf8Validator.validate(bytes(0xF0, 0x9F, 0x98, 0x80), 4)).isEqualTo(4);
    assertThat(Utf8Validator.validate(bytes(0xEF, 0xBF, 0xBD), 3)).isEqualTo(3);
    // Unfinished sequence at the end: where it starts.
    assertThat(Utf8Validator.validate(bytes('a', 'b', 0xE2, 0x82), 4)).isEqualTo(2);
    // Overlongs, surrogates, beyond U+10FFFF, stray continuation, bad continuation.
    assertThat(Utf8Validator.validate(bytes(0xC0, 0xAF), 2)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0xC1, 0xBF), 2)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0xE0, 0x80, 0xAF), 3)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0xF0, 0x8F, 0xBF, 0xBF), 4)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0xED, 0xA0, 0x80), 3)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0xF4, 0x90, 0x80, 0x80), 4)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0xF5, 0x80, 0x80, 0x80), 4)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0x80), 1)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0xC3, 'a'), 2)).isEqualTo(-1);
    assertThat(Utf8Validator.validate(bytes(0xE9, 'a', 'b'), 3)).isEqualTo(-1);
  }

  @Test
  void bomDetection() {
    assertThat(TextEncoding.fromBom(bytes(0xEF, 0xBB, 0xBF, 'a'), 4)).isEqualTo(TextEncoding.UTF_8_BOM);
    assertThat(TextEncoding.fromBom(bytes(0xFF, 0xFE, 'a', 0), 4)).isEqualTo(TextEncoding.UTF_16LE);
    assertThat(TextEncoding.fromBom(bytes(0xFE, 0xFF, 0, 'a'), 4)).isEqualTo(TextEncoding.UTF_16BE);
    assertThat(TextEncoding.fromBom(bytes(0xEF, 0xBB), 2)).isNull();
    assertThat(TextEncoding.fromBom(bytes('a', 'b', 'c'), 3)).isNull();
    // Only the first 'length' bytes count.
    assertThat(TextEncoding.fromBom(bytes(0xFF, 0xFE), 1)).isNull();
  }

  @Test
  void pngLikeBinaryIsNotText() throws IOException {
    Path file = write("image.csv", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
        'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89));
    TableProfile p = profile(file);
    assertThat(p.status()).isEqualTo(TableProfile.Status.NOT_TEXT);
    assertThat(p.columns()).isEmpty();
    assertThat(p.labels()).isEmpty();
    assertThat(p.records()).isZero();
    assertThat(p.size()).isEqualTo(33);
    List<RawRecord> seen = new ArrayList<>();
    TableReader.read(p, (r, values) -> seen.add(r));
    assertThat(seen).isEmpty();
  }

  /** Binary means mostly binary: more than one byte in twenty a control character, NUL or not. */
  @Test
  void manyControlCharactersAreBinaryAFewAreNot() {
    for (byte control : new byte[] {0x00, 0x01, 0x1B}) {
      byte[] head = new byte[100];
      java.util.Arrays.fill(head, (byte) 'a');
      for (int i = 0; i < 6; i++) {
        head[i * 9] = control;
      }
      assertThat(Sniffer.looksBinary(head, 100)).as("6 of 100 are %s", control).isTrue();
      head[0] = 'a'; // 5 of 100: not more than a twentieth
      assertThat(Sniffer.looksBinary(head, 100)).as("5 of 100 are %s", control).isFalse();
    }
    assertThat(Sniffer.looksBinary("a,b\r\n\t1,\f2\n".getBytes(StandardCharsets.US_ASCII), 11))
        .isFalse();
    assertThat(Sniffer.looksBinary(new byte[0], 0)).isFalse();
  }

  /** A few NULs in a text file are characters of its values, not a sign of a binary file. */
  @Test
  void aFewNulBytesLeaveATableOfEveryRecord() throws IOException {
    TableProfile p = profile(write("nul.csv", "id,name\n1,alpha\u0000beta\n2,\u0000\n3,gamma delta epsilon zeta eta\n"
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(p.status()).isEqualTo(TableProfile.Status.TABLE);
    assertThat(p.encoding()).isEqualTo(TextEncoding.UTF_8);
    assertThat(rows(p)).extracting(r -> r[1].text()).containsExactly("alpha\u0000beta", "\u0000",
        "gamma delta epsilon zeta eta");
  }

  /** UTF-16 without a byte order mark, told from where its ASCII characters put their NULs. */
  @Test
  void utf16WithoutBomIsToldFromItsNuls() throws IOException {
    byte[] le = ACCENTED.getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ACCENTED.getBytes(StandardCharsets.UTF_16BE);
    assertThat(Sniffer.utf16WithoutBom(le, le.length)).isEqualTo(TextEncoding.UTF_16LE_NO_BOM);
    assertThat(Sniffer.utf16WithoutBom(be, be.length)).isEqualTo(TextEncoding.UTF_16BE_NO_BOM);
    assertAccentedTable(profile(write("le.csv", le)));
    assertAccentedTable(profile(write("be.csv", be)));
    assertThat(profile(write("le2.csv", le)).encoding()).isEqualTo(TextEncoding.UTF_16LE_NO_BOM);
    assertThat(profile(write("be2.csv", be)).encoding()).isEqualTo(TextEncoding.UTF_16BE_NO_BOM);
    // Mostly CJK: its delimiters and line ends still make a quarter of NULs.
    byte[] cjk = "名前,都市\n李,東京\n王,北京\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(Sniffer.utf16WithoutBom(cjk, cjk.length)).isEqualTo(TextEncoding.UTF_16LE_NO_BOM);
    // Not UTF-16: ASCII, NULs on both sides (a program), a lone character, control-laden units.
    byte[] ascii = ACCENTED.getBytes(StandardCharsets.UTF_8);
    assertThat(Sniffer.utf16WithoutBom(ascii, ascii.length)).isNull();
    assertThat(Sniffer.utf16WithoutBom(new byte[64], 64)).isNull();
    assertThat(Sniffer.utf16WithoutBom(bytes('a', 0), 2)).isNull();
    assertThat(Sniffer.utf16WithoutBom(bytes(1, 0, 2, 0, 3, 0, 'a', 0), 8)).isNull();
  }

  @Test
  void emptyFileAndOnlyEmptyLinesAreEmpty() throws IOException {
    TableProfile empty = profile(write("empty.csv"));
    assertThat(empty.status()).isEqualTo(TableProfile.Status.EMPTY);
    assertThat(empty.columns()).isEmpty();
    assertThat(empty.encoding()).isEqualTo(TextEncoding.UTF_8);
    TableProfile lines = profile(write("lines.csv", "\n\r\n\n".getBytes(StandardCharsets.US_ASCII)));
    assertThat(lines.status()).isEqualTo(TableProfile.Status.EMPTY);
    assertThat(lines.records()).isZero();
  }

  // ---- delimiter and line ending

  private static Dialect sniff(String text) {
    return Sniffer.sniffDialect(text);
  }

  @Test
  void sniffsEachDelimiter() {
    assertThat(sniff("a,b,c\n1,2,3\n4,5,6\n").delimiter()).isEqualTo(',');
    assertThat(sniff("a;b;c\n1;2;3\n4;5;6\n").delimiter()).isEqualTo(';');
    assertThat(sniff("a\tb\tc\n1\t2\t3\n4\t5\t6\n").delimiter()).isEqualTo('\t');
    assertThat(sniff("a|b|c\n1|2|3\n4|5|6\n").delimiter()).isEqualTo('|');
  }

  @Test
  void semicolonFileWithDecimalCommasIsSemicolon() {
    assertThat(sniff("a;b\n1,5;2,5\n").delimiter()).isEqualTo(';');
    assertThat(sniff("a;b\n1,5;2,5\n3,25;4,75\n").delimiter()).isEqualTo(';');
    assertThat(sniff("nom;prix;taux\nx;1,5;2,5\ny;3,5;4,5\n").delimiter()).isEqualTo(';');
  }

  @Test
  void semicolonFileWithDecimalCommasReadsItsNumbers() throws IOException {
    TableProfile p = profile(write("dec.csv", "a;b\n1,5;2,5\n".getBytes(StandardCharsets.US_ASCII)));
    assertThat(p.dialect().delimiter()).isEqualTo(';');
    assertThat(p.columns()).containsExactly("a", "b");
    assertThat(p.types()).extracting(ColumnType::kind)
        .containsExactly(ColumnType.Kind.DECIMAL, ColumnType.Kind.DECIMAL);
    assertThat(p.types()).extracting(ColumnType::decimalMark).containsExactly(',', ',');
    assertThat(rows(p).get(0)).containsExactly(new Value.Decimal(1.5, "1,5"),
        new Value.Decimal(2.5, "2,5"));
  }

  /** Excel's first line {@code sep=X}: X is the delimiter and the line is not the header. */
  @Test
  void aSepLineNamesTheDelimiter() {
    Dialect.Preamble sep = Dialect.Preamble.SEP_LINE;
    assertThat(Sniffer.sepLine("sep=;\na,b;c\n")).isEqualTo(
        new Dialect(';', '"', Dialect.LineEnding.LF, Dialect.Header.FIRST_LINE, sep));
    assertThat(Sniffer.sepLine("SEP=|\r\na,b|c\r\n")).isEqualTo(
        new Dialect('|', '"', Dialect.LineEnding.CRLF, Dialect.Header.FIRST_LINE, sep));
    assertThat(Sniffer.sepLine("sep=\t\ra\tb\r")).isEqualTo(
        new Dialect('\t', '"', Dialect.LineEnding.CR, Dialect.Header.FIRST_LINE, sep));
    assertThat(Sniffer.sepLine("sep=,")).isEqualTo(
        new Dialect(',', '"', Dialect.LineEnding.NONE, Dialect.Header.FIRST_LINE, sep));
    // Not a sep line: more on the line, nothing after '=', a quote, not at the start.
    for (String text : List.of("sep=;x\na;b\n", "sep=\na;b\n", "sep=\"\na;b\n", "\nsep=;\na;b\n",
        "sep;a\n1;2\n")) {
      assertThat(Sniffer.sepLine(text).preamble()).as(text).isEqualTo(Dialect.Preamble.NONE);
      assertThat(Sniffer.sepLine(text)).as(text).isEqualTo(Sniffer.sniffDialect(text));
    }
  }

  @Test
  void aSepLineIsSkippedAndTheHeaderKeepsLineTwo() throws IOException {
    TableProfile p = profile(write("sep.csv", "sep=;\nname;note\nA;x, y\n"
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(p.dialect().delimiter()).isEqualTo(';');
    assertThat(p.dialect().delimiterOrigin()).isEqualTo("; (from the file's first line, sep=;)");
    assertThat(p.labels()).containsExactly("name", "note");
    List<Long> lines = new ArrayList<>();
    TableReader.read(p, (r, values) -> lines.add(r.line()));
    assertThat(lines).containsExactly(2L, 3L);
    assertThat(rows(p).get(0)).containsExactly(new Value.Text("A"), new Value.Text("x, y"));
    assertThat(profile(write("only.csv", "sep=;\r\n".getBytes(StandardCharsets.UTF_8))).status())
        .isEqualTo(TableProfile.Status.EMPTY);
  }

  @Test
  void delimitersInsideQuotesAreIgnored() {
    assertThat(sniff("\"a;b\",c\n\"x;y;z\",1\n\"p;q\",2\n").delimiter()).isEqualTo(',');
    assertThat(sniff("\"a,b\";c\n\"1,5\";\"2,5\"\n").delimiter()).isEqualTo(';');
  }

  @Test
  void tiesGoToCommaFirst() {
    assertThat(sniff("a,b;c\n1,2;3\n").delimiter()).isEqualTo(',');
    assertThat(sniff("a;b|c\n1;2|3\n").delimiter()).isEqualTo(';');
  }

  @Test
  void moreConsistentDelimiterWins() {
    // Commas vary per line (free text), tabs do not.
    assertThat(sniff("note\tn\nhello, world\t1\na, b, c\t2\nnone\t3\n").delimiter())
        .isEqualTo('\t');
  }

  @Test
  void singleLineWithoutLineEnd() {
    Dialect d = sniff("a|b|c");
    assertThat(d.delimiter()).isEqualTo('|');
    assertThat(d.lineEnding()).isEqualTo(Dialect.LineEnding.NONE);
  }

  @Test
  void noDelimiterAtAllDefaultsToComma() {
    assertThat(sniff("name\nAnn\nBob\n").delimiter()).isEqualTo(',');
  }

  @Test
  void leadingEmptyLinesDoNotHideTheHeader() {
    assertThat(sniff("\n\na;b\n1;2\n").delimiter()).isEqualTo(';');
  }

  @Test
  void lineEndingIsTheFirstOneSeen() {
    assertThat(sniff("a,b\n1,2\r\n").lineEnding()).isEqualTo(Dialect.LineEnding.LF);
    assertThat(sniff("a,b\r\n1,2\n").lineEnding()).isEqualTo(Dialect.LineEnding.CRLF);
    assertThat(sniff("a,b\r1,2\r").lineEnding()).isEqualTo(Dialect.LineEnding.CR);
    assertThat(sniff("a,b").lineEnding()).isEqualTo(Dialect.LineEnding.NONE);
    assertThat(sniff("a,b\r\n").quote()).isEqualTo('"');
  }

  @Test
  void profileReportsTabDialectAndCrlf() throws IOException {
    TableProfile p = profile(write("t.tsv",
        "x\ty\r\n1\t2\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertThat(p.dialect()).isEqualTo(new Dialect('\t', '"', Dialect.LineEnding.CRLF));
    assertThat(p.dialect().delimiterLabel()).isEqualTo("tab");
    assertThat(p.columns()).containsExactly("x", "y");
  }

  @Test
  void dialectRejectsImpossibleCombinations() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Dialect('"', '"', Dialect.LineEnding.LF));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Dialect('\n', '"', Dialect.LineEnding.LF));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Dialect(',', '\r', Dialect.LineEnding.LF));
    assertThat(new Dialect(';', '"', Dialect.LineEnding.LF).delimiterLabel()).isEqualTo(";");
  }

  /**
   * Found by the fuzz tests: a header of one column says nothing of the delimiter. The records'
   * one is taken when its quotes read well ("," quoted is a value, not a delimiter), so that no
   * record is merged into another; with no such delimiter, ',' stays.
   */
  @Test
  void aOneColumnHeaderTakesTheDelimiterTheQuotesReadWellWith() throws IOException {
    TableProfile p = profile(write("one.csv", "\"\"\n\"\"|\",\"\n\"x\"\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(p.dialect().delimiter()).isEqualTo('|');
    assertThat(p.records()).isEqualTo(2);
    assertThat(rows(p)).hasSize(2);
    assertThat(rows(p).get(0)[1].text()).isEqualTo(",");

    TableProfile notes = profile(write("notes.csv", "note\nhello; world\nplain\nmore\n"
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(notes.dialect().delimiter()).as("a ';' on one record of three").isEqualTo(',');
  }
}
