package dev.report.chart;

/**
 * How report.yaml wants one chart drawn; {@link #DEFAULT} for charts chosen from the data.
 *
 * @param subtitle replaces the usual subtitle, or empty
 * @param unit the value axis' unit, or empty for the column's (report.yaml columns)
 * @param top bars shown before the rest is summed into "Other"
 * @param byLabel bars in label order rather than largest first
 * @param width layout width in points (the PNG has twice as many pixels)
 * @param height layout height in points
 * @param table the table's title (report.yaml's), or empty for its file name made readable: the
 *     start of a chart's own title
 */
public record ChartOptions(String subtitle, String unit, int top, boolean byLabel, int width,
    int height, String table) {
  public static final ChartOptions DEFAULT =
      new ChartOptions("", "", Charts.TOP, false, Theme.WIDTH, Theme.HEIGHT);

  /** Smallest and largest layout sizes, in points. */
  public static final int MIN_SIZE = 200;
  public static final int MAX_SIZE = 4000;

  public ChartOptions(String subtitle, String unit, int top, boolean byLabel, int width,
      int height) {
    this(subtitle, unit, top, byLabel, width, height, "");
  }

  /** These options for a table titled {@code title}. */
  public ChartOptions withTable(String title) {
    return new ChartOptions(subtitle, unit, top, byLabel, width, height, title);
  }

  /** These options with the value axis' unit {@code newUnit}. */
  ChartOptions withUnit(String newUnit) {
    return new ChartOptions(subtitle, newUnit, top, byLabel, width, height, table);
  }

  public ChartOptions {
    if (top < 1 || top > 1000) {
      throw new IllegalArgumentException("top must be 1 to 1000, not " + top);
    }
    if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
      throw new IllegalArgumentException("size must be " + MIN_SIZE + " to " + MAX_SIZE
          + " points each way, not " + width + "x" + height);
    }
  }
}
