package dev.report.analyze;

import dev.report.read.ColumnProfile;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses, from a table's profile, the aggregates worth a chart, most informative first, before
 * the second pass gathers them. Never an ID column, never a column that is mostly missing.
 */
public final class Planner {
  /** Most charts per table. */
  static final int MAX_PER_TABLE = 4;
  /** Most distinct values for a text column to count as categories. */
  static final int MAX_CATEGORIES = 30;
  /** Most value columns drawn on one time series chart. */
  static final int MAX_SERIES = 3;

  private static final Pattern ID_NAME =
      Pattern.compile("(?i)(^|[ _-])(id|identifier|key|no|nr|number|num|code|#|index)$|^id[ _-]");
  private static final String[][] RANGE_WORDS = {
      {"low", "high"}, {"min", "max"}, {"minimum", "maximum"}, {"from", "to"}, {"bas", "haut"},
      {"lower", "upper"}, {"start", "end"}};

  private Planner() {}

  public static List<Aggregate> plan(TableProfile t) {
    List<Aggregate> plans = new ArrayList<>();
    if (t.status() != TableProfile.Status.TABLE || t.records() == 0) {
      return plans;
    }
    int date = firstDate(t);
    List<Integer> measures = measures(t);
    int[] range = rangeColumn(t);
    if (range == null) {
      range = rangePair(t, measures);
    }
    List<Integer> categories = categories(t);
    if (date >= 0 && range != null) {
      int label = rangeLabel(t, categories);
      plans.add(new Aggregate.RangesByDate(date, range[0], range[1], label,
          kindColumn(t, categories, label)));
      measures.remove(Integer.valueOf(range[0]));
      measures.remove(Integer.valueOf(range[1]));
    }
    // Amounts add up over a period; rates and levels (a price, a headcount) do not, so they are
    // averaged, as the Summary does (Rollup).
    List<Rollup> rollups = Rollup.infer(t);
    List<Integer> additive = new ArrayList<>();
    List<Integer> percents = new ArrayList<>();
    for (int m : measures) {
      (stat(t, rollups, m) == Aggregate.Stat.MEAN ? percents : additive).add(m);
    }
    if (date >= 0 && !additive.isEmpty()) {
      plans.add(new Aggregate.SeriesByDate(date,
          additive.subList(0, Math.min(MAX_SERIES, additive.size())), Aggregate.Stat.SUM));
    } else if (date >= 0 && !percents.isEmpty()) {
      plans.add(new Aggregate.SeriesByDate(date,
          percents.subList(0, Math.min(MAX_SERIES, percents.size())), Aggregate.Stat.MEAN));
    }
    // No date but a column of years (2019, 2020...): the first measure per year, in year order.
    int years = date < 0 ? yearColumn(t) : -1;
    if (years >= 0 && !measures.isEmpty()) {
      plans.add(new Aggregate.ByCategory(years, measures.get(0), stat(t, rollups, measures.get(0))));
    }
    if (!measures.isEmpty() && !categories.isEmpty()) {
      int m = measures.get(0);
      Aggregate.Stat stat = stat(t, rollups, m);
      plans.add(new Aggregate.ByCategory(categories.get(0), m, stat));
      // Stacked segments add up to their bar: means of percents do not, so they are not stacked.
      if (categories.size() > 1 && stat == Aggregate.Stat.SUM) {
        plans.add(new Aggregate.ByTwoCategories(categories.get(0), categories.get(1), m));
      }
      for (int c : categories.subList(1, categories.size())) {
        plans.add(new Aggregate.ByCategory(c, m, stat));
      }
    } else if (date < 0 && !categories.isEmpty()) {
      plans.add(new Aggregate.ByCategory(categories.get(0), -1));
      if (categories.size() > 1) {
        plans.add(new Aggregate.ByTwoCategories(categories.get(0), categories.get(1), -1));
      }
    }
    if (date >= 0 && range == null && measures.isEmpty()) {
      int label = labelColumn(t, date);
      if (label >= 0) {
        plans.add(new Aggregate.Events(date, label));
      }
    }
    return plans.size() > MAX_PER_TABLE ? new ArrayList<>(plans.subList(0, MAX_PER_TABLE)) : plans;
  }

  /** How measure {@code m} is charted: summed where the Summary sums it, else averaged. */
  private static Aggregate.Stat stat(TableProfile t, List<Rollup> rollups, int m) {
    return rollups.get(m) == Rollup.SUM ? Grouping.statOf(t.types().get(m)) : Aggregate.Stat.MEAN;
  }

  private static boolean mostlyPresent(ColumnProfile p) {
    return p.values() > 0 && p.values() >= p.missing();
  }

