package dev.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiFunction;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.ui.RectangleEdge;

/** The ticks a chart's axis gives once the chart is drawn at its usual size (as its PNG is). */
final class LaidOut {
  private LaidOut() {}

  /** The ticks of {@code axis} of {@code chart}, an axis drawn at {@code edge}. */
  static List<?> ticks(JFreeChart chart, Axis axis, RectangleEdge edge) {
    return drawn(chart, (g2, area) -> axis.refreshTicks(g2, new AxisState(), area, edge));
  }

  /**
   * What {@code read} reads of {@code chart} drawn at its usual size, given the graphics it was
   * drawn on and the plot's data area.
   */
  static <T> T drawn(JFreeChart chart, BiFunction<Graphics2D, Rectangle2D, T> read) {
    BufferedImage image = new BufferedImage(Theme.WIDTH, Theme.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.draw(g2, new Rectangle2D.Double(0, 0, Theme.WIDTH, Theme.HEIGHT), info);
      return read.apply(g2, info.getPlotInfo().getDataArea());
    } finally {
      g2.dispose();
    }
  }
}
