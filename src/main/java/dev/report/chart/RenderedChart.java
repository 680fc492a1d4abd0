package dev.report.chart;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to draw.
 *
 * @param fileName a stable, readable PNG file name, e.g. {@code capex_guidance-range-by-announced.png}
 * @param title the chart's title, also its alternative text in the workbook
 * @param table the table it was drawn from (its name without extension)
 */
public record RenderedChart(String fileName, String title, String table, JFreeChart chart,
    int width, int height) {

  /** A chart at the usual layout size. */
  public RenderedChart(String fileName, String title, String table, JFreeChart chart) {
    this(fileName, title, table, chart, Theme.WIDTH, Theme.HEIGHT);
  }

  /** The same chart at another layout size, in points. */
  public RenderedChart withSize(int newWidth, int newHeight) {
    return new RenderedChart(fileName, title, table, chart, newWidth, newHeight);
  }

  /** The same chart with another title (and so another alternative text). */
  public RenderedChart withTitle(String newTitle) {
    chart.setTitle(newTitle);
    chart.getTitle().setFont(Fonts.forText(newTitle, java.awt.Font.BOLD, 18));
    chart.getTitle().setPaint(Theme.TEXT);
    chart.getTitle().setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    return new RenderedChart(fileName, newTitle, table, chart, width, height);
  }
}