  static int firstDate(TableProfile t) {
    for (int i = 0; i < t.types().size(); i++) {
      if (t.types().get(i).kind().isTemporal() && mostlyPresent(t.profiles().get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Numeric columns that measure something: not IDs, not years, mostly present. */
  static List<Integer> measures(TableProfile t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.types().size(); i++) {
      ColumnType type = t.types().get(i);
      ColumnProfile p = t.profiles().get(i);
      // Numbers in mixed forms ($, %, plain) are no one quantity to add up or chart.
      if (type.kind().isNumeric() && type.kind() != ColumnType.Kind.MIXED && !type.yearLike()
          && mostlyPresent(p) && !isId(t, i)) {
        out.add(i);
      }
    }
    return out;
  }

  static boolean isId(TableProfile t, int column) {
    String name = t.columns().get(column).strip();
    if (ID_NAME.matcher(name).find()) {
      return true;
    }
    ColumnProfile p = t.profiles().get(column);
    // A whole-number column whose values are all different, with no repeats, identifies rows.
    return t.types().get(column).kind() == ColumnType.Kind.INTEGER && p.distinctCount() < 0
        && p.values() == t.records() && name.toLowerCase(Locale.ROOT).contains("id");
  }

  /** A column of ranges such as 60-80, as {column, column}, or null. */
  private static int[] rangeColumn(TableProfile t) {
    for (int i = 0; i < t.types().size(); i++) {
      if (t.types().get(i).kind() == ColumnType.Kind.RANGE && mostlyPresent(t.profiles().get(i))) {
        return new int[] {i, i};
      }
    }
    return null;
  }

  /** Two measures named like low/high (min/max, ...) with the rest of the name the same. */
  static int[] rangePair(TableProfile t, List<Integer> measures) {
    for (int lo : measures) {
      String loName = t.columns().get(lo).toLowerCase(Locale.ROOT);
      for (String[] words : RANGE_WORDS) {
        for (String token : tokens(loName)) {
          if (!token.equals(words[0])) {
            continue;
          }
          String wanted = loName.replaceFirst("(?<![a-z])" + words[0] + "(?![a-z])", words[1]);
          for (int hi : measures) {
            if (hi != lo && t.columns().get(hi).toLowerCase(Locale.ROOT).equals(wanted)) {
              return new int[] {lo, hi};
            }
          }
        }
      }
    }
    return null;
  }

  private static String[] tokens(String name) {
    return name.split("[^a-z]+");
  }

  /** Share of a column's values that may be distinct for it to count as categories. */
  static final double MAX_DISTINCT_SHARE = 0.6;

  /** Text columns with a few values that repeat. */
  static List<Integer> categories(TableProfile t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.types().size(); i++) {
      ColumnType type = t.types().get(i);
      ColumnProfile p = t.profiles().get(i);
      int distinct = p.distinctCount();
      boolean text = type.kind() == ColumnType.Kind.TEXT || type.kind() == ColumnType.Kind.BOOLEAN;
      if (text && mostlyPresent(p) && distinct >= 2 && distinct <= MAX_CATEGORIES
          && distinct < p.values() && distinct <= p.values() * MAX_DISTINCT_SHARE + 1
          && !isId(t, i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** A column of 2 to {@link #MAX_CATEGORIES} years, mostly present, or -1. */
  static int yearColumn(TableProfile t) {
    for (int i = 0; i < t.types().size(); i++) {
      int distinct = t.profiles().get(i).distinctCount();
      if (t.types().get(i).yearLike() && distinct >= 2 && distinct <= MAX_CATEGORIES
          && mostlyPresent(t.profiles().get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** What groups ranges: a column of a few years (fiscal year), else the first category, else -1. */
  private static int rangeLabel(TableProfile t, List<Integer> categories) {
    for (int i = 0; i < t.types().size(); i++) {
      ColumnType type = t.types().get(i);
      int distinct = t.profiles().get(i).distinctCount();
      if (type.yearLike() && distinct >= 1 && distinct <= MAX_CATEGORIES) {
        return i;
      }
    }
    return categories.isEmpty() ? -1 : categories.get(0);
  }

  /** Names of a column that says what kind of record a row is, alone or at the end of a name. */
  private static final Pattern KIND_NAME =
      Pattern.compile("(?i)(^|[ _-])(kind|type|status|basis|stage|nature)$");

  /**
   * The column that marks a minority kind of record among ranges (the one {@code actual} among
   * {@code guidance}), or -1: a category other than {@code label}, named like a kind of record
   * ({@link #KIND_NAME}), of 2 or 3 values whose most common one is at least two thirds of the
   * records that have one.
   */
  static int kindColumn(TableProfile t, List<Integer> categories, int label) {
    for (int c : categories) {
      java.util.Map<String, Integer> counts = t.profiles().get(c).distinctValues();
      if (c == label || !KIND_NAME.matcher(t.columns().get(c).strip()).find()
          || counts.size() < 2 || counts.size() > 3) {
        continue;
      }
      long all = counts.values().stream().mapToLong(Integer::longValue).sum();
      long most = counts.values().stream().mapToLong(Integer::longValue).max().orElse(0);
      if (most * 3 >= all * 2) {
        return c;
      }
    }
    return -1;
  }

  /** The text column that labels dated events: the first text column whose values mostly differ. */
  private static int labelColumn(TableProfile t, int date) {
    for (int i = 0; i < t.types().size(); i++) {
      ColumnProfile p = t.profiles().get(i);
      if (i == date || t.types().get(i).kind() != ColumnType.Kind.TEXT || !mostlyPresent(p)) {
        continue;
      }
      int distinct = p.distinctCount();
      if (distinct < 0 || distinct * 10L >= p.values() * 8L) {
        return i;
      }
    }
    return -1;
  }
}
