package dev.report.read;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of values that read as numbers with one decimal mark. */
final class NumberTally {
  long fits;
  long percents;
  long currencies;
  long fractional;
  long yearLike;
  /** Plain numbers with a magnitude letter that may be a unit ({@code 5 m}). */
  long letters;
  /** Plain numbers written digits, E, digits ({@code 1E5}), the way codes are. */
  long codeLike;
  /** Plain numbers in other exponent notation ({@code 1.5e3}, {@code 2e-5}). */
  long scientific;
  int decimals;
  /** Values per currency symbol, in the order first seen. */
  private final Map<String, Long> perCurrency = new LinkedHashMap<>(4);

  /** Plain numbers: no percent sign, no currency. */
  long plain() {
    return fits - percents - currencies;
  }

  /** Values of the unit that fits most: plain numbers also fit a column of currency. */
  long best() {
    return best(0);
  }

  /** {@link #best()} with {@code excluded} of the plain numbers left out. */
  long best(long excluded) {
    long plain = plain() - excluded;
    long money = money(excluded) ? currencies + plain : 0;
    return Math.max(Math.max(plain, percents), money);
  }

  /**
   * Whether the numbers are amounts: at least half of them, {@code excluded} plain ones left out
   * and percents aside, are written with a currency (one {@code ¥300} among nine plain numbers is
   * not enough).
   */
  boolean money(long excluded) {
    return currencies > 0 && currencies >= plain() - excluded;
  }

  /** The currency symbols of the values, in the order first seen. */
  java.util.List<String> currencySymbols() {
    return java.util.List.copyOf(perCurrency.keySet());
  }

  /** The currency most values are written in (the first seen of those tied), or null. */
  String currency() {
    String best = null;
    long most = 0;
    for (Map.Entry<String, Long> e : perCurrency.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
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
        perCurrency.merge(p.currency(), 1L, Long::sum);
      }
      default -> { }
    }
    switch (p.notation()) {
      case LETTER -> letters++;
      case CODE_LIKE -> codeLike++;
      case SCIENTIFIC -> scientific++;
      case ORDINARY -> { }
    }
    boolean plain = p.unit() == NumberText.Unit.PLAIN;
    if (plain && (p.value() != Math.rint(p.value()) || p.decimals() > 0)) {
      fractional++;
    }
    if (p.unit() == NumberText.Unit.PLAIN && !p.grouped() && p.decimals() == 0
        && p.notation() == NumberText.Notation.ORDINARY
        && p.value() >= 1900 && p.value() <= 2100) {
      yearLike++;
    }
    decimals = Math.max(decimals, p.decimals());
  }
}
