package dev.report.analyze;

import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the Summary shows of a column beyond its statistics: its sum, its mean, its first and
 * latest values over the table's date, or nothing. report.yaml's {@code aggregate} names one; else
 * {@link #infer} chooses from the column's kind and name.
 */
public enum Rollup {
  /** Amounts, counts and money: a total per column, per category and per year. */
  SUM,
  /** Rates (percents, a rate or ratio) and levels without a date: a mean per category and year. */
  MEAN,
  /** Levels over a date (guidance, prices, headcounts, ranges): first, latest and the change. */
  LATEST,
  /** Years, identifiers, text, dates: no total at all. */
  NONE;

  /** Words of a column name that make it a rate: averaged, never summed. */
  static final Set<String> RATE_WORDS = Set.of("rate", "ratio", "pct", "percent", "percentage");

  /**
   * Words of a column name that make it a level, a state at a moment whose later value replaces
   * the earlier one rather than adding to it.
   */
  static final Set<String> LEVEL_WORDS = Set.of("price", "prices", "guidance", "forecast",
      "outlook", "estimate", "target", "headcount", "employees", "staff", "balance", "level",
      "stock", "inventory", "population", "score", "rating", "temperature", "temp", "age",
      "average", "avg", "mean", "median", "min", "max", "minimum", "maximum", "low", "high",
      "lower", "upper");

  /** Whether {@code t} has a column of dates (mostly filled) for levels to be followed over. */
  public static boolean dated(TableProfile t) {
    return Planner.firstDate(t) >= 0;
  }

  /** The word of report.yaml: sum, mean, latest or none. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The words report.yaml accepts, in order. */
  public static List<String> words() {
    return Arrays.stream(values()).map(Rollup::word).toList();
  }

  /** The rollup report.yaml's word names (any case), or null. */
  public static Rollup ofWord(String word) {
    for (Rollup r : values()) {
      if (r.word().equalsIgnoreCase(word)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The rollup of each column of {@code t}, by these rules, the first that applies:
   * <ol>
   *   <li>not a number (text, dates, booleans): none; a column of ranges (60-80): latest when the
   *       table has a date, else none;
   *   <li>years and identifiers (a name ending in id, code, key, no, number, #…): none;
   *   <li>percents, and numbers named a rate, ratio or percent: mean;
   *   <li>the low and high ends of a range in two columns (low_x and high_x), and numbers named a
   *       level ({@link #LEVEL_WORDS}: price, guidance, headcount…): latest when the table has a
   *       date, else mean (the ends of a range: none);
   *   <li>every other number (amounts, counts, money): sum.
   * </ol>
   */
  public static List<Rollup> infer(TableProfile t) {
    List<Rollup> out = new ArrayList<>();
    boolean dated = dated(t);
    int[] pair = Planner.rangePair(t, Planner.measures(t));
    for (int i = 0; i < t.columns().size(); i++) {
      boolean end = pair != null && (i == pair[0] || i == pair[1]);
      out.add(infer(t.types().get(i), Planner.isId(t, i), end, words(t.columns().get(i)), dated));
    }
    return out;
  }

  /** The rule of {@link #infer(TableProfile)} for one column. */
  static Rollup infer(ColumnType type, boolean id, boolean rangeEnd, List<String> words,
      boolean dated) {
    if (type.kind() == ColumnType.Kind.RANGE) {
      return dated ? LATEST : NONE;
    }
    // Numbers in mixed forms ($35B beside 12%) are no one quantity.
    if (!type.kind().isNumeric() || type.kind() == ColumnType.Kind.MIXED || type.yearLike()
        || id) {
      return NONE;
    }
    if (type.kind() == ColumnType.Kind.PERCENT || words.stream().anyMatch(RATE_WORDS::contains)) {
      return MEAN;
    }
    if (rangeEnd) {
      return dated ? LATEST : NONE;
    }
    if (words.stream().anyMatch(LEVEL_WORDS::contains)) {
      return dated ? LATEST : MEAN;
    }
    return SUM;
  }

  /** The lower-case words of a column name: split at non-letters and at camelCase humps. */
  static List<String> words(String name) {
    String spaced = name.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
    List<String> out = new ArrayList<>();
    for (String w : spaced.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
