package dev.report.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The labels of a timeline's points, laid out when the chart is drawn, with the fonts' own
 * measures: each beside its point, on the side with room (late points first to their left),
 * wrapped onto at most two lines, then cut at a word with "…"; a label never covers a point, its
 * own or another, nor another label, nor leaves the plot. A label with no room is not drawn.
 */
final class TimelineLabels extends AbstractXYAnnotation {
  private static final long serialVersionUID = 1L;

  /** One point's label: its x (epoch millis) and level, its date and its text. */
  record Label(double x, double level, String date, String text, Font font) {
    /** The date, an en space (it stays with the first word), then the text. */
    String full() {
      return date + "\u2002" + text.strip().replaceAll("\\s+", " ");
    }
  }

  /** A label as laid out: its lines and their bounds in Java2D space, or no lines. */
  record Placed(Label label, List<String> lines, Rectangle2D bounds, boolean right) {}

  static final int MAX_LINES = 2;
  /** Widest label, in points. */
  static final double MAX_WIDTH = 360;
  /** The points' radius, and the gap between a point and its label, in points. */
  static final double RADIUS = 5;
  static final double GAP = 4;

  private final List<Label> labels;
  /** The x of the middle of the span: points after it try their left side first. */
  private final double middle;

  TimelineLabels(List<Label> labels, double middle) {
    this.labels = List.copyOf(labels);
    this.middle = middle;
  }

  List<Label> labels() {
    return labels;
  }

  /** Where each label goes in {@code area}, the plot's data area. */
  List<Placed> layout(Graphics2D g2, XYPlot plot, Rectangle2D area) {
    ValueAxis xAxis = plot.getDomainAxis();
    ValueAxis yAxis = plot.getRangeAxis();
    List<Rectangle2D> dots = new ArrayList<>();
    for (Label l : labels) {
      double px = xAxis.valueToJava2D(l.x(), area, RectangleEdge.BOTTOM);
      double py = yAxis.valueToJava2D(l.level(), area, RectangleEdge.LEFT);
      dots.add(new Rectangle2D.Double(px - RADIUS, py - RADIUS, 2 * RADIUS, 2 * RADIUS));
    }
    List<Rectangle2D> taken = new ArrayList<>(dots);
    List<Placed> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Label l = labels.get(i);
      FontMetrics fm = g2.getFontMetrics(l.font());
      double lineHeight = fm.getHeight();
      double px = dots.get(i).getCenterX();
      double py = dots.get(i).getCenterY();
      double tall = lineHeight * MAX_LINES;
      boolean rightFirst = l.x() <= middle;
      // Beside the point (its preferred side, then the other), then above it, then below it.
      Slot[] slots = {
          new Slot(py - tall / 2, rightFirst, false), new Slot(py - tall / 2, !rightFirst, false),
          new Slot(py - RADIUS - GAP - tall, rightFirst, true),
          new Slot(py + RADIUS + GAP, rightFirst, true)};
      Placed best = null;
      for (Slot slot : slots) {
        double top = slot.top();
        double bottom = top + tall;
        if (top < area.getMinY() || bottom > area.getMaxY()) {
          continue;
        }
        // Beside: from past the point; above or below: from the point's own edge.
        double start = slot.over() ? (slot.right() ? px - RADIUS : px + RADIUS)
            : (slot.right() ? px + RADIUS + GAP : px - RADIUS - GAP);
        double from = slot.right() ? start : area.getMinX();
        double to = slot.right() ? area.getMaxX() : start;
        for (Rectangle2D r : taken) {
          if (r.getMaxY() <= top || r.getMinY() >= bottom || r == dots.get(i) && !slot.over()) {
            continue;
          }
          if (slot.right() && r.getMaxX() > from) {
            to = Math.min(to, r.getMinX() - GAP);
          } else if (!slot.right() && r.getMinX() < to) {
            from = Math.max(from, r.getMaxX() + GAP);
          }
        }
        List<String> lines = wrap(l.full(), fm, Math.min(MAX_WIDTH, to - from));
        if (lines.isEmpty() || !lines.get(0).startsWith(l.date())) {
          // Not even its date fits here.
          continue;
        }
        double width = lines.stream().mapToDouble(fm::stringWidth).max().orElse(0);
        double height = lineHeight * lines.size();
        double y = slot.over() ? (top < py ? bottom - height : top) : py - height / 2;
        Placed p = new Placed(l, lines, new Rectangle2D.Double(
            slot.right() ? from : to - width, y, width, height), slot.right());
        if (best == null || shown(p) > shown(best)) {
          best = p;
        }
        if (!lines.get(lines.size() - 1).endsWith("…")) {
          break;
        }
      }
      if (best != null) {
        taken.add(best.bounds());
        out.add(best);
      }
    }
    return out;
  }

  /**
   * Where a label may go: the top of its band of {@link #MAX_LINES} lines, which way it runs
   * from the point, and whether it is over (above or below) the point rather than beside it.
   */
  private record Slot(double top, boolean right, boolean over) {}

  /** How much of its text a label shows, in characters. */
  private static int shown(Placed p) {
    return p.lines().stream().mapToInt(String::length).sum();
  }

  /**
   * {@code text} in at most {@link #MAX_LINES} lines of at most {@code width}, broken between
   * words; what does not fit is cut after a whole word with "…" (a single word wider than a line
   * is cut where it must). Empty when not even "…" fits.
   */
  static List<String> wrap(String text, FontMetrics fm, double width) {
    List<String> lines = new ArrayList<>();
    String[] words = text.strip().split(" +");
    StringBuilder line = new StringBuilder();
    int w = 0;
    for (; w < words.length && lines.size() < MAX_LINES; w++) {
      String next = line.length() == 0 ? words[w] : line + " " + words[w];
      if (fm.stringWidth(next) <= width) {
        line.setLength(0);
        line.append(next);
        continue;
      }
      if (line.length() == 0) {
        break;
      }
      lines.add(line.toString());
      line.setLength(0);
      w--;
    }
    if (lines.size() < MAX_LINES && line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
    }
    if (w >= words.length && line.length() == 0) {
      return lines;
    }
    // Not all fitted: the last line ends with "…", dropping whole words until it fits.
    String last = lines.isEmpty() || lines.size() < MAX_LINES ? words[w]
        : lines.remove(lines.size() - 1);
    while (!last.isEmpty() && fm.stringWidth(last.strip() + "…") > width) {
      int space = last.lastIndexOf(' ');
      last = space > 0 ? last.substring(0, space) : last.substring(0, last.length() - 1);
    }
    if (last.isEmpty() && fm.stringWidth("…") > width) {
      return lines;
    }
    lines.add(last.strip() + "…");
    return lines;
  }

  @Override
  public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
      ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
    g2.setPaint(Theme.TEXT);
    for (Placed p : layout(g2, plot, dataArea)) {
      g2.setFont(p.label().font());
      FontMetrics fm = g2.getFontMetrics();
      double y = p.bounds().getMinY() + fm.getAscent();
      for (String line : p.lines()) {
        double x = p.right() ? p.bounds().getMinX()
            : p.bounds().getMaxX() - fm.stringWidth(line);
        g2.drawString(line, (float) x, (float) y);
        y += fm.getHeight();
      }
    }
  }
}
