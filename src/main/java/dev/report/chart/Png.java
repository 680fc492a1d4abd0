package dev.report.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;

/** Draws charts as PNG at twice their layout size, for sharp slides and screens. */
public final class Png {
  /** Pixel density: a 800×500 layout gives a 1600×1000 image. */
  public static final int SCALE = 2;

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Png() {}

  public static byte[] render(RenderedChart chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      ChartUtils.writeScaledChartAsPNG(out, chart.chart(), chart.width(), chart.height(), SCALE, SCALE);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  public static int width() {
    return Theme.WIDTH * SCALE;
  }

  public static int height() {
    return Theme.HEIGHT * SCALE;
  }
}
