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
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Every byte sequence is read as text unless it is mostly binary, and no record is lost: tables
 * written in every encoding the reader knows (with or without a byte order mark, Windows-1252
 * throughout, UTF-8 with some lines in Windows-1252 or with invalid bytes), with a few NULs and
 * other control characters and maybe Excel's {@code sep=} line, read back as tables of every
 * record, each cell as written (an invalid byte as U+FFFD, where it was). Seeded.
 */
class ReadingBytesProperties {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  /** Characters of every kind; the non-ASCII ones of Windows-1252 are all lead bytes of UTF-8. */
  private static final String UNICODE = "abcdefghij klmnop0123456789.-éüñÉ東京😀€✓\u0000\u0001";
  private static final String WINDOWS_1252 = "abcdefghij klmnop0123456789.-éüñçàÉÖß\u0000\u0001";
  private static final byte INVALID = (byte) 0xFF;

  private Path dir;

  @BeforeTry
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("bytes");
  }

  @AfterTry
  void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  /** How a generated table is written as bytes. */
  enum Form {
    UTF_8, UTF_8_BOM, UTF_16LE, UTF_16BE, UTF_16LE_NO_BOM, UTF_16BE_NO_BOM, WINDOWS_1252,
    /** UTF-8 lines, and lines of Windows-1252 whose non-ASCII characters it alone reads. */
    UTF_8_AND_WINDOWS_1252_LINES,
    /** UTF-8, with an invalid byte inserted in the last cell of some records. */
    UTF_8_WITH_INVALID_BYTES
  }

  /** A table of three columns, its form, whether it has a sep= line, and where bytes go bad. */
  record Case(List<List<String>> rows, Form form, boolean sepLine, List<Boolean> marks) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Form> form = Arbitraries.of(Form.class);
    Arbitrary<Boolean> sep = Arbitraries.of(false, false, true);
    Arbitrary<List<Boolean>> marks = Arbitraries.of(true, false).list().ofSize(41);
    return Combinators.combine(form, sep, marks, Arbitraries.integers().between(1, 40),
        Arbitraries.longs()).as((f, s, m, n, seed) -> {
          Random random = new Random(seed);
          String alphabet = f == Form.WINDOWS_1252 ? WINDOWS_1252 : UNICODE;
          List<List<String>> rows = new ArrayList<>();
          for (int r = 0; r <= n; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
              cells.add(r == 0 ? "col" + c : cell(random, f == Form.UTF_8_AND_WINDOWS_1252_LINES
                  && m.get(r) ? WINDOWS_1252 : alphabet));
            }
            rows.add(cells);
          }
          return new Case(rows, f, s, m);
        });
  }

  /** A cell of up to 12 characters, control characters rare. */
  private static String cell(Random random, String alphabet) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(13);
    while (b.length() < length) {
      int i = random.nextInt(alphabet.length());
      char c = alphabet.charAt(i);
      if (c < 0x20 && random.nextInt(8) != 0) {
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        b.append(c).append(alphabet.charAt(i + 1));
      } else if (!Character.isLowSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Property(tries = 500, seed = "20261204")
  void everyRecordIsReadAsWritten(@ForAll("cases") Case c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<List<String>> expected = new ArrayList<>();
    Form f = c.form();
    out.writeBytes(switch (f) {
      case UTF_8_BOM -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      case UTF_16LE -> new byte[] {(byte) 0xFF, (byte) 0xFE};
      case UTF_16BE -> new byte[] {(byte) 0xFE, (byte) 0xFF};
      default -> new byte[0];
    });
    if (c.sepLine()) {
      out.writeBytes(encode("sep=,\n", f, false));
    }
    for (int r = 0; r < c.rows().size(); r++) {
      List<String> cells = new ArrayList<>(c.rows().get(r));
      boolean marked = r > 0 && c.marks().get(r);
      String line = String.join(",", cells);
      if (f == Form.UTF_8_WITH_INVALID_BYTES && marked && !line.chars().allMatch(ch -> ch < 0x80)) {
        // Within a line of UTF-8 characters: read as one U+FFFD where it is.
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        out.write(INVALID);
        cells.set(2, cells.get(2) + "\uFFFD");
      } else {
        out.writeBytes(encode(line, f, marked));
      }
      out.writeBytes(encode(r % 2 == 0 ? "\n" : "\r\n", f, false));
      expected.add(cells);
    }
    byte[] bytes = out.toByteArray();
    // Mostly binary is binary (more than one character in twenty a control character, so more
    // than one byte in twenty too): not this test's case.
    String text = String.join("\n", expected.stream().map(r -> String.join(",", r)).toList());
    long controls = text.chars().filter(ch -> ch < 0x20 && ch != '\n').count();
    Assume.that(controls * Sniffer.BINARY_SHARE <= text.length() + expected.size());
    Path file = Files.write(dir.resolve("t.csv"), bytes);

    TableProfile p = TableReader.profile(file, ReadOptions.DEFAULT);
    assertThat(p.status()).as(f.name()).isEqualTo(TableProfile.Status.TABLE);
    assertThat(p.dialect().delimiter()).isEqualTo(',');
    List<List<String>> read = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    TableReader.read(p, (r, values) -> {
      read.add(r.fields());
      lines.add(r.line());
    });
    assertThat(read).as(f.name()).isEqualTo(expected);
    int first = c.sepLine() ? 2 : 1;
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).isEqualTo(first + i);
    }
    assertThat(p.records()).isEqualTo(expected.size() - 1);
  }

  /** Random bytes, an image or a zip renamed .csv, are mostly binary: not text, one issue. */
  @Property(tries = 200, seed = "20261204")
  void randomBytesAreNotText(@ForAll long seed) throws IOException {
    byte[] bytes = new byte[2048 + (int) Math.floorMod(seed, 4096L)];
    new Random(seed).nextBytes(bytes);
    Path file = Files.write(dir.resolve("t.csv"), bytes);
    assertThat(TableReader.profile(file, ReadOptions.DEFAULT).status())
        .isEqualTo(TableProfile.Status.NOT_TEXT);
  }

  private static byte[] encode(String text, Form f, boolean windows1252Line) {
    return switch (f) {
      case UTF_8, UTF_8_BOM, UTF_8_WITH_INVALID_BYTES -> text.getBytes(StandardCharsets.UTF_8);
      case UTF_16LE, UTF_16LE_NO_BOM -> text.getBytes(StandardCharsets.UTF_16LE);
      case UTF_16BE, UTF_16BE_NO_BOM -> text.getBytes(StandardCharsets.UTF_16BE);
      case WINDOWS_1252 -> text.getBytes(CP1252);
      case UTF_8_AND_WINDOWS_1252_LINES ->
          text.getBytes(windows1252Line ? CP1252 : StandardCharsets.UTF_8);
    };
  }
}
