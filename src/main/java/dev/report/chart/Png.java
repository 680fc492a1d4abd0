package dev.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Draws charts as PNG at twice their layout size, for sharp slides and screens.
 *
 * <p>The encoder is ours, not ImageIO's: ImageIO tries every row filter on every row in Java and
 * took 100-180 ms per 1600×1000 chart; charts are flat colour on white, so unfiltered rows
 * deflated at level 6 are as small (about 43 KB) in a third of the time. The image is opaque RGB
 * (the theme paints a white background) and says its density (144 dpi, twice the 72 dpi layout)
 * so that slides place it at its layout size.
 */
public final class Png {
  /** Pixel density: a 800×500 layout gives a 1600×1000 image. */
  public static final int SCALE = 2;

  /** 144 dots per inch in pixels per metre, as PNG's pHYs chunk counts them. */
  private static final int PIXELS_PER_METRE = (int) Math.round(72.0 * SCALE / 0.0254);

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Png() {}

  public static byte[] render(RenderedChart chart) {
    BufferedImage image = new BufferedImage(chart.width() * SCALE, chart.height() * SCALE,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.scale(SCALE, SCALE);
      chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
    } finally {
      g2.dispose();
    }
    return encode(image);
  }

  /** Encodes an image of type {@link BufferedImage#TYPE_INT_RGB} as an 8-bit RGB PNG. */
  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("expected an RGB image, got type " + image.getType());
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, w);
    putInt(header, 4, h);
    header[8] = 8; // bits per sample
    header[9] = 2; // colour type: RGB
    chunk(out, "IHDR", header, header.length); // compression, filter, interlace: 0
    byte[] density = new byte[9];
    putInt(density, 0, PIXELS_PER_METRE);
    putInt(density, 4, PIXELS_PER_METRE);
    density[8] = 1; // the unit is the metre
    chunk(out, "pHYs", density, density.length);
    ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
    Deflater deflater = new Deflater(6);
    try {
      byte[] row = new byte[1 + 3 * w]; // filter type 0 (none), then the samples
      byte[] buffer = new byte[64 * 1024];
      for (int y = 0; y < h; y++) {
        int o = 1;
        for (int i = y * w, end = i + w; i < end; i++) {
          int p = pixels[i];
          row[o] = (byte) (p >> 16);
          row[o + 1] = (byte) (p >> 8);
          row[o + 2] = (byte) p;
          o += 3;
        }
        deflater.setInput(row);
        while (!deflater.needsInput()) {
          data.write(buffer, 0, deflater.deflate(buffer));
        }
      }
      deflater.finish();
      while (!deflater.finished()) {
        data.write(buffer, 0, deflater.deflate(buffer));
      }
    } finally {
      deflater.end();
    }
    byte[] compressed = data.toByteArray();
    chunk(out, "IDAT", compressed, compressed.length);
    chunk(out, "IEND", new byte[0], 0);
    return out.toByteArray();
  }

  public static int width() {
    return Theme.WIDTH * SCALE;
  }

  public static int height() {
    return Theme.HEIGHT * SCALE;
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
    byte[] head = new byte[8];
    putInt(head, 0, length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(name, 0, head, 4, 4);
    out.write(head, 0, 8);
    out.write(data, 0, length);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, 0, length);
    byte[] tail = new byte[4];
    putInt(tail, 0, (int) crc.getValue());
    out.write(tail, 0, 4);
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
