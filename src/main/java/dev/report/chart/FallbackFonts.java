package dev.report.chart;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Gives every text of a finished chart a font that has its characters ({@link Fonts#forText}):
 * titles, axis labels, category labels, legend entries and annotations, each on its own, so that
 * a CJK or emoji label is not drawn as boxes. Texts DejaVu Sans can show keep it.
 */
final class FallbackFonts {
  private FallbackFonts() {}

  static void apply(JFreeChart chart) {
    if (chart.getTitle() != null) {
      fit(chart.getTitle());
    }
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle tt) {
        fit(tt);
      }
    }
    if (chart.getPlot() instanceof CategoryPlot plot) {
      fit(plot.getRangeAxis());
      CategoryAxis x = plot.getDomainAxis();
      fit(x);
      CategoryDataset data = plot.getDataset();
      if (data == null) {
        return;
      }
      for (int k = 0; x != null && k < data.getColumnCount(); k++) {
        Comparable<?> key = data.getColumnKey(k);
        String text = x instanceof CategoryLabels.Axis a ? a.label(key) : key.toString();
        Font f = Fonts.forText(text, x.getTickLabelFont().getStyle(), x.getTickLabelFont().getSize2D());
        if (!f.equals(x.getTickLabelFont())) {
          x.setTickLabelFont(key, f);
        }
      }
      if (plot.getRenderer() instanceof AbstractRenderer r) {
        for (int s = 0; s < data.getRowCount(); s++) {
          legend(r, s, data.getRowKey(s).toString());
        }
      }
    } else if (chart.getPlot() instanceof XYPlot plot) {
      fit(plot.getDomainAxis());
      fit(plot.getRangeAxis());
      XYDataset data = plot.getDataset();
      if (data != null && plot.getRenderer() instanceof AbstractRenderer r) {
        for (int s = 0; s < data.getSeriesCount(); s++) {
          legend(r, s, data.getSeriesKey(s).toString());
        }
      }
      for (XYAnnotation a : plot.getAnnotations()) {
        if (a instanceof XYTextAnnotation t) {
          t.setFont(Fonts.forText(t.getText(), t.getFont().getStyle(), t.getFont().getSize2D()));
        }
      }
    }
  }

  private static void fit(Title title) {
    if (title instanceof TextTitle t && t.getText() != null) {
      t.setFont(Fonts.forText(t.getText(), t.getFont().getStyle(), t.getFont().getSize2D()));
    }
  }

  private static void fit(Axis axis) {
    if (axis != null && axis.getLabel() != null) {
      Font f = axis.getLabelFont();
      axis.setLabelFont(Fonts.forText(axis.getLabel(), f.getStyle(), f.getSize2D()));
    }
  }

  /** The legend entry of series {@code s}, in the legend's font or a fallback for its text. */
  private static void legend(AbstractRenderer r, int s, String text) {
    Font base = Theme.font(Font.PLAIN, 12);
    Font f = Fonts.forText(text, base.getStyle(), base.getSize2D());
    if (!f.equals(base)) {
      r.setLegendTextFont(s, f);
    }
  }
}
