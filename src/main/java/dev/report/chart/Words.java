package dev.report.chart;

import dev.report.analyze.Aggregate;
import dev.report.read.TableProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Column and table names as words for chart titles and subtitles: {@code low_usd_billion} is the
 * measure "low" in "USD bn", {@code announced} is "date announced", {@code capex_guidance} is
 * "Capex guidance". Never a raw column name.
 */
public final class Words {
  private Words() {}

  private static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "jpy", "chf", "cny");
  /** Scale words of a column name and their short form in a unit. */
  private static final Map<String, String> SCALES = Map.of("billion", "bn", "billions", "bn",
      "bn", "bn", "million", "m", "millions", "m", "mn", "m", "thousand", "k", "thousands", "k");
  private static final Set<String> PERCENT = Set.of("percent", "pct");
  /** Words that already say a column holds dates. */
  private static final Set<String> DATE_WORDS = Set.of("date", "day", "time", "month", "year",
      "week", "quarter", "period", "when", "at", "on");

  /** The table's title (report.yaml's), or its file name made readable. */
  static String table(String title, TableProfile t) {
    return !title.isBlank() ? title.strip() : Charts.humanize(t.tableName().replace('-', ' '));
  }

  /** The words of a column name, lower case but for currency codes. */
  private static List<String> words(String column) {
    List<String> out = new ArrayList<>();
    for (String w : column.strip().split("[ _\\-.]+")) {
      if (!w.isEmpty()) {
        String lower = w.toLowerCase(Locale.ROOT);
        out.add(CURRENCIES.contains(lower) ? lower.toUpperCase(Locale.ROOT)
            : w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1 ? w : lower);
      }
    }
    return out;
  }

  private static boolean unitWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return CURRENCIES.contains(lower) || SCALES.containsKey(lower) || PERCENT.contains(lower);
  }

  /** What a column measures, without its unit: {@code low_usd_billion} is "low". */
  public static String measure(String column) {
    List<String> all = words(column);
    List<String> kept = all.stream().filter(w -> !unitWord(w)).toList();
    return String.join(" ", kept.isEmpty() ? all : kept);
  }

  /** The unit a column's name gives: "USD bn" of {@code low_usd_billion}, "%" of pct, or "". */
  public static String unit(String column) {
    String currency = "";
    String scale = "";
    boolean percent = false;
    for (String w : words(column)) {
      String lower = w.toLowerCase(Locale.ROOT);
      currency = CURRENCIES.contains(lower) ? w : currency;
      scale = SCALES.getOrDefault(lower, scale);
      percent |= PERCENT.contains(lower);
    }
    return percent ? "%" : (currency + " " + scale).strip();
  }

  /** A date column in words: "date announced" of {@code announced}, "fiscal year" as it is. */
  static String date(String column) {
    List<String> w = words(column);
    if (w.size() == 1 && !DATE_WORDS.contains(w.get(0)) && w.get(0).endsWith("ed")) {
      return "date " + w.get(0);
    }
    return String.join(" ", w);
  }

  /** A column in words, as it is: "fiscal year" of {@code fiscal_year}. */
  public static String column(String column) {
    return String.join(" ", words(column));
  }

  /** "a, b and c". */
  public static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  /** {@code s} with its first letter upper-case: "Fiscal year" of "fiscal year". */
  public static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "Capex guidance, USD bn", or "Capex guidance ranges" when no unit is known. */
  static String rangeTitle(String table, String unit) {
    return unit.isEmpty() ? table + " ranges" : table + ", " + unit;
  }

  /** "From low to high by date announced; one colour per fiscal year". */
  static String rangeSubtitle(TableProfile t, Aggregate.RangesByDate r) {
    String from = r.lowColumn == r.highColumn
        ? "Ranges of " + measure(Charts.col(t, r.lowColumn))
        : "From " + measure(Charts.col(t, r.lowColumn)) + " to "
            + measure(Charts.col(t, r.highColumn));
    return from + " by " + date(Charts.col(t, r.dateColumn))
        + (r.labelColumn >= 0 ? "; one colour per " + column(Charts.col(t, r.labelColumn)) : "");
  }

  /** "Sales, revenue" or "Sales, mean share, %": the table, the measures and their unit. */
  static String seriesTitle(String table, String unit, Aggregate.Stat stat, List<String> measures) {
    return table + ", " + (stat == Aggregate.Stat.MEAN ? "mean " : "") + list(measures)
        + (unit.isEmpty() ? "" : ", " + unit);
  }

  /**
   * "Partners by category" (a count), "Deals, amount by host" (a sum), "Deals, mean amount by
   * host"; stacked: "... by host and region".
   */
  static String categoryTitle(String table, Aggregate.Stat stat, String measure,
      List<String> categories) {
    String by = " by " + list(categories);
    return switch (stat) {
      case COUNT -> table + by;
      case SUM -> table + ", " + measure + by;
      case MEAN -> table + ", mean " + measure + by;
    };
  }
}
