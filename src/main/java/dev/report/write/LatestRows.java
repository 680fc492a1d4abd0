package dev.report.write;

import dev.report.analyze.Grouping;
import dev.report.analyze.Latest;
import dev.report.chart.Words;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import dev.report.write.xlsx.A1;
import java.util.ArrayList;
import java.util.List;

/**
 * The Summary's first-and-latest tables: per group, the first and the latest date on which the
 * level was given, its value then (the mean of the records of that date), and the change. Each
 * figure a live formula: MINIFS and MAXIFS of the dates, AVERAGEIFS on the date found.
 */
final class LatestRows {
  /** A criterion that numbers meet and text does not (numeric criteria skip text cells). */
  static final String NUMBER = "\">=-1E+307\"";

  private final Rows rows;
  private final Styles styles;

  LatestRows(Rows rows, Styles styles) {
    this.rows = rows;
    this.styles = styles;
  }

  void write(SummarySheet.Table t, Latest l) {
    TableProfile p = t.profile();
    List<String> names = new ArrayList<>();
    List<Integer> at = new ArrayList<>(); // sheet columns (0-based) of the numbers measured
    List<Integer> styleOf = new ArrayList<>();
    int first = t.at(l.valueColumns.get(0));
    if (l.rangeColumn) {
      ColumnType type = p.types().get(l.valueColumns.get(0));
      for (int i = 1; i <= 2; i++) {
        names.add(t.layout().header().get(first + i));
        at.add(first + i);
        styleOf.add(styles.cell(type.rangeEndFormat(), Styles.Mark.NONE));
      }
    } else {
      for (int c : l.valueColumns) {
        names.add(p.columns().get(c));
        at.add(t.at(c));
        styleOf.add(styles.cell(t.formats().get(c), Styles.Mark.NONE));
      }
    }
    // In words, as the title names them: "Fiscal year · kind".
    List<String> groupNames = new ArrayList<>();
    l.groupColumns.forEach(c -> groupNames.add(Words.column(p.columns().get(c))));
    rows.gap();
    rows.line(title(t, l), styles.bold);
    if (t.parts().size() != 1) {
      rows.line("Not shown: the table goes on over several sheets.", styles.subtitle);
      return;
    }
    SummarySheet.Part part = t.parts().get(0);
    // Short enough for the Summary's columns: the title names the measure; two numbers are
    // always a range's low and high ends.
    List<String> ends = names.size() == 1 ? List.of("") : List.of(" low", " high");
    List<String> head = new ArrayList<>(List.of(
        groupNames.isEmpty() ? "Group" : Words.capitalized(String.join(" · ", groupNames)),
        "Records", "First on"));
    ends.forEach(e -> head.add("First" + e));
    head.add("Latest on");
    ends.forEach(e -> head.add("Latest" + e));
    ends.forEach(e -> head.add(names.size() == 1 ? "Change" : "Change," + e));
    rows.header(head);
    String dates = part.range(t.at(l.dateColumn));
    int dateStyle = styles.cell(t.formats().get(l.dateColumn), Styles.Mark.NONE);
    int k = names.size();
    for (Latest.Group g : l.groups()) {
      StringBuilder crit = new StringBuilder();
      List<String> labels = new ArrayList<>();
      for (int j = 0; j < l.groupColumns.size(); j++) {
        Value v = g.values().get(j);
        crit.append(',').append(part.range(t.at(l.groupColumns.get(j)))).append(',')
            .append(criterion(v));
        labels.add(Grouping.label(v));
      }
      StringBuilder numbers = new StringBuilder();
      for (int c : at) {
        numbers.append(',').append(part.range(c)).append(',').append(NUMBER);
      }
      int row = rows.start();
      rows.text(0, labels.isEmpty() ? "all records" : String.join(" · ", labels), styles.text);
      rows.formula(1, crit.length() == 0 ? "ROWS(" + dates + ")"
          : "COUNTIFS(" + crit.substring(1) + ")", g.records(), styles.integer);
      if (g.dated()) {
        String which = crit + numbers.toString();
        String firstOn = "$C$" + (row + 1);
        String latestOn = "$" + A1.column(3 + k) + "$" + (row + 1);
        // MINIFS and MAXIFS came with Excel 2019: the file names them _xlfn.MINIFS, as Excel
        // writes them, else Excel and LibreOffice read an unknown name (#NAME?).
        // Cells go left to right: first date and values, latest date and values, changes.
        rows.formula(2, "_xlfn.MINIFS(" + dates + which + ")", g.firstDate(), dateStyle);
        for (int i = 0; i < k; i++) {
          rows.formula(3 + i, "AVERAGEIFS(" + part.range(at.get(i)) + "," + dates + "," + firstOn
              + which + ")", g.first(i), styleOf.get(i));
        }
        rows.formula(3 + k, "_xlfn.MAXIFS(" + dates + which + ")", g.latestDate(), dateStyle);
        for (int i = 0; i < k; i++) {
          rows.formula(4 + k + i, "AVERAGEIFS(" + part.range(at.get(i)) + "," + dates + ","
              + latestOn + which + ")", g.latest(i), styleOf.get(i));
        }
        for (int i = 0; i < k; i++) {
          String change = A1.column(4 + k + i) + (row + 1) + "-" + A1.column(3 + i) + (row + 1);
          rows.formula(4 + 2 * k + i, change, g.latest(i) - g.first(i), styleOf.get(i));
        }
      }
      rows.end();
    }
    if (l.unlisted() > 0) {
      rows.line("Not listed: " + l.unlisted() + " records of groups past the first "
          + Latest.MAX_GROUPS + ".", styles.subtitle);
    }
  }

  /**
   * The table's title, worded as the charts' are: "First and latest low to high (USD bn) by
   * fiscal year and kind"; a column's unit is report.yaml's, else its name's.
   */
  static String title(SummarySheet.Table t, Latest l) {
    List<String> measures = new ArrayList<>();
    List<String> units = new ArrayList<>();
    for (int c : l.valueColumns) {
      String name = t.profile().columns().get(c);
      String unit = t.units().get(c);
      measures.add(Words.measure(name));
      units.add(unit.isEmpty() ? Words.unit(name) : unit);
    }
    String measure;
    if (units.stream().distinct().count() == 1) {
      measure = String.join(" to ", measures) + in(units.get(0));
    } else {
      List<String> each = new ArrayList<>();
      for (int i = 0; i < measures.size(); i++) {
        each.add(measures.get(i) + in(units.get(i)));
      }
      measure = String.join(" to ", each);
    }
    List<String> groups = new ArrayList<>();
    l.groupColumns.forEach(c -> groups.add(Words.column(t.profile().columns().get(c))));
    return "First and latest " + measure + (groups.isEmpty() ? "" : " by " + Words.list(groups));
  }

  private static String in(String unit) {
    return unit.isEmpty() ? "" : " (" + unit + ")";
  }

  /** A criterion that matches the cells of the group of {@code v}: a number as a number. */
  private static String criterion(Value v) {
    if (v instanceof Value.Decimal d) {
      return Latest.literal(d.value());
    }
    return switch (Grouping.match(v)) {
      case BLANK -> "\"=\"";
      case BOOLEAN -> Grouping.label(v);
      case TEXT -> SummarySheet.criterion(Grouping.label(v));
    };
  }
}
