package dev.report.chart;

import java.awt.Graphics2D;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Category labels short enough for the axis and still distinct: a long one keeps its start and
 * its end, cut in the middle ("Agency for the Coo…Union South"), since two names often differ
 * only at the end (JFreeChart's own cut keeps the start only, and "…" made them one).
 */
final class CategoryLabels {
  /** Longest label, in characters (code points): about a third of the chart's width. */
  static final int MAX = 36;

  private CategoryLabels() {}

  /**
   * Each key's label: itself when at most {@code max} code points long, else cut in the middle
   * to {@code max} (more when needed to stay apart); distinct keys give distinct labels.
   */
  static Map<String, String> shorten(List<String> keys, int max) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String k : keys) {
      if (length(k) <= max) {
        out.put(k, k);
        taken.add(k);
      }
    }
    for (String k : keys) {
      if (out.containsKey(k)) {
        continue;
      }
      String label = k;
      // Widen until the label is free: the whole key always is, as keys are distinct.
      search:
      for (int width = max; width < length(k); width++) {
        int room = width - 1;
        // The head first as long as the tail, then less of it and more of the tail.
        for (int head = (room + 1) / 2; head >= 0; head--) {
          String cut = cut(k, head, room - head);
          if (!taken.contains(cut)) {
            label = cut;
            break search;
          }
        }
      }
      out.put(k, label);
      taken.add(label);
    }
    return out;
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The first {@code head} and the last {@code tail} code points of {@code s}, with "…". */
  private static String cut(String s, int head, int tail) {
    int n = length(s);
    int headEnd = s.offsetByCodePoints(0, head);
    int tailStart = s.offsetByCodePoints(0, n - tail);
    return s.substring(0, headEnd).stripTrailing() + "…" + s.substring(tailStart).stripLeading();
  }

  /** A category axis that shows the short labels, whole (their length is already bounded). */
  static final class Axis extends CategoryAxis {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> labels = new HashMap<>();

    Axis(String label, List<String> categories) {
      super(label);
      labels.putAll(shorten(categories, MAX));
    }

    String label(Comparable<?> category) {
      return labels.getOrDefault(category.toString(), category.toString());
    }

    @Override
    @SuppressWarnings("rawtypes") // as JFreeChart declares it
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge,
        Graphics2D g2) {
      return TextUtils.createTextBlock(label(category), getTickLabelFont(category),
          getTickLabelPaint(category));
    }
  }
}
