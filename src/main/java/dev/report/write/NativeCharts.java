package dev.report.write;

import dev.report.chart.NativeForm;
import dev.report.check.CellText;
import dev.report.write.xlsx.Sheet;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFTextParagraph;
import org.apache.poi.xddf.usermodel.text.XDDFTextRun;
import org.apache.poi.xssf.usermodel.XSSFChart;

/**
 * Draws a {@link NativeForm} as an Excel chart (POI's XDDF) whose series refer to its block on
 * the Chart data sheet, with the PNG's look: its title and subtitle, axis titles, tick format,
 * colours and horizontal gridlines; no 3-D, no rounded corners.
 */
final class NativeCharts {
  /** The PNG's text colours and gridline grey (chart/Theme.java). */
  private static final int TEXT = 0x222222;
  private static final int MUTED = 0x666666;
  private static final int GRID = 0xDDDDDD;
  /** Points drawn as a line with markers at each point, as the PNG does. */
  private static final int MAX_MARKED = 60;

  private NativeCharts() {}

  static XSSFChart draw(Sheet target, String alt, Sheet.Anchor anchor, ChartDataSheet.Block b) {
    NativeForm f = b.form();
    XSSFChart chart = target.chart(alt, alt, anchor);
    chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
    // A category without a value (a range of another group, no single figure) draws nothing;
    // Excel's default would draw it at 0.
    chart.getCTChart().addNewDispBlanksAs().setVal(
        org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
    title(chart, f);
    boolean horizontal = f.kind() == NativeForm.Kind.BAR || f.kind() == NativeForm.Kind.STACKED_BAR;
    XDDFCategoryAxis x = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    if (!f.categoryTitle().isEmpty()) {
      x.setTitle(CellText.clean(f.categoryTitle()));
    }
    if (!f.valueTitle().isEmpty()) {
      y.setTitle(CellText.clean(f.valueTitle()));
    }
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    x.setMajorTickMark(AxisTickMark.NONE);
    y.setMajorTickMark(AxisTickMark.NONE);
    if (!Double.isNaN(f.valueMin())) {
      y.setMinimum(f.valueMin());
    }
    if (!Double.isNaN(f.majorUnit())) {
      y.setMajorUnit(f.majorUnit());
    }
    if (horizontal) {
      // The first bar on top, as in the PNG; the value axis stays at the bottom.
      x.setOrientation(AxisOrientation.MAX_MIN);
      y.setCrosses(AxisCrosses.MAX);
    }
    y.getOrAddMajorGridProperties().setLineProperties(line(GRID, 0.75));
    y.setNumberFormat(f.valueFormat());
    // The format is the chart's own, not the cells' (whose are plainer).
    chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
    XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
        f.categories().stream().map(CellText::clean).toArray(String[]::new), b.range(0));
    List<NativeForm.Series> series = f.series();
    if (f.kind() == NativeForm.Kind.LINE) {
      XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
      lines.setVaryColors(false);
      lines.setGrouping(Grouping.STANDARD); // required by the schema
      for (int i = 0; i < series.size(); i++) {
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) lines.addSeries(categories,
            values(b, i, series.get(i)));
        title(s, b, i, series.get(i));
        s.setSmooth(false);
        s.setLineProperties(line(series.get(i).rgb(), 2));
        s.setMarkerStyle(f.categories().size() <= MAX_MARKED ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
        s.setMarkerSize((short) 5);
      }
      chart.plot(lines);
    } else {
      XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
      bars.setVaryColors(false);
      bars.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
      boolean stacked = f.kind() != NativeForm.Kind.BAR && f.kind() != NativeForm.Kind.COLUMN;
      bars.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
      if (stacked) {
        bars.setOverlap((byte) 100);
      }
      bars.setGapWidth(f.kind() == NativeForm.Kind.RANGE ? 150 : 60);
      for (int i = 0; i < series.size(); i++) {
        XDDFChartData.Series s = bars.addSeries(categories, values(b, i, series.get(i)));
        title(s, b, i, series.get(i));
        boolean base = f.kind() == NativeForm.Kind.RANGE && i == 0;
        XDDFShapeProperties look = new XDDFShapeProperties();
        // A range's first series lifts the spans to their low figures: no fill, no line.
        look.setFillProperties(base ? new XDDFNoFillProperties() : fill(series.get(i).rgb()));
        XDDFLineProperties none = new XDDFLineProperties();
        none.setFillProperties(new XDDFNoFillProperties());
        look.setLineProperties(none);
        s.setShapeProperties(look);
      }
      chart.plot(bars);
      if (!f.markers().isEmpty()) {
        markers(chart, x, y, categories, b);
      }
    }
    if (f.legend()) {
      XDDFChartLegend legend = chart.getOrAddLegend();
      legend.setPosition(LegendPosition.TOP);
      legend.setOverlay(false);
      if (f.kind() == NativeForm.Kind.RANGE) {
        legend.addEntry().setIndex(0);
        legend.getEntries().get(0).setDelete(true); // the unfilled base is no series to name
      }
    }
    return chart;
  }

