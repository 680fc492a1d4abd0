package dev.report.write;

import dev.report.analyze.Aggregate;
import dev.report.analyze.Grouping;
import dev.report.chart.NativeForm;
import dev.report.write.xlsx.A1;
import dev.report.write.xlsx.Workbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last sheet, {@code Chart data}: per native chart a small block of the figures it draws
 * (categories down column A, one column per series), which the chart's series refer to. Blocks
 * are laid out as the charts are placed and written once the other sheets are.
 */
final class ChartDataSheet {
  static final String NAME = "Chart data";
  /** Rows of the sheet's title and note, and the gap under them. */
  private static final int FIRST_BLOCK = 3;

  /**
   * One chart's block. Rows are 0-based: its title, then its header, then one row per category.
   *
   * @param source the aggregate it was drawn from, for live formulas, or null
   * @param table the name of the table it was drawn from
   */
  record Block(String sheet, NativeForm form, Aggregate source, String table, int titleRow) {
    int headerRow() {
      return titleRow + 1;
    }

    int firstRow() {
      return titleRow + 2;
    }

    int lastRow() {
      return firstRow() + form.categories().size() - 1;
    }

    /** The absolute A1 reference of column {@code col}'s rows of this block. */
    String range(int col) {
      String c = A1.column(col);
      return A1.sheet(sheet) + "!$" + c + "$" + (firstRow() + 1) + ":$" + c + "$" + (lastRow() + 1);
    }

    /** The column of series {@code i}, then the markers after the series. */
    int seriesColumn(int i) {
      return 1 + i;
    }
  }

  private final SheetNames names;
  private final List<Block> blocks = new ArrayList<>();
  private String name;
  private int next = FIRST_BLOCK;

  ChartDataSheet(SheetNames names) {
    this.names = names;
  }

  /** Lays out the block of a chart; the sheet's name is reserved with the first. */
  Block add(NativeForm form, Aggregate source, String table) {
    if (name == null) {
      name = names.reserve(NAME);
    }
    Block b = new Block(name, form, source, table, next + 1);
    blocks.add(b);
    next = b.lastRow() + 1;
    return b;
  }

  /** Writes the blocks, if any, on a sheet of their own after every other. */
  void write(Workbook wb, Styles styles, List<SummarySheet.Table> tables) {
    if (blocks.isEmpty()) {
      return;
    }
    var sheet = wb.addSheet(name);
    sheet.columnWidth(0, 28);
    for (int i = 1; i < 10; i++) {
      sheet.columnWidth(i, 16);
    }
    Print.setUp(sheet, NAME, Print.HeaderRow.ONCE);
    Rows rows = new Rows(sheet, styles);
    rows.line(NAME, styles.title);
    rows.line("The figures the workbook's charts draw. Sums and counts by category are formulas"
        + " over the data sheets; the others are the values drawn.", styles.subtitle);
    for (Block b : blocks) {
      while (rows.next() < b.titleRow()) {
        rows.gap();
      }
      rows.line(b.form().title(), styles.bold);
      List<String> header = new ArrayList<>();
      header.add(b.form().categoryTitle().isEmpty() ? "Category" : b.form().categoryTitle());
      b.form().series().forEach(s -> header.add(s.name()));
      b.form().markers().forEach(s -> header.add(s.name()));
      rows.header(header);
      Optional<Live> live = live(b, tables);
      int value = styles.cell(b.form().valueFormat().contains("%") ? "0.0%" : "#,##0.00",
          Styles.Mark.NONE);
      int count = styles.integer;
      boolean counts = b.source() instanceof Aggregate.ByCategory c
          && c.stat == Aggregate.Stat.COUNT
          || b.source() instanceof Aggregate.ByTwoCategories t && t.valueColumn < 0;
      for (int k = 0; k < b.form().categories().size(); k++) {
        rows.start();
        String category = b.form().categories().get(k);
        rows.text(0, category, styles.text);
        List<NativeForm.Series> all = new ArrayList<>(b.form().series());
        all.addAll(b.form().markers());
        for (int s = 0; s < all.size(); s++) {
          double v = all.get(s).values()[k];
          if (Double.isNaN(v)) {
            continue;
          }
          int style = counts ? count : value;
          if (live.isPresent() && s == 0) {
            String f = live.get().formula(category, k == 0 ? null
                : "SUM(" + A1.column(1) + (b.firstRow() + 1) + ":" + A1.column(1) + (b.firstRow() + k)
                    + ")");
            if (f != null) {
              rows.formula(1, f, v, style);
              continue;
            }
          }
          rows.number(b.seriesColumn(s), v, style);
        }
        rows.end();
      }
    }
  }

  /** The live formulas of a bar chart of one category: COUNTIFS or SUMIFS per bar. */
  private record Live(SummarySheet.Table table, Aggregate.ByCategory c) {
    /** The formula of a bar, or null when only its value can be given; {@code above} sums the bars before. */
    String formula(String category, String above) {
      if (category.equals(Aggregate.OTHER)) {
        // The rest: the whole column less the bars above, so that all add up.
        String all = c.stat == Aggregate.Stat.COUNT
            ? SummarySheet.sumEach(table, c.categoryColumn, r -> "ROWS(" + r + ")")
            : SummarySheet.over(table, c.valueColumn, "SUM");
        return above == null ? all : all + "-" + above;
      }
      if (category.equals("TRUE") || category.equals("FALSE")) {
        return null; // a boolean or a text: the chart's label does not say
      }
      String crit = category.equals(Grouping.BLANK) ? "\"=\"" : SummarySheet.criterion(category);
      return c.stat == Aggregate.Stat.COUNT
          ? SummarySheet.sumEach(table, c.categoryColumn, r -> "COUNTIFS(" + r + "," + crit + ")")
          : SummarySheet.sumParts(table, p -> "SUMIFS(" + p.range(table.at(c.valueColumn)) + ","
              + p.range(table.at(c.categoryColumn)) + "," + crit + ")");
    }
  }

  /** Live formulas for a block drawn from sums or counts by one category of a written table. */
  private static Optional<Live> live(Block b, List<SummarySheet.Table> tables) {
    if (!(b.source() instanceof Aggregate.ByCategory c) || c.stat == Aggregate.Stat.MEAN
        || b.form().series().size() != 1) {
      return Optional.empty();
    }
    return tables.stream()
        .filter(t -> t.profile().tableName().equals(b.table()) && !t.parts().isEmpty()
            && t.layout().shown(c.categoryColumn)
            && (c.valueColumn < 0 || t.layout().shown(c.valueColumn)))
        .findFirst().map(t -> new Live(t, c));
  }
}
