package dev.report.write;

import dev.report.check.CellText;
import dev.report.read.ColumnProfile;
import dev.report.read.TableProfile;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.streaming.SXSSFPicture;

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

  private final SXSSFWorkbook wb;
  private final SheetNames names;
  private final SXSSFSheet sheet;
  private final Styles styles;
  private int next;

  OverviewSheet(SXSSFWorkbook wb, Styles styles, SheetNames names) {
    this.wb = wb;
    this.names = names;
    this.styles = styles;
    this.sheet = wb.createSheet(names.reserve("Overview"));
    Print.setUp(sheet, "Overview", Print.HeaderRow.ONCE);
    for (int i = 0; i < WIDTHS.length; i++) {
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
  }

  void write(String title, String subtitle, List<TableRow> tables, List<TableProfile> profiles,
      List<SummarySheet.Table> summaries, List<Chart> charts) {
    text(sheet.createRow(next++), 0, title, styles.title);
    text(sheet.createRow(next++), 0, subtitle, styles.subtitle);
    next++;
    text(sheet.createRow(next++), 0, "Inputs", styles.bold);
    Row header = sheet.createRow(next++);
    for (int i = 0; i < HEADER.size(); i++) {
      text(header, i, HEADER.get(i), styles.header);
    }
    for (TableRow t : tables) {
      Row r = sheet.createRow(next++);
      text(r, 0, t.file(), styles.text);
      number(r, 1, t.rows());
      number(r, 2, t.columns());
      text(r, 3, t.encoding(), styles.text);
      text(r, 4, t.delimiter(), styles.text);
      number(r, 5, t.errors());
      number(r, 6, t.warnings());
      if (!t.sheet().isEmpty()) {
        Cell c = text(r, 7, t.sheet(), styles.link);
        Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress("'" + t.sheet().replace("'", "''") + "'!A1");
        c.setHyperlink(h);
      }
      if (!t.issuesAt().isEmpty()) {
        Cell c = text(r, 8, "first issue", styles.link);
        Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress(t.issuesAt());
        c.setHyperlink(h);
      }
    }
    keyFigures(summaries);
    missingValues(profiles);
    if (charts.isEmpty()) {
      return;
    }
    next++;
    text(sheet.createRow(next++), 0, "Charts", styles.bold);
    if (charts.size() <= MAX_ON_OVERVIEW) {
      placeCharts(sheet, next, charts);
      return;
    }
    SXSSFSheet all = wb.createSheet(names.reserve("Charts"));
    for (int i = 0; i < WIDTHS.length; i++) {
      all.setColumnWidth(i, WIDTHS[i] * 256);
    }
    Print.setUp(all, "Charts", Print.HeaderRow.ONCE);
    text(all.createRow(0), 0, "Charts", styles.title);
    placeCharts(all, 2, charts);
    Cell c = text(sheet.createRow(next++), 0, charts.size() + " charts, on the Charts sheet", styles.link);
    Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    h.setAddress("'Charts'!A1");
    c.setHyperlink(h);
  }

  /** More charts than this go on a sheet of their own. */
  static final int MAX_ON_OVERVIEW = 6;

  /** The total of every money column (one written with a currency), as a live formula. */
  private void keyFigures(List<SummarySheet.Table> summaries) {
    boolean any = false;
    for (SummarySheet.Table t : summaries) {
      TableProfile p = t.profile();
      for (int i = 0; i < p.columns().size(); i++) {
        if (p.types().get(i).kind() != dev.report.read.ColumnType.Kind.CURRENCY
            || !t.layout().shown(i)) {
          continue;
        }
        if (!any) {
          next++;
          text(sheet.createRow(next++), 0, "Key figures", styles.bold);
          Row h = sheet.createRow(next++);
          List<String> head = List.of("Figure", "Value", "File");
          for (int k = 0; k < head.size(); k++) {
            text(h, k, head.get(k), styles.header);
          }
          any = true;
        }
        Row r = sheet.createRow(next++);
        text(r, 0, "Total " + p.columns().get(i), styles.text);
        Cell c = r.createCell(1);
        c.setCellFormula(SummarySheet.sumOf(t, i));
        c.setCellValue(t.stats().column(i).sum());
        c.setCellStyle(styles.cell(p.types().get(i).excelFormat(), Styles.Mark.NONE));
        text(r, 2, p.fileName(), styles.text);
      }
    }
  }

  /** Columns with empty values, and how those were written (empty, n/a, n/d, ...). */
  private void missingValues(List<TableProfile> profiles) {
    next++;
    text(sheet.createRow(next++), 0, "Missing values", styles.bold);
    int before = next;
    for (TableProfile t : profiles) {
      for (int i = 0; i < t.columns().size(); i++) {
        ColumnProfile p = t.profiles().get(i);
        if (p.missing() == 0) {
          continue;
        }
        if (next == before) {
          Row h = sheet.createRow(next++);
          List<String> head = List.of("File", "Column", "Missing", "Written as");
          for (int k = 0; k < head.size(); k++) {
            text(h, k, head.get(k), styles.header);
          }
        }
        Row r = sheet.createRow(next++);
        text(r, 0, t.fileName(), styles.text);
        text(r, 1, t.columns().get(i), styles.text);
        number(r, 2, p.missing());
        List<String> forms = p.missingForms().stream()
            .map(f -> f.isEmpty() ? "(empty)" : f).toList();
        text(r, 3, String.join(", ", forms), styles.text);
      }
    }
    if (next == before) {
      text(sheet.createRow(next++), 0, "No value is missing.", styles.text);
    }
  }

  /**
   * A chart's PNG, its title (alternative text), its layout size in points and the file name of
   * its PNG in {@code charts/}.
   */
  record Chart(byte[] png, String title, int width, int height, String fileName) {
    /** Height shown in the sheet for the grid's width, keeping the aspect ratio. */
    int shownHeight() {
      return Math.round((float) CHART_W * height / width);
    }
  }

  /** Two charts per row; each anchored by pixels so it keeps its aspect ratio. */
  private void placeCharts(SXSSFSheet target, int firstRow, List<Chart> charts) {
    SXSSFDrawing drawing = target.createDrawingPatriarch();
    int y = firstRow * ROW_PX;
    for (int i = 0; i < charts.size(); i++) {
      int x = (i % 2) * (CHART_W + GAP_PX);
      if (i > 0 && i % 2 == 0) {
        // The next pair starts under the taller of the two before it.
        y += Math.max(charts.get(i - 2).shownHeight(), charts.get(i - 1).shownHeight()) + GAP_PX;
      }
      int index = wb.addPicture(charts.get(i).png(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
      ClientAnchor anchor = anchor(x, y, CHART_W, charts.get(i).shownHeight());
      SXSSFPicture picture = drawing.createPicture(anchor, index);
      // A title made from the data may hold characters XML cannot: the alternative text drops them.
      String alt = CellText.clean(charts.get(i).title());
      picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
      picture.getCTPicture().getNvPicPr().getCNvPr().setName(alt);
    }
  }

  private XSSFClientAnchor anchor(int x, int y, int w, int h) {
    int[] from = cellAt(x);
    int[] to = cellAt(x + w);
    XSSFClientAnchor a = new XSSFClientAnchor(
        Units.pixelToEMU(from[1]), Units.pixelToEMU(y % ROW_PX),
        Units.pixelToEMU(to[1]), Units.pixelToEMU((y + h) % ROW_PX),
        from[0], y / ROW_PX, to[0], (y + h) / ROW_PX);
    a.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    return a;
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

  private Cell text(Row r, int col, String s, org.apache.poi.ss.usermodel.CellStyle style) {
    return Cells.text(r, col, s, style);
  }

  private void number(Row r, int col, long v) {
    Cells.number(r, col, v, styles.integer);
  }
}
