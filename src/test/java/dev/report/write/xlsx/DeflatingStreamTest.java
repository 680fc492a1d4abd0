package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The sheet data compressed while rows are written (on a thread of its own past the first
 * buffer) joins with separately compressed parts into one deflate stream with the right CRC.
 */
class DeflatingStreamTest {
  private static final String TEXT = "<c r=\"A1\"><v>0123456789</v></c>";

  @Test
  void crcOfTwoPartsCombinesAsTheCrcOfTheWhole() {
    Random random = new Random(20261126);
    for (int k = 0; k < 200; k++) {
      byte[] a = new byte[random.nextInt(5000)];
      byte[] b = new byte[random.nextInt(5000)];
      random.nextBytes(a);
      random.nextBytes(b);
      CRC32 whole = new CRC32();
      whole.update(a);
      whole.update(b);
      assertThat(Crc32.combine(crc(a), crc(b), b.length)).isEqualTo(whole.getValue());
    }
  }

  @Test
  void manyBuffersDeflateOnAThreadAndInflateBackWithTheirCrcAndLengths()
      throws IOException, DataFormatException {
    Random random = new Random(7);
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    DeflatingStream d = new DeflatingStream(compressed);
    byte[] buffer = new byte[200_000];
    for (int i = 0; i < 40; i++) {
      int n = random.nextInt(buffer.length);
      for (int j = 0; j < n; j++) {
        // Text-like bytes, so that they compress.
        buffer[j] = (byte) TEXT.charAt(random.nextInt(TEXT.length()));
      }
      original.write(buffer, 0, n);
      d.write(buffer, 0, n);
    }
    d.close();
    byte[] raw = compressed.toByteArray();
    assertThat(d.compressedLength()).isEqualTo(raw.length);
    assertThat(d.length()).isEqualTo(original.size());
    assertThat(d.crc()).isEqualTo(crc(original.toByteArray()));

    // Joined with a final empty block, it is one complete deflate stream of the original bytes.
    byte[] joined = new byte[raw.length + 2];
    System.arraycopy(raw, 0, joined, 0, raw.length);
    joined[raw.length] = 0x03;
    Inflater inflater = new Inflater(true);
    inflater.setInput(joined);
    byte[] back = new byte[original.size() + 1];
    int n = 0;
    while (!inflater.finished()) {
      n += inflater.inflate(back, n, back.length - n);
    }
    inflater.end();
    assertThat(n).isEqualTo(original.size());
    assertThat(java.util.Arrays.copyOf(back, n)).isEqualTo(original.toByteArray());
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }
}
