package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both passes over small files: columns, record counts, and typed values in file order. */
class TableReaderTest {
  @TempDir Path tmp;

  /** One call of the sink. */
  private record Seen(RawRecord record, Value[] values) {}

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(TableReaderTest.class.getResource("/read/" + name).toURI());
  }

  private static List<Seen> read(TableProfile p) throws IOException {
    List<Seen> seen = new ArrayList<>();
    TableReader.read(p, (r, values) -> seen.add(new Seen(r, values)));
    return seen;
  }

  private static Value.Empty empty() {
    return new Value.Empty("");
  }

  @Test
  void profileNamesColumnsCountsRecordsAndTypesThem() throws Exception {
    TableProfile p = TableReader.profile(fixture("people.csv"), ReadOptions.DEFAULT);
    assertThat(p.status()).isEqualTo(TableProfile.Status.TABLE);
    assertThat(p.encoding()).isEqualTo(TextEncoding.UTF_8);
    assertThat(p.dialect()).isEqualTo(new Dialect(',', '"', Dialect.LineEnding.LF));
    assertThat(p.fileName()).isEqualTo("people.csv");
    assertThat(p.tableName()).isEqualTo("people");
    assertThat(p.size()).isEqualTo(Files.size(fixture("people.csv")));
    assertThat(p.labels()).containsExactly("id", "", "city", "City", "joined", "score");
    assertThat(p.headerWidth()).isEqualTo(6);
    assertThat(p.columns()).containsExactly(
        "id", "column 2", "city", "City (2)", "joined", "score", "column 7", "column 8");
    // Header and the empty line are not records; the delimiter-only line is.
    assertThat(p.records()).isEqualTo(5);
    assertThat(p.types()).extracting(ColumnType::kind).containsExactly(
        ColumnType.Kind.INTEGER, ColumnType.Kind.TEXT, ColumnType.Kind.TEXT, ColumnType.Kind.TEXT,
        ColumnType.Kind.DATE, ColumnType.Kind.DECIMAL, ColumnType.Kind.TEXT, ColumnType.Kind.TEXT);
    assertThat(p.types().get(5).decimals()).isEqualTo(1);
    assertThat(p.profiles()).hasSize(8);
    assertThat(p.profiles().get(0).values()).isEqualTo(4);
    assertThat(p.profiles().get(0).missing()).isEqualTo(1);
    assertThat(p.profiles().get(5).missing()).isEqualTo(2);
    assertThat(p.profiles().get(6).values()).isEqualTo(1);
  }

  @Test
  void readDeliversHeaderEmptyLinesAndTypedPaddedRecordsInOrder() throws Exception {
    TableProfile p = TableReader.profile(fixture("people.csv"), ReadOptions.DEFAULT);
    List<Seen> seen = read(p);
    assertThat(seen).extracting(s -> s.record().line()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);

    assertThat(seen.get(0).values()).isNull(); // header
    assertThat(seen.get(0).record().fields())
        .containsExactly("id", "", "city", "City", "joined", "score");
    assertThat(seen.get(2).values()).isNull(); // empty line
    assertThat(seen.get(2).record().emptyLine()).isTrue();

    assertThat(seen.get(1).values()).containsExactly(
        new Value.Decimal(1, "1"), new Value.Text("a"), new Value.Text("Paris"),
        new Value.Text("Lyon"), new Value.Date(LocalDate.of(2024, 1, 15), "2024-01-15"),
        new Value.Decimal(12.5, "12.5"), empty(), empty());
    assertThat(seen.get(3).values()).containsExactly(
        new Value.Decimal(2, "2"), new Value.Text("b"), new Value.Text("Lille"),
        new Value.Text("Nice"), new Value.Date(LocalDate.of(2024, 2, 29), "2024-02-29"),
        new Value.Empty("n/a"), new Value.Text("late"), new Value.Text("x"));
    // A short record is padded with empty values.
    assertThat(seen.get(4).values()).containsExactly(
        new Value.Decimal(3, "3"), empty(), empty(), empty(), empty(), empty(), empty(), empty());
    assertThat(seen.get(4).record().fields()).containsExactly("3");
    // A line of delimiters only is a record of empty values.
    assertThat(seen.get(5).values()).containsExactly(
        empty(), empty(), empty(), empty(), empty(), empty(), empty(), empty());
    assertThat(seen.get(6).values()).containsExactly(
        new Value.Decimal(4, "4"), new Value.Text("d"), new Value.Text("Metz"),
        new Value.Text("Pau"), new Value.Date(LocalDate.of(2024, 3, 1), "2024-03-01"),
        new Value.Decimal(7, "7"), empty(), empty());
  }

  @Test
  void optionsSettleWhatTheDataCannot() throws Exception {
    Path file = fixture("fr-semicolon.csv");
    TableProfile us = TableReader.profile(file, ReadOptions.DEFAULT);
    assertThat(us.dialect().delimiter()).isEqualTo(';');
    assertThat(us.columns()).containsExactly("produit", "prix", "livré le", "payé");
    assertThat(us.types()).extracting(ColumnType::kind).containsExactly(ColumnType.Kind.TEXT,
        ColumnType.Kind.DECIMAL, ColumnType.Kind.DATE, ColumnType.Kind.BOOLEAN);
    // '1,5' is evidence for the decimal comma whatever the options say.
    assertThat(us.types().get(1).decimalMark()).isEqualTo(',');
    assertThat(us.types().get(2).dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
    List<Seen> usRows = read(us);
    assertThat(usRows.get(1).values()).containsExactly(new Value.Text("thé"),
        new Value.Decimal(1.5, "1,5"), new Value.Date(LocalDate.of(2024, 3, 4), "03/04/2024"),
        new Value.Bool(true, "oui"));

    TableProfile fr = TableReader.profile(file, new ReadOptions(',', DateOrder.DAY_FIRST));
    assertThat(fr.types().get(2).dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    List<Seen> frRows = read(fr);
    assertThat(frRows.get(2).values()).containsExactly(new Value.Text("café"),
        new Value.Decimal(2.25, "2,25"), new Value.Date(LocalDate.of(2024, 6, 5), "05/06/2024"),
        new Value.Bool(false, "non"));
    assertThat(frRows.get(3).values()[1]).isEqualTo(new Value.Decimal(10, "10"));
  }

  @Test
  void headerOnlyIsATableWithoutRecords() throws IOException {
    Path file = tmp.resolve("h.csv");
    Files.writeString(file, "a,b\n", StandardCharsets.UTF_8);
    TableProfile p = TableReader.profile(file, ReadOptions.DEFAULT);
    assertThat(p.status()).isEqualTo(TableProfile.Status.TABLE);
    assertThat(p.columns()).containsExactly("a", "b");
    assertThat(p.types()).containsExactly(ColumnType.TEXT, ColumnType.TEXT);
    assertThat(p.records()).isZero();
    assertThat(read(p)).singleElement().satisfies(s -> assertThat(s.values()).isNull());
  }

  @Test
  void emptyLinesBeforeTheHeaderAreSkipped() throws IOException {
    Path file = tmp.resolve("late.csv");
    Files.writeString(file, "\n\nx,y\n1,2\n", StandardCharsets.UTF_8);
    TableProfile p = TableReader.profile(file, ReadOptions.DEFAULT);
    assertThat(p.labels()).containsExactly("x", "y");
    assertThat(p.records()).isEqualTo(1);
    List<Seen> seen = read(p);
    assertThat(seen).extracting(s -> s.record().line()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(seen.get(2).values()).isNull();
    assertThat(seen.get(3).values()).containsExactly(new Value.Decimal(1, "1"), new Value.Decimal(2, "2"));
  }

  @Test
  void quotedMultiLineValuesKeepTheirLineNumbers() throws IOException {
    Path file = tmp.resolve("notes.csv");
    Files.writeString(file, "id,note\r\n1,\"two\r\nlines\"\r\n2,plain\r\n", StandardCharsets.UTF_8);
    TableProfile p = TableReader.profile(file, ReadOptions.DEFAULT);
    assertThat(p.dialect().lineEnding()).isEqualTo(Dialect.LineEnding.CRLF);
    assertThat(p.records()).isEqualTo(2);
    List<Seen> seen = read(p);
    assertThat(seen).extracting(s -> s.record().line()).containsExactly(1L, 2L, 4L);
    assertThat(seen.get(1).values()[1]).isEqualTo(new Value.Text("two\r\nlines"));
  }

  @Test
  void aStrayQuoteNeverSwallowsLinesShapedLikeRecords() throws IOException {
    Path file = tmp.resolve("swallow.csv");
    Files.writeString(file, "name,path,note,qty\nIntel,E:\\x,\"unclosed quote starts here,40\n"
        + "AMD,F:\\y,fine,50\nDell,C:\\z,a \"\"quoted\"\" word\",60\n", StandardCharsets.UTF_8);
    TableProfile p = TableReader.profile(file, ReadOptions.DEFAULT);
    assertThat(p.records()).isEqualTo(3);
    assertThat(p.strayQuotes()).containsExactly(30L);
    assertThat(p.types().get(3).kind()).isEqualTo(ColumnType.Kind.INTEGER);
    List<Seen> seen = read(p);
    assertThat(seen).extracting(s -> s.record().line()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(seen).extracting(s -> s.record().quote()).containsExactly(
        RawRecord.QuoteState.CLOSED, RawRecord.QuoteState.STRAY, RawRecord.QuoteState.CLOSED,
        RawRecord.QuoteState.CLOSED);
    assertThat(seen.get(1).record().fields())
        .containsExactly("Intel", "E:\\x", "\"unclosed quote starts here", "40");
    assertThat(seen.get(3).record().fields())
        .containsExactly("Dell", "C:\\z", "a \"\"quoted\"\" word\"", "60");
  }

  @Test
  void uniqueNamesIgnoreCaseAndTrimLabels() {
    assertThat(TableReader.uniqueNames(List.of("a", "A", "a", " b ", "  ", "column 5"), 7))
        .containsExactly("a", "A (2)", "a (3)", "b", "column 5", "column 5 (2)", "column 7");
    assertThat(TableReader.uniqueNames(List.of("x (2)", "x", "X"), 3))
        .containsExactly("x (2)", "x", "X (3)");
  }

  /** A file saved with two byte order marks: the second reached the header's first name. */
  @Test
  void aSecondByteOrderMarkIsNotPartOfTheFirstName() throws Exception {
    Path file = tmp.resolve("bom2.csv");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF});
    bytes.writeBytes("name,amount\na,1\nb,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    TableProfile p = TableReader.profile(file, ReadOptions.DEFAULT);
    assertThat(p.columns()).containsExactly("name", "amount");
    assertThat(p.records()).isEqualTo(2);
  }
}
