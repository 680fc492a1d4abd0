package dev.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** One clean look for every chart: white, light horizontal grid, no shadows, a safe palette. */
final class Theme {
  /** Okabe-Ito: distinguishable with the common kinds of colour blindness. */
  static final Color[] PALETTE = {
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};
  static final Color TEXT = new Color(0x222222);
  static final Color MUTED = new Color(0x666666);
  static final Color GRID = new Color(0xDDDDDD);
  /** "Other", the rest summed: a neutral grey that no series gets. */
  static final Color OTHER = new Color(0x999999);
  static final String FONT = Fonts.FAMILY;

  /** Room beside a plot on a date axis, in points: half of the widest date tick label. */
  static final double EDGE = 40;

  /** Layout size in points; PNGs are rendered at twice this. */
  static final int WIDTH = 800;
  static final int HEIGHT = 500;

  private Theme() {}

  /**
   * The colour of series {@code series} (0-based): the palette's, then hues spaced by the golden
   * angle at alternating lightness, never grey and never one given before, however many series.
   */
  static Paint color(int series) {
    if (series < PALETTE.length) {
      return PALETTE[series];
    }
    int k = series - PALETTE.length;
    float hue = (float) ((0.11 + k * 0.618033988749895) % 1.0);
    float brightness = k % 2 == 0 ? 0.55f : 0.8f;
    return Color.getHSBColor(hue, 0.65f, brightness);
  }

  static Font font(int style, float size) {
    Fonts.register();
    return new Font(FONT, style, Math.round(size));
  }

  /** Applies the look and adds the subtitle and the source line under the chart. */
  static void apply(JFreeChart chart, String subtitle, String source) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(10, 12, 8, 16));
    TextTitle title = chart.getTitle();
    title.setFont(font(Font.BOLD, 18));
    title.setPaint(TEXT);
    title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, font(Font.PLAIN, 13));
      sub.setPaint(MUTED);
      sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
      sub.setPadding(new RectangleInsets(2, 0, 6, 0));
      chart.addSubtitle(sub);
    }
    TextTitle src = new TextTitle("Source: " + source, font(Font.PLAIN, 11));
    src.setPaint(MUTED);
    src.setPosition(RectangleEdge.BOTTOM);
    src.setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.addSubtitle(src);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legend.setItemFont(font(Font.PLAIN, 12));
      legend.setPosition(RectangleEdge.TOP);
      legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinesVisible(false);
      xy.setRangeGridlinePaint(GRID);
      xy.setRangeGridlineStroke(new BasicStroke(1f));
      styleAxis(xy.getDomainAxis());
      styleAxis(xy.getRangeAxis());
      if (xy.getDomainAxis() instanceof org.jfree.chart.axis.DateAxis) {
        // Room for half of a date tick's label at each side of the plot (the value axis' labels
        // make it on the left, unless hidden), so that the first and last are never cut.
        boolean hidden = xy.getRangeAxis() == null || !xy.getRangeAxis().isVisible();
        xy.setInsets(new RectangleInsets(4, hidden ? EDGE : 8, 4, EDGE));
      }
    } else if (plot instanceof CategoryPlot cat) {
      cat.setDomainGridlinesVisible(false);
      cat.setRangeGridlinePaint(GRID);
      cat.setRangeGridlineStroke(new BasicStroke(1f));
      styleAxis(cat.getDomainAxis());
      styleAxis(cat.getRangeAxis());
    }
  }

  private static void styleAxis(org.jfree.chart.axis.Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(font(Font.PLAIN, 13));
    axis.setLabelPaint(MUTED);
    axis.setTickLabelFont(font(Font.PLAIN, 12));
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(GRID);
    axis.setTickMarkPaint(GRID);
  }
}
