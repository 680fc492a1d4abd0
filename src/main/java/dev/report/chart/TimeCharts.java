package dev.report.chart;

import dev.report.analyze.Aggregate;
import dev.report.read.TableProfile;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.Quarter;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.Year;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts on a time axis: ranges by date, series of measures, timelines of events. */
final class TimeCharts {
  private TimeCharts() {}

  /** Most points drawn on a time axis before days are summed into months, quarters or years. */
  static final int MAX_POINTS = 200;

  /** At most this many points are drawn as bars rather than a line. */
  static final int MAX_BARS = 12;

  /** JFreeChart's periods (Day, Month...) cover these years only. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 9999;

  static RenderedChart series(Aggregate.SeriesByDate s, TableProfile t, ChartOptions options) {
    // Dates JFreeChart's periods cannot hold are left out, and the chart says how many.
    java.util.NavigableMap<LocalDate, double[]> drawn = s.sums().subMap(
        LocalDate.of(FIRST_YEAR, 1, 1), true, LocalDate.of(LAST_YEAR, 12, 31), true);
    int left = s.sums().size() - drawn.size();
    if (drawn.isEmpty()) {
      return null;
    }
    Period period = Period.choose(drawn.firstKey(), drawn.lastKey(), drawn.size());
    TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
    List<TimeSeries> list = new ArrayList<>();
    // Each series named in words in the legend ("Revenue"), by its column's name if two would
    // read the same.
    List<String> names = s.valueColumns.stream()
        .map(c -> Words.capitalized(Words.measure(Charts.col(t, c)))).toList();
    for (int i = 0; i < names.size(); i++) {
      list.add(new TimeSeries(names.stream().distinct().count() == names.size() ? names.get(i)
          : Charts.col(t, s.valueColumns.get(i))));
    }
    // Sums and counts per period, then the statistic: a sum for amounts, a mean for percents.
    Map<RegularTimePeriod, double[]> sums = new LinkedHashMap<>();
    Map<RegularTimePeriod, long[]> counts = new LinkedHashMap<>();
    for (Map.Entry<LocalDate, double[]> e : drawn.entrySet()) {
      RegularTimePeriod p = period.of(e.getKey());
      double[] sum = sums.computeIfAbsent(p, k -> new double[list.size()]);
      long[] n = counts.computeIfAbsent(p, k -> new long[list.size()]);
      long[] dayCounts = s.counts(e.getKey());
      for (int i = 0; i < list.size(); i++) {
        sum[i] += e.getValue()[i];
        n[i] += dayCounts[i];
      }
    }
    for (Map.Entry<RegularTimePeriod, double[]> e : sums.entrySet()) {
      for (int i = 0; i < list.size(); i++) {
        long n = counts.get(e.getKey())[i];
        if (n > 0 || s.stat != Aggregate.Stat.MEAN) {
          list.get(i).add(e.getKey(), s.stat.of(e.getValue()[i], n));
        }
      }
    }
    list.forEach(data::addSeries);
    int points = list.get(0).getItemCount();
    int first = s.valueColumns.get(0);
    DateAxis x = Charts.dateAxis(Charts.col(t, s.dateColumn));
    Charts.fitDates(x, drawn.firstKey(), drawn.lastKey());
    NumberAxis y = Charts.valueAxis(t, first, list.size() == 1 ? Charts.humanize(Charts.col(t, first)) : "");
    XYItemRenderer renderer;
    if (points <= MAX_BARS) {
      data.setXPosition(TimePeriodAnchor.MIDDLE);
      XYBarRenderer bars = new XYBarRenderer(0.2);
      bars.setBarPainter(new StandardXYBarPainter());
      bars.setShadowVisible(false);
      // A lone bar is as narrow as one of a few, not the width of the chart.
      bars.setMargin(points == 1 ? 0.9 : 0.2);
      renderer = bars;
    } else {
      renderer = new XYLineAndShapeRenderer(true, points <= 60);
    }
    for (int i = 0; i < list.size(); i++) {
      renderer.setSeriesPaint(i, Theme.color(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    if (points <= MAX_BARS) {
      y.setAutoRangeIncludesZero(true);
    }
    y.configure();
    Charts.fitNumbers(y, t, first);
    List<String> measures = s.valueColumns.stream().map(c -> Words.measure(Charts.col(t, c)))
        .toList();
    String title = Words.seriesTitle(Words.table(options.table(), t), options.unit(), s.stat,
        measures);
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, list.size() > 1);
    Theme.apply(chart, s.stat.label() + " of " + Words.list(measures) + " per " + period.label
        + (left == 0 ? ""
        : "; " + left + (left == 1 ? " date" : " dates") + " before " + FIRST_YEAR
            + " or after " + LAST_YEAR + " not drawn"), t.fileName());
    return new RenderedChart(Charts.file(t, Charts.slug(Charts.col(t, first)), Charts.col(t, s.dateColumn)), title,
        t.tableName(), chart);
  }

  /** The time step of a series: the finest that keeps it under {@link #MAX_POINTS} points. */
  enum Period {
    DAY("day"), MONTH("month"), QUARTER("quarter"), YEAR("year");

