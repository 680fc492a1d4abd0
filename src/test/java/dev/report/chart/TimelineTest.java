package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timeline labels wrap onto two lines before they are cut, a cut falls after a whole word, no
 * label covers a point or another label, and no date tick label is cut at the chart's edge
 * (issue 15, item 2); checked on the laid-out geometry, not on pixels.
 */
class TimelineTest {
  @TempDir Path tmp;

  static final String EVENTS = """
      date,event
      2024-04-24,"Q1 2024 earnings call: Zuckerberg says resellers such as Microsoft, Amazon or Google should give Meta part of the revenue"
      2024-07-23,Blog post: selling access to Llama is not Meta's business model
      2024-10-30,Q3 2024 earnings call: being open is good business
      2025-03-21,"Court filing in Kadrey v. Meta (3:23-cv-03417, N.D. Cal.) says Meta shares revenue with companies hosting Llama"
      """;

  private JFreeChart timeline(String csv) {
    Tables.Read t = Tables.read(tmp, "events.csv", csv);
    Aggregate.Events agg = new Aggregate.Events(0, 1);
    t.rows().forEach(agg::add);
    return Charts.build(agg, t.profile(), col -> "", ChartOptions.DEFAULT).chart();
  }

  private record Layout(List<TimelineLabels.Placed> placed, List<Rectangle2D> dots,
      Rectangle2D area) {}

  private static Layout layout(JFreeChart chart) {
    XYPlot plot = chart.getXYPlot();
    TimelineLabels labels = (TimelineLabels) plot.getAnnotations().get(0);
    return LaidOut.drawn(chart, (g2, area) -> {
      List<Rectangle2D> dots = new ArrayList<>();
      for (TimelineLabels.Label l : labels.labels()) {
        double x = plot.getDomainAxis().valueToJava2D(l.x(), area, RectangleEdge.BOTTOM);
        double y = plot.getRangeAxis().valueToJava2D(l.level(), area, RectangleEdge.LEFT);
        dots.add(new Rectangle2D.Double(x - TimelineLabels.RADIUS, y - TimelineLabels.RADIUS,
            2 * TimelineLabels.RADIUS, 2 * TimelineLabels.RADIUS));
      }
      return new Layout(labels.layout(g2, plot, area), dots, area);
    });
  }

  /** No label covers a point or another label, or leaves the plot; each reads as its text. */
  private static void assertReadable(Layout l) {
    for (TimelineLabels.Placed p : l.placed()) {
      for (Rectangle2D dot : l.dots()) {
        assertThat(p.bounds().intersects(dot)).as("%s over a point", p.lines()).isFalse();
      }
      for (TimelineLabels.Placed q : l.placed()) {
        assertThat(q != p && p.bounds().intersects(q.bounds()))
            .as("%s over %s", p.lines(), q.lines()).isFalse();
      }
      assertThat(l.area().contains(p.bounds())).as("%s inside the plot", p.lines()).isTrue();
      assertThat(p.lines()).hasSizeBetween(1, TimelineLabels.MAX_LINES);
      String full = p.label().full();
      String shown = String.join(" ", p.lines());
      if (shown.endsWith("…")) {
        String kept = shown.substring(0, shown.length() - 1);
        assertThat(full).startsWith(kept);
        // Cut after a whole word (what follows in the full text is a space), unless the word
        // alone is wider than a line.
        String last = p.lines().get(p.lines().size() - 1);
        if (full.charAt(kept.length()) != ' ') {
          assertThat(last).as(shown).doesNotContain(" ");
        }
      } else {
        assertThat(shown).isEqualTo(full);
      }
    }
  }

  @Test
  void statementsWrapOntoTwoLinesAndCutAfterAWord() {
    Layout l = layout(timeline(EVENTS));
    assertReadable(l);
    assertThat(l.placed()).hasSize(4);
    assertThat(l.placed().get(1).lines()).containsExactly(
        "2024-07-23\u2002Blog post: selling access to Llama is not", "Meta's business model");
    assertThat(l.placed().get(0).lines()).hasSize(2);
    assertThat(l.placed().get(0).lines().get(1)).endsWith("should…");
  }

