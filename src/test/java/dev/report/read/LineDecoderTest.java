package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is UTF-8 but for some bytes, read line by line. */
class LineDecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path tmp;

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private record Decoded(String text, GuessedLines guessed) {}

  private static Decoded decode(byte[] bytes) throws IOException {
    LineDecoder d = new LineDecoder(new ByteArrayInputStream(bytes));
    StringBuilder b = new StringBuilder();
    char[] buf = new char[7]; // small reads: lines are served across calls
    int n;
    while ((n = d.read(buf, 0, buf.length)) >= 0) {
      b.append(buf, 0, n);
    }
    return new Decoded(b.toString(), d.guessed());
  }

  @Test
  void eachLineIsReadInTheEncodingItReadsAs() throws IOException {
    Decoded d = decode(concat(utf8("a,é\r\n"), "b,é\r".getBytes(CP1252), utf8("c,😀\n"),
        "d,ü".getBytes(CP1252)));
    assertThat(d.text()).isEqualTo("a,é\r\nb,é\rc,😀\nd,ü");
    // CR, CRLF and LF each end a line, as the records count them.
    assertThat(d.guessed()).isEqualTo(new GuessedLines(2, List.of(2L, 4L)));
  }

  @Test
  void aLineWithUtf8OrWithABytesWindows1252DoesNotDefineIsNotGuessed() throws IOException {
    // é in UTF-8 and a lone 0xFF on one line; 0x81 is not a Windows-1252 character.
    Decoded d = decode(concat(utf8("h\né "), new byte[] {(byte) 0xFF}, utf8("\nx"),
        new byte[] {(byte) 0x81}, utf8("\nok\n")));
    assertThat(d.text()).isEqualTo("h\né \uFFFD\nx\uFFFD\nok\n");
    assertThat(d.guessed()).isEqualTo(GuessedLines.NONE);
  }

  /** A character cut at the file's end is one replacement, or a guess on a line without UTF-8. */
  @Test
  void aCutCharacterAtTheEndIsOneReplacement() throws IOException {
    Decoded d = decode(concat(utf8("é\né a"), new byte[] {(byte) 0xE2, (byte) 0x82}));
    assertThat(d.text()).isEqualTo("é\né a\uFFFD");
    assertThat(d.guessed()).isEqualTo(GuessedLines.NONE);
    Decoded guessed = decode(concat(utf8("é\na"), new byte[] {(byte) 0xE2, (byte) 0x82}));
    assertThat(guessed.text()).isEqualTo("é\naâ‚");
    assertThat(guessed.guessed()).isEqualTo(new GuessedLines(1, List.of(2L)));
  }

  /** A line longer than the part decided at once: no character is cut in two, none is lost. */
  @Test
  void aLongLineIsDecidedInPartsWithoutCuttingACharacter() throws IOException {
    for (int shift = 0; shift < 4; shift++) {
      String head = "x".repeat(LineDecoder.MAX_LINE - 2 + shift);
      String euro = "€".repeat(3); // three bytes each: one straddles the part's end
      Decoded d = decode(concat(utf8(head + euro + ",é\n"), "é\n".getBytes(CP1252)));
      assertThat(d.text()).as("shift %d", shift).isEqualTo(head + euro + ",é\né\n");
      assertThat(d.guessed()).isEqualTo(new GuessedLines(1, List.of(2L)));
    }
  }

  @Test
  void utf8VerdictsOfWholeFiles() throws IOException {
    Path valid = Files.write(tmp.resolve("v.csv"), utf8("a,é,😀\n"));
    Path cp = Files.write(tmp.resolve("c.csv"), "a,é\nb,ü\n".getBytes(CP1252));
    Path mixed = Files.write(tmp.resolve("m.csv"), concat(utf8("a,é\n"), "b,ü\n".getBytes(CP1252)));
    Path cut = Files.write(tmp.resolve("t.csv"), new byte[] {'a', (byte) 0xE2, (byte) 0x82});
    assertThat(Utf8Validator.classify(valid, 0)).isEqualTo(Utf8Validator.Verdict.VALID);
    assertThat(Utf8Validator.classify(cp, 0)).isEqualTo(Utf8Validator.Verdict.NO_UTF8);
    assertThat(Utf8Validator.classify(mixed, 0)).isEqualTo(Utf8Validator.Verdict.MIXED);
    assertThat(Utf8Validator.classify(cut, 0)).isEqualTo(Utf8Validator.Verdict.NO_UTF8);
    assertThat(Utf8Validator.tally(utf8("aé€😀"), 0, 10))
        .isEqualTo(new Utf8Validator.Tally(3, 0, 10));
    assertThat(Utf8Validator.tally(new byte[] {(byte) 0xC0, (byte) 0xAF, 'a', (byte) 0xE2}, 0, 4))
        .isEqualTo(new Utf8Validator.Tally(0, 2, 3));
  }

  /** The encodings a file gets, and how its text reads, through the profile. */
  @Test
  void theProfileNamesTheEncodingAndTheGuessedLines() throws IOException {
    Path bom = Files.write(tmp.resolve("bom.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF}, utf8("name\nZoë\n"), "Zoé\n".getBytes(CP1252)));
    TableProfile p = TableReader.profile(bom, ReadOptions.DEFAULT);
    assertThat(p.encoding()).isEqualTo(TextEncoding.UTF_8_BOM_MIXED);
    assertThat(p.encoding().label()).isEqualTo("UTF-8 with BOM, not all valid");
    assertThat(p.guessed()).isEqualTo(new GuessedLines(1, List.of(3L)));
    assertThat(p.profiles().get(0).distinctValues()).containsOnlyKeys("Zoë", "Zoé");

    Path cp = Files.write(tmp.resolve("cp.csv"), concat("name\nZoé\n".getBytes(CP1252),
        new byte[] {'x', (byte) 0x81, '\n'}));
    TableProfile q = TableReader.profile(cp, ReadOptions.DEFAULT);
    assertThat(q.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(q.guessed()).isEqualTo(GuessedLines.NONE);
    assertThat(q.profiles().get(0).distinctValues()).containsOnlyKeys("Zoé", "x\uFFFD");
  }
}
