package dev.report.read;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a column's header says it holds money, so that {@code 5 m} in it is five million and not
 * five metres.
 */
final class MoneyHeader {
  /** Words of a header, lower case, that name money: currency codes and what amounts are. */
  private static final Set<String> WORDS = Set.of("usd", "eur", "gbp", "jpy", "chf", "cad", "aud",
      "musd", "busd", "kusd", "meur", "beur", "keur", "dollars", "euros", "amount", "amounts",
      "revenue", "revenues", "price", "prices", "cost", "costs", "sales", "budget", "spend",
      "spending", "capex", "opex", "income", "profit", "valuation", "funding", "salary", "turnover",
      "fee", "fees");

  private MoneyHeader() {}

  /** True when {@code label} has a currency symbol or one of {@link #WORDS} as a word. */
  static boolean says(String label) {
    for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}$€£¥]+")) {
      if (WORDS.contains(word) || word.indexOf('$') >= 0 || word.indexOf('€') >= 0
          || word.indexOf('£') >= 0 || word.indexOf('¥') >= 0) {
        return true;
      }
    }
    return false;
  }
}