  /** Each date tick label's left and right ends, in points from the chart's left edge. */
  private static List<double[]> tickSpans(JFreeChart chart) {
    ValueAxis x = chart.getXYPlot().getDomainAxis();
    return LaidOut.drawn(chart, (g2, area) -> {
      FontMetrics fm = g2.getFontMetrics(x.getTickLabelFont());
      List<double[]> out = new ArrayList<>();
      for (Object t : x.refreshTicks(g2, new org.jfree.chart.axis.AxisState(), area,
          RectangleEdge.BOTTOM)) {
        ValueTick tick = (ValueTick) t;
        double at = x.valueToJava2D(tick.getValue(), area, RectangleEdge.BOTTOM);
        double half = fm.stringWidth(tick.getText()) / 2.0;
        out.add(new double[] {at - half, at + half});
      }
      return out;
    });
  }

  private static void assertInside(JFreeChart chart, String what) {
    List<double[]> spans = tickSpans(chart);
    assertThat(spans).as(what).isNotEmpty();
    for (double[] s : spans) {
      assertThat(s[0]).as(what).isGreaterThanOrEqualTo(0);
      assertThat(s[1]).as(what).isLessThanOrEqualTo(Theme.WIDTH);
    }
  }

  /** "Apr 2024" was cut at the left edge of the example's timeline. */
  @Test
  void dateTickLabelsLieInsideTheChart() {
    for (String csv : List.of(EVENTS, "date,event\n2024-04-01,a\n2025-04-01,b\n",
        "date,event\n2024-01-01,only one\n")) {
      assertInside(timeline(csv), csv);
    }
    for (String csv : List.of("day,low,high\n2024-01-01,1,2\n2025-01-01,3,4\n",
        "day,amount\n2024-01-01,1\n2024-07-01,2\n2025-01-01,3\n",
        "day,amount\n2024-05-05,-12\n")) {
      Tables.Read t = Tables.read(tmp, "d.csv", csv);
      Aggregate a = dev.report.analyze.Planner.plan(t.profile()).get(0);
      t.rows().forEach(a::add);
      assertInside(Charts.build(a, t.profile(), col -> "", ChartOptions.DEFAULT).chart(), csv);
    }
  }

  @Test
  void onePointManyPointsAndOneLongWordStayReadable() {
    assertReadable(layout(timeline("date,event\n2024-01-01,The only event of the year\n")));
    StringBuilder many = new StringBuilder("date,event\n");
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 200; i++) {
      many.append(d.plusDays(i)).append(",Event number ").append(i).append(" of many\n");
    }
    Layout l = layout(timeline(many.toString()));
    assertReadable(l);
    // Crowded: some are left out rather than drawn over their neighbours.
    assertThat(l.placed()).isNotEmpty().hasSizeLessThan(200);
    assertReadable(layout(timeline("date,event\n2024-01-01," + "x".repeat(300)
        + "\n2024-06-01,short\n")));
  }

  @Test
  void wrappingBreaksBetweenWordsThenCutsAfterOne() {
    Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    FontMetrics fm = g2.getFontMetrics(Theme.font(Font.PLAIN, 12));
    double width = fm.stringWidth("alpha beta gamma");
    assertThat(TimelineLabels.wrap("alpha beta gamma delta", fm, width))
        .containsExactly("alpha beta gamma", "delta");
    assertThat(TimelineLabels.wrap("alpha beta gamma delta epsilon zeta eta theta", fm, width))
        .containsExactly("alpha beta gamma", "delta epsilon…");
    assertThat(TimelineLabels.wrap("alpha", fm, 1)).isEmpty();
    g2.dispose();
  }
}
