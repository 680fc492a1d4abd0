package dev.report.read;

/**
 * What the reader assumes when the data cannot tell: the decimal mark and date order for columns
 * whose every value reads both ways ({@code 1,234}; {@code 03/04/2024}).
 */
public record ReadOptions(char decimalMark, DateOrder dateOrder) {
  /** en-US: '.' decimal mark, month first. */
  public static final ReadOptions DEFAULT = new ReadOptions('.', DateOrder.MONTH_FIRST);

  public ReadOptions {
    if (decimalMark != '.' && decimalMark != ',') {
      throw new IllegalArgumentException("decimal mark must be '.' or ',', not '" + decimalMark + "'");
    }
    if (dateOrder == null) {
      throw new IllegalArgumentException("dateOrder is required");
    }
  }

  /** As shown on the About sheet: {@code decimal mark '.', numeric dates month first}. */
  public String describe() {
    return "decimal mark '" + decimalMark + "', numeric dates " + dateOrder.label()
        + " (each column decides from its own values first)";
  }
}
