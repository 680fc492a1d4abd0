package dev.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers the bundled DejaVu Sans faces once, so that charts never depend on the fonts a
 * machine has (and render on one that has none); a text DejaVu Sans cannot show (CJK, emoji) is
 * drawn in a system font that can ({@link #forText}).
 */
final class Fonts {
  /**
   * System fonts tried first, in this order, for a text DejaVu Sans lacks (Debian's
   * fonts-noto-cjk and fonts-symbola); then every other family, by name.
   */
  static final List<String> FALLBACKS = List.of("Noto Sans CJK SC", "Noto Sans CJK JP",
      "Noto Sans CJK KR", "Noto Sans CJK TC", "Noto Sans", "Symbola", "Noto Emoji");
  /** AWT's logical families: composites that stand for others, tried last. */
  private static final Set<String> LOGICAL =
      Set.of("Dialog", "DialogInput", "Monospaced", "SansSerif", "Serif");
  private static volatile List<String> families;
  private static final Map<String, String> CHOSEN = new ConcurrentHashMap<>();

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

  /**
   * The chart font for {@code text}: DejaVu Sans when it has every character; else the first
   * family (FALLBACKS, then the others by name, then AWT's SansSerif) that has them all; else
   * the one that has the most, DejaVu Sans on a tie.
   */
  static Font forText(String text, int style, float size) {
    register();
    Font dejavu = new Font(FAMILY, style, Math.round(size));
    if (text == null || dejavu.canDisplayUpTo(text) == -1) {
      return dejavu;
    }
    String family = CHOSEN.computeIfAbsent(text, Fonts::choose);
    return family.equals(FAMILY) ? dejavu : new Font(family, style, Math.round(size));
  }

  private static String choose(String text) {
    String best = FAMILY;
    long most = shown(new Font(FAMILY, Font.PLAIN, 12), text);
    for (String family : families()) {
      Font f = new Font(family, Font.PLAIN, 12);
      if (f.canDisplayUpTo(text) == -1) {
        return family;
      }
      long n = shown(f, text);
      if (n > most) {
        best = family;
        most = n;
      }
    }
    return best;
  }

  /** How many of {@code text}'s characters {@code font} has. */
  private static long shown(Font font, String text) {
    return text.codePoints().filter(font::canDisplay).count();
  }

  /** The families to try after DejaVu Sans, in order. */
  private static List<String> families() {
    List<String> f = families;
    if (f == null) {
      Set<String> installed = new TreeSet<>(List.of(GraphicsEnvironment
          .getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)));
      List<String> order = new ArrayList<>();
      FALLBACKS.stream().filter(installed::contains).forEach(order::add);
      installed.stream().filter(n -> !FALLBACKS.contains(n) && !LOGICAL.contains(n)
          && !n.equals(FAMILY)).forEach(order::add);
      order.add("SansSerif");
      families = f = List.copyOf(order);
    }
    return f;
  }
}
