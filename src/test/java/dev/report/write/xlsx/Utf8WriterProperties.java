package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The sheet writer gives the JDK's UTF-8 bytes, whatever its buffer cuts (surrogate pairs too). */
class Utf8WriterProperties {
  private static final Path FILE = Path.of("sheet.xml");

  @Property(tries = 60, seed = "20261127")
  void sameBytesAsTheJdk(@ForAll("pieces") List<String> pieces) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder all = new StringBuilder();
    // Enough text to fill the 64K-character buffer several times, cut at odd places.
    try (Utf8Writer w = new Utf8Writer(out, FILE)) {
      for (int round = 0; all.length() < 200_000; round++) {
        for (String p : pieces) {
          if (round % 2 == 0) {
            w.write(p, 0, p.length());
          } else {
            w.write(new StringBuilder(p));
          }
          all.append(p);
        }
        w.write('\n');
        all.append('\n');
      }
    }
    assertThat(out.toByteArray()).isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLoneSurrogateIsMalformed() throws IOException {
    Utf8Writer low = new Utf8Writer(new ByteArrayOutputStream(), FILE);
    low.write("ok \uDC00 then", 0, 9);
    assertThatThrownBy(low::flush).isInstanceOf(MalformedInputException.class);
    Utf8Writer high = new Utf8Writer(new ByteArrayOutputStream(), FILE);
    high.write("ends with \uD83D", 0, 11);
    assertThatThrownBy(high::close).isInstanceOf(MalformedInputException.class);
  }

  @Provide
  Arbitrary<List<String>> pieces() {
    // Whole code points: ASCII, two- and three-byte characters and emoji (surrogate pairs).
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().ascii().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0080', '\u07FF').ofMaxLength(7),
        Arbitraries.strings().withCharRange('\u0800', '\uD7FF').ofMaxLength(5),
        Arbitraries.integers().between(0x10000, 0x10FFFF)
            .map(cp -> new String(Character.toChars(cp))),
        Arbitraries.of("<c r=\"A1\"><v>42</v></c>", "é", "😀", "\uFFFD"));
    return piece.list().ofMinSize(1).ofMaxSize(50);
  }
}
