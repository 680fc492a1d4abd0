package dev.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

/**
 * What a chart shows, in the terms of a spreadsheet chart: read from the datasets and look of a
 * {@link RenderedChart}, so that the PNG and the workbook's native chart show the same figures.
 *
 * @param kind the spreadsheet chart that draws it
 * @param categories the category axis' labels, in drawing order (bars, periods, ranges)
 * @param series the bars or lines, values per category (NaN: no value)
 * @param markers series drawn as markers only over the same categories (a range's single or
 *     actual figures), or none
 * @param valueFormat the Excel number format of the value axis' labels
 * @param legend whether the PNG has a legend
 * @param valueMin the value axis' fixed minimum (a range's axis does not start at 0), or NaN
 * @param majorUnit the value axis' fixed step (small counts step by whole numbers), or NaN
 */
public record NativeForm(Kind kind, String title, String subtitle, String categoryTitle,
    String valueTitle, String valueFormat, List<String> categories, List<Series> series,
    List<Series> markers, boolean legend, double valueMin, double majorUnit) {

  public NativeForm {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    markers = List.copyOf(markers);
  }

  /** The spreadsheet charts that draw ours. */
  public enum Kind {
    /** Vertical bars, one series (counts or one measure per category). */
    COLUMN,
    /** Horizontal bars, for long or many labels. */
    BAR,
    /** Vertical bars stacked by a second category. */
    STACKED_COLUMN,
    /** Horizontal bars stacked by a second category. */
    STACKED_BAR,
    /** A line per series over periods. */
    LINE,
    /**
     * Floating columns: a first series with no fill up to each low figure, then per group the
     * span from low to high, stacked.
     */
    RANGE
  }

  /**
   * One series.
   *
   * @param rgb its colour as 0xRRGGBB, the PNG's
   * @param values one per category, NaN where it has none
   */
  public record Series(String name, int rgb, double[] values) {}

  /** The name of the markers of a range's single figures (low = high). */
  public static final String SINGLE = "Single figure";

  /** Whether the first markers are a range's single figures (dots; marked kinds are diamonds). */
  public boolean hasSingles() {
    return !markers.isEmpty() && markers.get(0).name().equals(SINGLE);
  }

  /** The native form of {@code chart}, or null when it has none (a timeline). */
  public static NativeForm of(RenderedChart chart) {
    return NativeForms.read(chart);
  }

  /** The colour of a paint as 0xRRGGBB; a paint that is not a plain colour is the palette's first. */
  static int rgb(Paint p) {
    Color c = p instanceof Color k ? k : Theme.PALETTE[0];
    return c.getRGB() & 0xFFFFFF;
  }
}