  /** The single and actual figures of ranges: markers only, over the same axes. */
  private static void markers(XSSFChart chart, XDDFCategoryAxis x, XDDFValueAxis y,
      XDDFCategoryDataSource categories, ChartDataSheet.Block b) {
    NativeForm f = b.form();
    XDDFLineChartData dots = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    dots.setVaryColors(false);
    dots.setGrouping(Grouping.STANDARD);
    for (int m = 0; m < f.markers().size(); m++) {
      int i = f.series().size() + m;
      NativeForm.Series marker = f.markers().get(m);
      XDDFLineChartData.Series s = (XDDFLineChartData.Series) dots.addSeries(categories,
          values(b, i, marker));
      title(s, b, i, marker);
      XDDFLineProperties none = new XDDFLineProperties();
      none.setFillProperties(new XDDFNoFillProperties());
      s.setLineProperties(none);
      // A single figure is a dot; a marked kind of record (the actual) a diamond, as in the PNG.
      s.setMarkerStyle(m == 0 && f.hasSingles() ? MarkerStyle.CIRCLE : MarkerStyle.DIAMOND);
      s.setMarkerSize((short) 8);
      XDDFShapeProperties look = new XDDFShapeProperties();
      look.setFillProperties(fill(marker.rgb()));
      look.setLineProperties(line(marker.rgb(), 0.75));
      chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(m).getMarker()
          .setSpPr(look.getXmlObject());
    }
    chart.plot(dots);
  }

  private static org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource<Double> values(
      ChartDataSheet.Block b, int i, NativeForm.Series s) {
    Double[] v = new Double[s.values().length];
    for (int k = 0; k < v.length; k++) {
      v[k] = Double.isNaN(s.values()[k]) ? null : s.values()[k];
    }
    return XDDFDataSourcesFactory.fromArray(v, b.range(b.seriesColumn(i)));
  }

  private static void title(XDDFChartData.Series s, ChartDataSheet.Block b, int i,
      NativeForm.Series series) {
    s.setTitle(CellText.clean(series.name()), new CellReference(b.sheet(), b.headerRow(), b.seriesColumn(i), true,
        true));
  }

  /** The title in bold, and the subtitle as its second line in grey, as in the PNG. */
  private static void title(XSSFChart chart, NativeForm f) {
    // Titles and labels made from the data may hold characters XML cannot: those are dropped.
    chart.setTitleText(CellText.clean(f.title()));
    chart.setTitleOverlay(false);
    chart.setAutoTitleDeleted(false);
    XDDFTextParagraph first = chart.getFormattedTitle().getParagraph(0);
    for (XDDFTextRun r : first.getTextRuns()) {
      r.setBold(true);
      r.setFontSize(14.0);
      r.setFontColor(rgb(TEXT));
    }
    if (!f.subtitle().isEmpty()) {
      XDDFTextParagraph second = chart.getFormattedTitle().addNewParagraph();
      XDDFTextRun r = second.appendRegularRun(CellText.clean(f.subtitle()));
      r.setBold(false);
      r.setFontSize(10.0);
      r.setFontColor(rgb(MUTED));
    }
  }

  private static XDDFSolidFillProperties fill(int rgb) {
    return new XDDFSolidFillProperties(rgb(rgb));
  }

  private static XDDFLineProperties line(int rgb, double width) {
    XDDFLineProperties p = new XDDFLineProperties(fill(rgb));
    p.setWidth(width);
    return p;
  }

  private static XDDFColor rgb(int rgb) {
    return XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
  }
}
