package dev.report.write;

import dev.report.analyze.Aggregate;
import dev.report.analyze.ColumnStats;
import dev.report.analyze.Grouping;
import dev.report.analyze.Latest;
import dev.report.analyze.Rollup;
import dev.report.analyze.TableStats;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import dev.report.write.xlsx.A1;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;

/**
 * Per column statistics and group totals, every figure a live formula over the data sheets with
 * its value computed here as the cached result, so that viewers that do not recalculate show the
 * right number and Excel updates it when the data is edited.
 */
final class SummarySheet {
  static final List<String> HEADER = List.of(
      "Column", "Type", "Count", "Missing", "Distinct", "Min", "Max", "Mean", "Median", "Sum");

  /** A table's data on one sheet: rows 2 to {@code lastRow + 1} (1-based) of {@code sheet}. */
  record Part(String sheet, int lastRow) {
    /** The A1 range of column {@code col} (0-based) over this part's data rows. */
    String range(int col) {
      String c = A1.column(col);
      return A1.sheet(sheet) + "!$" + c + "$2:$" + c + "$" + Math.max(2, lastRow + 1);
    }
  }

  /**
   * What the Summary shows for one table, and where its columns are on its sheets; {@code formats}
   * per table column the Excel number format of its cells (report.yaml's or its type's),
   * {@code units} report.yaml's unit (or empty).
   */
  record Table(TableProfile profile, TableStats stats, List<Part> parts, SheetLayout layout,
      List<String> formats, List<String> units) {
    /** The sheet column (0-based) of table column {@code col}. */
    int at(int col) {
      return layout.first()[col];
    }
  }

  private final Styles styles;
  private final Rows rows;

  SummarySheet(Workbook wb, Styles styles, SheetNames names) {
    this.styles = styles;
    Sheet sheet = wb.addSheet(names.reserve("Summary"));
    this.rows = new Rows(sheet, styles);
    int[] widths = {28, 12, 10, 10, 10, 14, 14, 14, 14, 16};
    for (int i = 0; i < widths.length; i++) {
      sheet.columnWidth(i, widths[i]);
    }
    Print.setUp(sheet, "Summary", Print.HeaderRow.ONCE);
  }

  void write(List<Table> tables) {
    rows.line("Summary", styles.title);
    rows.line("Every figure is a formula over the data sheets; it updates when the data is edited.",
        styles.subtitle);
    for (Table t : tables) {
      if (t.profile().status() != TableProfile.Status.TABLE) {
        continue;
      }
      rows.gap();
      rows.line(t.profile().fileName(), styles.bold);
      rows.header(HEADER);
      for (int i = 0; i < t.profile().columns().size(); i++) {
        if (t.layout().shown(i)) {
          columnRow(t, i);
        }
      }
      for (TableStats.Groups g : t.stats().groups()) {
        if (t.layout().shown(g.categoryColumn) && t.layout().shown(g.valueColumn)) {
          groups(t, g);
        }
      }
      for (TableStats.Years y : t.stats().years()) {
        if (t.layout().shown(y.dateColumn)
            && y.valueColumns.stream().allMatch(c -> t.layout().shown(c))) {
          years(t, y);
        }
      }
      for (Latest l : t.stats().latest()) {
        if (shown(t, l)) {
          new LatestRows(rows, styles).write(t, l);
        }
      }
    }
  }

  private static boolean shown(Table t, Latest l) {
    return t.layout().shown(l.dateColumn) && l.valueColumns.stream().allMatch(t.layout()::shown)
        && l.groupColumns.stream().allMatch(t.layout()::shown);
  }

  /** The style of figures in the unit of table column {@code col}: its cells' format. */
  private int format(Table t, int col) {
    return styles.cell(t.formats().get(col), Styles.Mark.NONE);
  }

  /**
   * The style of figures derived from column {@code col} (means, medians): its format with
   * {@link Formats#DERIVED_DECIMALS} more decimals, so that a mean of 1 and 2 shows 1.50, not 2.
   */
  private int derived(Table t, int col) {
    return styles.cell(Formats.moreDecimals(t.formats().get(col), Formats.DERIVED_DECIMALS),
        Styles.Mark.NONE);
  }

