package dev.report.read;

/** Counts of values that read as ranges with one decimal mark. */
final class RangeTally {
  long fits;
  long percents;
  int decimals;
  String currency;
  boolean mixedCurrency;

  void add(RangeText.Parsed r) {
    if (r == null) {
      return;
    }
    fits++;
    if (r.unit() == NumberText.Unit.PERCENT) {
      percents++;
    }
    if (r.currency() != null) {
      if (currency == null) {
        currency = r.currency();
      } else if (!currency.equals(r.currency())) {
        mixedCurrency = true;
      }
    }
    decimals = Math.max(decimals, r.decimals());
  }
}
