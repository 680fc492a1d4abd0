package dev.report.analyze;

import dev.report.read.ColumnType;
import dev.report.read.Value;
import java.util.Locale;

/**
 * The one rule by which records are grouped by a category, for the Summary's group totals and for
 * the charts alike, so that both show the same groups with the same totals:
 *
 * <ul>
 *   <li>a blank cell is a group of its own, {@link #BLANK}: no record is left out, and the groups
 *       of a column add up to its total;
 *   <li>texts that differ only in case are one group, shown as first written: spreadsheet criteria
 *       (COUNTIFS, SUMIFS), which recalculate the Summary, compare text ignoring case;
 *   <li>a boolean is the group of its cell's value, TRUE or FALSE, however it was written.
 * </ul>
 */
public final class Grouping {
  /** The label of the group of blank cells. */
  public static final String BLANK = "(blank)";

  /** How a group's cells are matched by a spreadsheet criterion. */
  public enum Match {
    /** Empty cells. */
    BLANK,
    /** Text cells equal to the label, ignoring case. */
    TEXT,
    /** Boolean cells of the label's value. */
    BOOLEAN
  }

  private Grouping() {}

  /** The group of {@code v}: equal for values of one group, and different otherwise. */
  public static String key(Value v) {
    if (v instanceof Value.Empty) {
      return ""; // no text of a cell is empty: an empty text is a blank cell
    }
    if (v instanceof Value.Bool b) {
      return b.value() ? "\u0000TRUE" : "\u0000FALSE";
    }
    return v.text().toLowerCase(Locale.ROOT);
  }

  /** How the group of {@code v} is shown: its text as written, TRUE, FALSE or {@link #BLANK}. */
  public static String label(Value v) {
    if (v instanceof Value.Empty) {
      return BLANK;
    }
    if (v instanceof Value.Bool b) {
      return b.value() ? "TRUE" : "FALSE";
    }
    return v.text();
  }

  /** How the group of {@code v} is matched in a spreadsheet. */
  public static Match match(Value v) {
    return v instanceof Value.Empty ? Match.BLANK
        : v instanceof Value.Bool ? Match.BOOLEAN : Match.TEXT;
  }

  /**
   * What a group shows of a measure: amounts add up, so their sum; percents do not (shares of
   * different wholes), so their mean. The charts and the Summary both follow it.
   */
  public static Aggregate.Stat statOf(ColumnType measure) {
    return measure.kind() == ColumnType.Kind.PERCENT ? Aggregate.Stat.MEAN : Aggregate.Stat.SUM;
  }
}
