package dev.report.write;

import dev.report.analyze.Aggregate;
import dev.report.chart.NativeForm;
import dev.report.chart.WorkbookCharts;
import dev.report.check.CellText;
import dev.report.read.ColumnProfile;
import dev.report.read.TableProfile;
import java.util.List;
import dev.report.write.xlsx.A1;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;

/** The first sheet: title, when and from what, one row per input, then the charts in a grid. */
final class OverviewSheet {
  static final List<String> HEADER =
      List.of("File", "Rows", "Columns", "Encoding", "Delimiter", "Errors", "Warnings", "Sheet",
          "Issues");
  /** Column widths in characters; the chart grid is laid out on them. */
  private static final int[] WIDTHS = {28, 10, 10, 16, 10, 10, 10, 28, 10, 10, 10, 10, 10, 10, 10, 10};
  /** Charts are shown at this size in the sheet, in pixels (the PNG has more). */
  static final int CHART_W = 600;
  private static final int ROW_PX = 20;
  private static final int GAP_PX = 20;

  /** EMU (the drawing unit) per pixel at 96 dpi. */
  private static final long EMU_PER_PX = 9_525;

  private final Workbook wb;
  private final SheetNames names;
  private final Sheet sheet;
  private final Styles styles;
  private final Rows rows;
  private final ChartDataSheet chartData;
  private final WorkbookCharts mode;

  OverviewSheet(Workbook wb, Styles styles, SheetNames names, ChartDataSheet chartData,
      WorkbookCharts mode) {
    this.wb = wb;
    this.chartData = chartData;
    this.mode = mode;
    this.names = names;
    this.styles = styles;
    this.sheet = wb.addSheet(names.reserve("Overview"));
    this.rows = new Rows(sheet, styles);
    Print.setUp(sheet, "Overview", Print.HeaderRow.ONCE);
    for (int i = 0; i < WIDTHS.length; i++) {
      sheet.columnWidth(i, WIDTHS[i]);
    }
  }

  void write(String title, String subtitle, List<TableRow> tables, List<TableProfile> profiles,
      List<SummarySheet.Table> summaries, List<Chart> charts) {
    rows.line(title, styles.title);
    rows.line(subtitle, styles.subtitle);
    rows.gap();
    rows.line("Inputs", styles.bold);
    rows.header(HEADER);
    for (TableRow t : tables) {
      int r = rows.start();
      rows.text(0, t.file(), styles.text);
      rows.number(1, t.rows());
      rows.number(2, t.columns());
      rows.text(3, t.encoding(), styles.text);
      rows.text(4, t.delimiter(), styles.text);
      rows.number(5, t.errors());
      rows.number(6, t.warnings());
      if (!t.sheet().isEmpty()) {
        rows.text(7, t.sheet(), styles.link);
        sheet.internalLink(r, 7, A1.sheet(t.sheet()) + "!A1");
      }
      if (!t.issuesAt().isEmpty()) {
        rows.text(8, "first issue", styles.link);
        sheet.internalLink(r, 8, t.issuesAt());
      }
      rows.end();
    }
    changes();
    keyFigures(summaries);
    missingValues(profiles);
    if (charts.isEmpty()) {
      return;
    }
    rows.gap();
    rows.line("Charts", styles.bold);
    charts = shown(charts);
    if (charts.size() <= MAX_ON_OVERVIEW) {
      placeCharts(sheet, rows.next(), charts);
      return;
    }
    Sheet all = wb.addSheet(names.reserve("Charts"));
    for (int i = 0; i < WIDTHS.length; i++) {
      all.columnWidth(i, WIDTHS[i]);
    }
    Print.setUp(all, "Charts", Print.HeaderRow.ONCE);
    all.startRow(0);
    Cells.text(all, 0, "Charts", styles.title);
    all.endRow();
    placeCharts(all, 2, charts);
    int r = rows.start();
    rows.text(0, charts.size() + " charts, on the Charts sheet", styles.link);
    rows.end();
    sheet.internalLink(r, 0, "'Charts'!A1");
  }

