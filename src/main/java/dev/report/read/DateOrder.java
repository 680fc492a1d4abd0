package dev.report.read;

/** Which number comes first in a numeric date such as 03/04/2024. */
public enum DateOrder {
  DAY_FIRST("day first"),
  MONTH_FIRST("month first");

  private final String label;

  DateOrder(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
