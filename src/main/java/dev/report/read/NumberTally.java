package dev.report.read;

/** Counts of values that read as numbers with one decimal mark. */
final class NumberTally {
  long fits;
  long percents;
  long currencies;
  long fractional;
  long yearLike;
  int decimals;
  String currency;
  boolean mixedCurrency;

  /** Plain numbers: no percent sign, no currency. */
  long plain() {
    return fits - percents - currencies;
  }

  /** Values of the unit that fits most: plain numbers also fit a column of one currency. */
  long best() {
    long currency = currencies == 0 || mixedCurrency ? 0 : currencies + plain();
    return Math.max(Math.max(plain(), percents), currency);
  }

  /**
   * The same as {@link #add(NumberText.Parsed)} of a plain number (no unit, no grouping, no
   * magnitude) with {@code decimals} digits after the mark, whose value is whole when
   * {@code decimals} is 0; {@code yearLike} when it is 0 and the value is 1900 to 2100.
   */
  void addPlain(int decimals, boolean yearLike) {
    fits++;
    if (decimals > 0) {
      fractional++;
    }
    if (yearLike) {
      this.yearLike++;
    }
    this.decimals = Math.max(this.decimals, decimals);
  }

  void add(NumberText.Parsed p) {
    fits++;
    switch (p.unit()) {
      case PERCENT -> percents++;
      case CURRENCY -> {
        currencies++;
        if (currency == null) {
          currency = p.currency();
        } else if (p.currency() != null && !currency.equals(p.currency())) {
          mixedCurrency = true;
        }
      }
      default -> { }
    }
    boolean plain = p.unit() == NumberText.Unit.PLAIN;
    if (plain && (p.value() != Math.rint(p.value()) || p.decimals() > 0)) {
      fractional++;
    }
    if (p.unit() == NumberText.Unit.PLAIN && !p.grouped() && p.decimals() == 0
        && p.value() >= 1900 && p.value() <= 2100) {
      yearLike++;
    }
    decimals = Math.max(decimals, p.decimals());
  }
}
