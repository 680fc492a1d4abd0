package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import dev.report.analyze.Planner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date axis steps by days, weeks, months, quarters or years, from the span of the data. */
class DateTicksTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource({
      "2024-03-01, 2024-03-06, DAYS",
      "2024-03-01, 2024-03-15, DAYS",
      "2024-03-01, 2024-04-15, WEEKS",
      "2024-01-01, 2024-10-01, MONTHS",
      "2023-01-01, 2024-12-01, MONTHS",
      "2020-01-01, 2024-01-01, QUARTERS",
      "2001-01-01, 2024-02-01, YEARS",
      "1905-01-01, 2024-02-01, YEARS",
  })
  void tickLabelsAreDistinctAndOfTheSpansUnit(LocalDate first, LocalDate last, String kind) {
    for (String type : List.of("series", "range", "timeline")) {
      JFreeChart chart = chart(type, first, last);
      List<String> labels = tickLabels(chart);
      DateAxis axis = (DateAxis) chart.getXYPlot().getDomainAxis();
      DateTickUnit unit = axis.getTickUnit();
      assertThat(labels).as("%s: %s", type, labels).hasSizeGreaterThan(1);
      assertThat(new HashSet<>(labels)).as("%s: %s", type, labels).hasSize(labels.size());
      String pattern = switch (kind) {
        case "DAYS", "WEEKS" -> "\\d{1,2} [A-Z][a-z]{2} \\d{4}";
        case "MONTHS" -> "[A-Z][a-z]{2} \\d{4}";
        case "QUARTERS" -> "Q[1-4] \\d{4}";
        default -> "\\d{4}";
      };
      assertThat(labels).as("%s", type).allMatch(l -> l.matches(pattern));
      switch (kind) {
        case "DAYS" -> assertThat(unit.getUnitType()).isEqualTo(DateTickUnitType.DAY);
        case "WEEKS" -> {
          assertThat(unit.getUnitType()).isEqualTo(DateTickUnitType.DAY);
          assertThat(unit.getMultiple() % 7).isZero();
        }
        case "MONTHS" -> assertThat(unit.getUnitType()).isEqualTo(DateTickUnitType.MONTH);
        case "QUARTERS" -> {
          assertThat(unit.getUnitType()).isEqualTo(DateTickUnitType.MONTH);
          assertThat(unit.getMultiple() % 3).isZero();
        }
        default -> assertThat(unit.getUnitType()).isEqualTo(DateTickUnitType.YEAR);
      }
    }
  }

  /** A chart of {@code type} with points on the first and last day and one between. */
  private JFreeChart chart(String type, LocalDate first, LocalDate last) {
    LocalDate middle = first.plusDays(java.time.temporal.ChronoUnit.DAYS.between(first, last) / 2);
    String csv = switch (type) {
      case "series" -> "day,amount\n" + first + ",1\n" + middle + ",2\n" + last + ",3\n";
      case "range" -> "day,low,high\n" + first + ",1,2\n" + middle + ",2,3\n" + last + ",3,4\n";
      default -> "day,event\n" + first + ",start\n" + middle + ",middle\n" + last + ",end\n";
    };
    Tables.Read t = Tables.read(tmp, type + ".csv", csv);
    List<Aggregate> plans = Planner.plan(t.profile());
    for (var row : t.rows()) {
      plans.forEach(a -> a.add(row));
    }
    return Charts.build(plans.get(0), t.profile()).chart();
  }

  /** The labels the date axis gives its ticks once the chart is laid out at its usual size. */
  static List<String> tickLabels(JFreeChart chart) {
    return LaidOut.ticks(chart, chart.getXYPlot().getDomainAxis(), RectangleEdge.BOTTOM)
        .stream().map(t -> ((Tick) t).getText()).toList();
  }
}