    final String label;

    Period(String label) {
      this.label = label;
    }

    static Period choose(LocalDate first, LocalDate last, int days) {
      if (days <= MAX_POINTS) {
        return DAY;
      }
      long months = java.time.temporal.ChronoUnit.MONTHS.between(first.withDayOfMonth(1),
          last.withDayOfMonth(1)) + 1;
      if (months <= MAX_POINTS) {
        return MONTH;
      }
      return months / 3 + 1 <= MAX_POINTS ? QUARTER : YEAR;
    }

    RegularTimePeriod of(LocalDate d) {
      return switch (this) {
        case DAY -> new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        case MONTH -> new Month(d.getMonthValue(), d.getYear());
        case QUARTER -> new Quarter((d.getMonthValue() - 1) / 3 + 1, d.getYear());
        case YEAR -> new Year(d.getYear());
      };
    }
  }

  static RenderedChart events(Aggregate.Events e, TableProfile t, ChartOptions options) {
    if (e.events().isEmpty()) {
      return null;
    }
    XYSeries points = new XYSeries(Charts.col(t, e.labelColumn), false, true);
    XYPlot plot = new XYPlot(new XYSeriesCollection(points), Charts.dateAxis(Charts.col(t, e.dateColumn)),
        new NumberAxis(), new XYLineAndShapeRenderer(false, true));
    int levels = Math.min(4, e.events().size());
    long lo = Charts.millis(e.events().stream().map(Aggregate.Events.Event::date).min(LocalDate::compareTo).orElseThrow());
    long hi = Charts.millis(e.events().stream().map(Aggregate.Events.Event::date).max(LocalDate::compareTo).orElseThrow());
    long middle = lo + (hi - lo) / 2;
    List<TimelineLabels.Label> labels = new ArrayList<>();
    int i = 0;
    for (Aggregate.Events.Event ev : e.events()) {
      double level = 1 + (i % levels);
      long x = Charts.millis(ev.date());
      points.add(x, level);
      String date = Charts.DATE.format(new java.util.Date(x));
      labels.add(new TimelineLabels.Label(x, level, date, ev.label(),
          Fonts.forText(date + "\u2002" + ev.label(), Font.PLAIN, 12)));
      i++;
    }
    plot.addAnnotation(new TimelineLabels(labels, middle));
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setVisible(false);
    y.setRange(0.3, levels + 0.7);
    plot.getRenderer().setSeriesPaint(0, Theme.color(0));
    plot.getRenderer().setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    DateAxis x = (DateAxis) plot.getDomainAxis();
    Charts.fitDates(x, e.events().stream().map(Aggregate.Events.Event::date)
            .min(LocalDate::compareTo).orElseThrow(),
        e.events().stream().map(Aggregate.Events.Event::date)
            .max(LocalDate::compareTo).orElseThrow());
    x.setUpperMargin(0.08);
    x.setLowerMargin(0.08);

    String title = Words.table(options.table(), t) + " timeline";
    JFreeChart chart = new JFreeChart(title, Theme.font(Font.BOLD, 18), plot, false);
    Theme.apply(chart, e.events().size() + " dated records", t.fileName());
    plot.setRangeGridlinesVisible(false);
    return new RenderedChart(Charts.file(t, "timeline", Charts.col(t, e.dateColumn)), title, t.tableName(),
        chart);
  }
}