  private void columnRow(Table t, int col) {
    TableProfile p = t.profile();
    ColumnType type = p.types().get(col);
    ColumnStats s = t.stats().column(col);
    rows.start();
    rows.text(0, p.columns().get(col), styles.text);
    rows.text(1, type.kind().label(), styles.text);
    if (p.records() == 0) {
      // No data rows, so no range to count over: a range of row 2 alone would be an empty cell,
      // which COUNTBLANK counts (Excel and LibreOffice recalculate 1 where 0 is right).
      rows.number(2, 0, styles.integer);
      rows.number(3, 0, styles.integer);
    } else {
      rows.formula(2, over(t, col, "COUNTA"), s.nonBlank(), styles.integer);
      rows.formula(3, sumEach(t, col, rng -> "COUNTBLANK(" + rng + ")"), s.blanks(),
          styles.integer);
    }
    // Counted only for small tables (ColumnStats.DISTINCT_ROWS): -1 otherwise.
    if (t.parts().size() == 1 && s.distinct() >= 0 && p.records() > 0) {
      String rng = t.parts().get(0).range(t.at(col));
      // Each cell's own criterion: "=" then its text with the wildcards * ? ~ escaped, so that
      // values such as "AWS*" or ">5" count as themselves.
      String own = "\"=\"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(" + rng
          + ",\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\")";
      rows.formula(4, "SUMPRODUCT((" + rng + "<>\"\")/COUNTIF(" + rng + "," + own + "))",
          s.distinct(), styles.integer);
    }
    // Numbers in mixed forms ($35B, 12%) have no minimum or mean that means anything.
    boolean numeric = type.kind().isNumeric() && type.kind() != ColumnType.Kind.MIXED;
    boolean temporal = type.kind().isTemporal();
    if ((numeric || temporal) && s.numbers() > 0) {
      int f = format(t, col);
      int d = temporal ? f : derived(t, col);
      rows.formula(5, over(t, col, "MIN"), s.min(), f);
      rows.formula(6, over(t, col, "MAX"), s.max(), f);
      // A mean or a total of years or dates means nothing; percents are averaged, not summed.
      boolean averaged = numeric && !type.yearLike();
      if (averaged) {
        rows.formula(7, over(t, col, "AVERAGE"), s.mean(), d);
      }
      if (!Double.isNaN(s.median())) {
        rows.formula(8, over(t, col, "MEDIAN"), s.median(), d);
      }
      if (averaged && t.stats().rollup(col) == Rollup.SUM) {
        rows.formula(9, over(t, col, "SUM"), s.sum(), f);
      }
    }
    rows.end();
  }

  private void groups(Table t, TableStats.Groups g) {
    TableProfile p = t.profile();
    String measure = p.columns().get(g.valueColumn);
    String category = p.columns().get(g.categoryColumn);
    boolean mean = g.stat() == Aggregate.Stat.MEAN;
    rows.gap();
    rows.line(measure + " by " + category, styles.bold);
    rows.header(List.of(category, "Records", g.stat().label() + " of " + measure));
    int f = mean ? derived(t, g.valueColumn) : format(t, g.valueColumn);
    int first = rows.next();
    for (TableStats.Group group : g.sorted()) {
      rows.start();
      rows.text(0, group.label(), styles.text);
      String crit = criterion(group);
      rows.formula(1, sumEach(t, g.categoryColumn,
          part -> "COUNTIFS(" + part + "," + crit + ")"), group.count(), styles.integer);
      String sums = sumParts(t, part -> "SUMIFS(" + part.range(t.at(g.valueColumn)) + ","
          + part.range(t.at(g.categoryColumn)) + "," + crit + ")");
      if (!mean) {
        rows.formula(2, sums, group.sum(), f);
      } else if (group.numbers() > 0) {
        rows.formula(2, mean(t, g.valueColumn,
            part -> "," + part.range(t.at(g.categoryColumn)) + "," + crit),
            group.sum() / group.numbers(), f);
      }
      rows.end();
    }
    TableStats.Group other = g.other();
    if (other != null && !mean) {
      // Values past the groups kept: the column less the groups above, so that all add up.
      String above = rows.next() > first ? "-SUM(%1$s" + (first + 1) + ":%1$s" + rows.next() + ")"
          : "";
      rows.start();
      rows.text(0, Aggregate.OTHER, styles.text);
      rows.formula(1, sumEach(t, g.categoryColumn, rng -> "ROWS(" + rng + ")")
          + above.formatted("B"), other.count(), styles.integer);
      rows.formula(2, over(t, g.valueColumn, "SUM") + above.formatted("C"), other.sum(), f);
      rows.end();
    }
  }