  /** Per table what changed since the earlier report, and the Changes sheet's name (issue 17). */
  private List<String> changeLines = List.of();
  private String changesSheet = "";

  void changes(List<String> lines, String sheetName) {
    this.changeLines = List.copyOf(lines);
    this.changesSheet = sheetName;
  }

  /** A line per table that links to the Changes sheet. */
  private void changes() {
    if (changeLines.isEmpty()) {
      return;
    }
    rows.gap();
    rows.line("Changes since the earlier report", styles.bold);
    for (String line : changeLines) {
      int r = rows.start();
      rows.text(0, line, styles.link);
      rows.end();
      sheet.internalLink(r, 0, A1.sheet(changesSheet) + "!A1");
    }
  }

  /** More charts than this go on a sheet of their own. */
  static final int MAX_ON_OVERVIEW = 6;

  /** The total of every money column summed (one written with a currency), as a live formula. */
  private void keyFigures(List<SummarySheet.Table> summaries) {
    boolean any = false;
    for (SummarySheet.Table t : summaries) {
      TableProfile p = t.profile();
      for (int i = 0; i < p.columns().size(); i++) {
        // Money that adds up: not a price or a balance (report.yaml's aggregate may say so).
        if (p.types().get(i).kind() != dev.report.read.ColumnType.Kind.CURRENCY
            || t.stats().rollup(i) != dev.report.analyze.Rollup.SUM || !t.layout().shown(i)) {
          continue;
        }
        if (!any) {
          rows.gap();
          rows.line("Key figures", styles.bold);
          rows.header(List.of("Figure", "Value", "File"));
          any = true;
        }
        rows.start();
        rows.text(0, "Total " + p.columns().get(i), styles.text);
        rows.formula(1, SummarySheet.sumOf(t, i), t.stats().column(i).sum(),
            styles.cell(p.types().get(i).excelFormat(), Styles.Mark.NONE));
        rows.text(2, p.fileName(), styles.text);
        rows.end();
      }
    }
  }

  /** Columns with empty values, and how those were written (empty, n/a, n/d, ...). */
  private void missingValues(List<TableProfile> profiles) {
    rows.gap();
    rows.line("Missing values", styles.bold);
    int before = rows.next();
    for (TableProfile t : profiles) {
      for (int i = 0; i < t.columns().size(); i++) {
        ColumnProfile p = t.profiles().get(i);
        if (p.missing() == 0) {
          continue;
        }
        if (rows.next() == before) {
          rows.header(List.of("File", "Column", "Missing", "Written as"));
        }
        rows.start();
        rows.text(0, t.fileName(), styles.text);
        rows.text(1, t.columns().get(i), styles.text);
        rows.number(2, p.missing());
        List<String> forms = p.missingForms().stream()
            .map(f -> f.isEmpty() ? "(empty)" : f).toList();
        rows.text(3, String.join(", ", forms), styles.text);
        rows.end();
      }
    }
    if (rows.next() == before) {
      rows.line("No value is missing.", styles.text);
    }
  }

  /**
   * What goes into the workbook for each chart, in the grid's order: its native form, its
   * picture, or both side by side ({@link WorkbookCharts}).
   */
  private List<Chart> shown(List<Chart> charts) {
    List<Chart> out = new java.util.ArrayList<>();
    for (Chart c : charts) {
      Chart picture = c.withForm(null);
      if (c.form() == null || mode == WorkbookCharts.PICTURE) {
        out.add(picture);
      } else {
        out.add(c);
        if (mode == WorkbookCharts.BOTH) {
          out.add(picture);
        }
      }
    }
    return out;
  }

  /**
   * A chart's PNG, its title (alternative text), its layout size in points and the file name of
   * its PNG in {@code charts/}; its native form (null: a picture only), the aggregate it was drawn
   * from and the name of its table.
   */
  record Chart(byte[] png, String title, int width, int height, String fileName, NativeForm form,
      Aggregate source, String table) {
    Chart withForm(NativeForm f) {
      return new Chart(png, title, width, height, fileName, f, source, table);
    }

    /** Height shown in the sheet for the grid's width, keeping the aspect ratio. */
    int shownHeight() {
      return Math.round((float) CHART_W * height / width);
    }
  }

