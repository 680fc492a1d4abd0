package dev.report.write.xlsx;

import java.util.Objects;

/**
 * What a cell looks like. Registered once with {@link Workbook#style}, which gives the index
 * that cells are written with.
 *
 * @param format an Excel number format code, such as {@code #,##0.00} or {@code @} (text);
 *     {@code General} for none
 * @param font the cell's font
 * @param fill a solid background, or null for none
 * @param bottomBorder whether the cell has a thin bottom border
 * @param vertical where the text sits in a taller row
 * @param wrap whether long text wraps onto more lines
 */
public record Style(String format, Font font, Color fill, boolean bottomBorder, Vertical vertical,
    boolean wrap) {

  /** The font and alignment of a plain cell. */
  public static final Style PLAIN =
      new Style("General", Font.PLAIN, null, false, Vertical.BOTTOM, false);

  public Style {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(font, "font");
    Objects.requireNonNull(vertical, "vertical");
    if (format.isEmpty()) {
      throw new IllegalArgumentException("an empty number format: use General");
    }
  }

  public Style withFormat(String f) {
    return new Style(f, font, fill, bottomBorder, vertical, wrap);
  }

  public Style withFont(Font f) {
    return new Style(format, f, fill, bottomBorder, vertical, wrap);
  }

  public Style withFill(Color c) {
    return new Style(format, font, c, bottomBorder, vertical, wrap);
  }

  public Style withBottomBorder() {
    return new Style(format, font, fill, true, vertical, wrap);
  }

  public Style withVertical(Vertical v) {
    return new Style(format, font, fill, bottomBorder, v, wrap);
  }

  public Style withWrap() {
    return new Style(format, font, fill, bottomBorder, vertical, true);
  }

  /**
   * A font of the workbook's face (Calibri).
   *
   * @param points size in points
   * @param color a colour, or null for the automatic one (black)
   */
  public record Font(boolean bold, int points, Color color, boolean underline) {
    public static final Font PLAIN = new Font(false, 11, null, false);

    public Font {
      if (points < 1 || points > 409) {
        throw new IllegalArgumentException("font size " + points + " points: Excel takes 1 to 409");
      }
    }
  }

  /** Colours of Excel's indexed palette (written as indexes, as Excel's own files do). */
  public enum Color { BLUE, LIGHT_YELLOW, ROSE, GREY_25_PERCENT, GREY_50_PERCENT, LIGHT_TURQUOISE }

  /** Vertical alignment; BOTTOM is Excel's default. */
  public enum Vertical { BOTTOM, CENTER, TOP }
}
