package dev.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * Registers the bundled DejaVu Sans faces once, so that charts never depend on the fonts a
 * machine has (and render on one that has none).
 */
final class Fonts {
  /** The family every chart uses. */
  static final String FAMILY = "DejaVu Sans";
  private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
  private static volatile boolean registered;

  private Fonts() {}

  static synchronized void register() {
    if (registered) {
      return;
    }
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (String face : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
      try (InputStream in = Fonts.class.getResourceAsStream(DIR + face)) {
        if (in == null) {
          throw new IllegalStateException("bundled font missing from the jar: " + face);
        }
        env.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
      } catch (IOException | FontFormatException e) {
        throw new IllegalStateException("bundled font unreadable: " + face, e);
      }
    }
    registered = true;
  }
}