  /**
   * Printable size of a landscape A4 page (11.69 × 8.27 in) less the default margins (0.7 in
   * left and right, 0.75 in top and bottom), in pixels at 96 dpi.
   */
  private static final double PAGE_W_PX = (11.69 - 2 * 0.7) * 96;
  private static final double PAGE_H_PX = (8.27 - 2 * 0.75) * 96;
  /** Share of a page's height filled with charts: room for the spreadsheet's rounding. */
  private static final double PAGE_FILL = 0.9;

  /**
   * Sheet pixels that print on one page, the sheet fitted to one page wide: the charts' grid
   * (two charts and a gap) reaches to the end of its last column.
   */
  static double pageHeightPx() {
    int[] end = cellAt(2 * CHART_W + GAP_PX);
    int width = 0;
    for (int c = 0; c <= end[0]; c++) {
      width += columnPx(c);
    }
    double scale = Math.min(1, PAGE_W_PX / width);
    return PAGE_H_PX / scale * PAGE_FILL;
  }

  /**
   * Two charts per row; each anchored by pixels so it keeps its aspect ratio. A row of charts
   * that would cross the end of a printed page starts the next one (a page break above it).
   */
  private void placeCharts(Sheet target, int firstRow, List<Chart> charts) {
    int y = firstRow * ROW_PX;
    double page = pageHeightPx();
    int pageStart = 0;
    for (int i = 0; i < charts.size(); i++) {
      int x = (i % 2) * (CHART_W + GAP_PX);
      if (i > 0 && i % 2 == 0) {
        // The next pair starts under the taller of the two before it.
        y += Math.max(charts.get(i - 2).shownHeight(), charts.get(i - 1).shownHeight()) + GAP_PX;
      }
      if (i % 2 == 0) {
        int bottom = y + Math.max(charts.get(i).shownHeight(),
            i + 1 < charts.size() ? charts.get(i + 1).shownHeight() : 0);
        int top = y / ROW_PX;
        if (bottom - pageStart * ROW_PX > page && top > pageStart) {
          target.rowBreak(top - 1);
          pageStart = top;
        }
      }
      // A title made from the data may hold characters XML cannot: the alternative text drops them.
      String alt = CellText.clean(charts.get(i).title());
      Chart c = charts.get(i);
      Sheet.Anchor at = anchor(x, y, CHART_W, c.shownHeight());
      if (c.form() != null) {
        NativeCharts.draw(target, alt, at, chartData.add(c.form(), c.source(), c.table()));
      } else {
        target.picture(c.png(), alt, alt, at);
      }
    }
  }

  private static Sheet.Anchor anchor(int x, int y, int w, int h) {
    int[] from = cellAt(x);
    int[] to = cellAt(x + w);
    return new Sheet.Anchor(from[0], from[1] * EMU_PER_PX, y / ROW_PX, (y % ROW_PX) * EMU_PER_PX,
        to[0], to[1] * EMU_PER_PX, (y + h) / ROW_PX, ((y + h) % ROW_PX) * EMU_PER_PX,
        x * EMU_PER_PX, y * EMU_PER_PX, w * EMU_PER_PX, h * EMU_PER_PX);
  }

  /** {column, pixels into it} for a pixel offset from the sheet's left edge. */
  private static int[] cellAt(int px) {
    int col = 0;
    int left = px;
    while (true) {
      int w = columnPx(col);
      if (left < w) {
        return new int[] {col, left};
      }
      left -= w;
      col++;
    }
  }

  /** Excel's pixel width of a column set to {@code WIDTHS[col]} characters (7-pixel digits). */
  private static int columnPx(int col) {
    int chars = col < WIDTHS.length ? WIDTHS[col] : 8;
    return chars * 7 + 5;
  }
}