  private void years(Table t, TableStats.Years y) {
    TableProfile p = t.profile();
    String date = p.columns().get(y.dateColumn);
    rows.gap();
    rows.line("By year of " + date, styles.bold);
    List<String> head = new ArrayList<>(List.of("Year", "Records"));
    for (int c : y.valueColumns) {
      head.add((t.stats().rollup(c) == Rollup.SUM ? Aggregate.Stat.SUM : Aggregate.Stat.MEAN)
          .label() + " of " + p.columns().get(c));
    }
    rows.header(head);
    int first = rows.next();
    for (Map.Entry<Integer, TableStats.Group[]> e : y.byYear().entrySet()) {
      int year = e.getKey();
      String from = "\">=\"&DATE(" + year + ",1,1)";
      String to = "\"<\"&DATE(" + (year + 1) + ",1,1)";
      rows.start();
      rows.number(0, year, styles.cell("0", Styles.Mark.NONE));
      rows.formula(1, sumParts(t, part -> "COUNTIFS(" + part.range(t.at(y.dateColumn)) + "," + from + ","
          + part.range(t.at(y.dateColumn)) + "," + to + ")"), e.getValue()[0].count(), styles.integer);
      for (int i = 0; i < y.valueColumns.size(); i++) {
        int vc = y.valueColumns.get(i);
        TableStats.Group g = e.getValue()[i];
        String dates = ",%1$s," + from + ",%1$s," + to; // the year's criteria, over a part
        String sums = sumParts(t, part -> "SUMIFS(" + part.range(t.at(vc))
            + dates.formatted(part.range(t.at(y.dateColumn))) + ")");
        if (t.stats().rollup(vc) == Rollup.SUM) {
          rows.formula(2 + i, sums, g.sum(), format(t, vc));
        } else if (g.numbers() > 0) {
          rows.formula(2 + i, mean(t, vc, part -> dates.formatted(part.range(t.at(y.dateColumn)))),
              g.sum() / g.numbers(), derived(t, vc));
        }
      }
      rows.end();
    }
    TableStats.Group[] undated = y.undated();
    if (undated != null) {
      // Records whose date is blank or not a date: the column less the years above (no
      // criterion tells a date from another number), so that the years add up to the column.
      String above = rows.next() > first ? "-SUM(%1$s" + (first + 1) + ":%1$s" + rows.next() + ")"
          : "";
      rows.start();
      rows.text(0, TableStats.Years.UNDATED, styles.text);
      rows.formula(1, sumEach(t, y.dateColumn, rng -> "ROWS(" + rng + ")")
          + above.formatted("B"), undated[0].count(), styles.integer);
      for (int i = 0; i < y.valueColumns.size(); i++) {
        int vc = y.valueColumns.get(i);
        if (t.stats().rollup(vc) == Rollup.SUM) {
          rows.formula(2 + i, over(t, vc, "SUM") + above.formatted(A1.column(2 + i)),
              undated[i].sum(), format(t, vc));
        }
      }
      rows.end();
    }
  }

  /**
   * The mean of the numbers of column {@code col} in the records that meet {@code criteria} (per
   * part, ",range,criterion" pairs as the *IFS functions take them): AVERAGEIFS over one sheet;
   * over several, their sums over their count of numbers (numeric criteria match numbers only).
   */
  private static String mean(Table t, int col, Function<Part, String> criteria) {
    if (t.parts().size() == 1) {
      Part part = t.parts().get(0);
      return "AVERAGEIFS(" + part.range(t.at(col)) + criteria.apply(part) + ")";
    }
    String sums = sumParts(t, part -> "SUMIFS(" + part.range(t.at(col)) + criteria.apply(part)
        + ")");
    String counts = sumParts(t, part -> "COUNTIFS(" + part.range(t.at(col)) + ",\">=0\""
        + criteria.apply(part) + ")+COUNTIFS(" + part.range(t.at(col)) + ",\"<0\""
        + criteria.apply(part) + ")");
    return "(" + sums + ")/(" + counts + ")";
  }

  /** A criterion that matches exactly the cells of {@code group}, as {@link Grouping} groups them. */
  static String criterion(TableStats.Group group) {
    return switch (group.match()) {
      case BLANK -> "\"=\""; // empty cells only
      case BOOLEAN -> group.label(); // TRUE or FALSE: the boolean, not a text
      case TEXT -> criterion(group.label());
    };
  }

  /**
   * A criterion that matches exactly {@code value}: "=" then the text with the criteria
   * wildcards {@code * ? ~} escaped by {@code ~}; comparison ignores case, as our groups do.
   */
  static String criterion(String value) {
    String escaped = value.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    return "\"=" + escaped.replace("\"", "\"\"") + "\"";
  }

  /** SUM over every part of table column {@code col}. */
  static String sumOf(Table t, int col) {
    return over(t, col, "SUM");
  }

  /** FN(range1, range2, ...) over every part of the table. */
  static String over(Table t, int col, String fn) {
    List<String> ranges = new ArrayList<>();
    for (Part part : t.parts()) {
      ranges.add(part.range(t.at(col)));
    }
    return fn + "(" + String.join(",", ranges) + ")";
  }

  static String sumEach(Table t, int col, Function<String, String> f) {
    return sumParts(t, part -> f.apply(part.range(t.at(col))));
  }

  /** f(part1)+f(part2)+...: for functions that take one range only. */
  static String sumParts(Table t, Function<Part, String> f) {
    List<String> terms = new ArrayList<>();
    for (Part part : t.parts()) {
      terms.add(f.apply(part));
    }
    return String.join("+", terms);
  }
}
