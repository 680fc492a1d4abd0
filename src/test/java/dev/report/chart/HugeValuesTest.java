package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.analyze.Aggregate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values near the largest double: a chart is drawn (its axes finite) or left out, and said why. */
class HugeValuesTest {
  @TempDir Path tmp;

  private static final String SUM = "a sum passes the largest number a chart can draw"
      + " (about 1.8e308)";
  private static final String SPAN = "its values span more than the largest number a chart can"
      + " draw (about 1.8e308)";

  /** Rows are separated by ';'; an empty note means the chart is drawn. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "AWS,1.7e308;Dell,1                | ''",
      "AWS,8e307;Dell,9e307;IBM,1.7e308  | ''",
      "AWS,1.7e308;Dell,-1.7e308         | SPAN",
      "AWS,1.7e308;AWS,1.7e308;Dell,1    | SUM",
      "AWS,-1.7e308;AWS,-1.7e308;Dell,1  | SUM",
  })
  void barsOfHugeValuesAreDrawnOrReported(String rows, String note) {
    Tables.Read t = Tables.read(tmp, "h.csv", "host,amount\n" + rows.replace(';', '\n') + "\n");
    Aggregate.ByCategory agg = new Aggregate.ByCategory(0, 1, Aggregate.Stat.SUM);
    t.rows().forEach(agg::add);
    check(Charts.build(agg, t.profile(), col -> "", ChartOptions.DEFAULT, notes::add),
        "H, amount by host", note);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-01-01,1.7e308;2024-02-01,1               | ''",
      "2024-01-01,1.7e308;2024-02-01,-1.7e308        | SPAN",
      "2024-01-01,1.7e308;2024-01-01,1.7e308;2024-02-01,1 | SUM",
  })
  void seriesOfHugeValuesAreDrawnOrReported(String rows, String note) {
    Tables.Read t = Tables.read(tmp, "s.csv", "day,amount\n" + rows.replace(';', '\n') + "\n");
    Aggregate.SeriesByDate agg = new Aggregate.SeriesByDate(0, List.of(1));
    t.rows().forEach(agg::add);
    check(Charts.build(agg, t.profile(), col -> "", ChartOptions.DEFAULT, notes::add),
        "S, amount", note);
  }

  private final List<String> notes = new ArrayList<>();

  private void check(RenderedChart c, String title, String note) {
    if (note.isEmpty()) {
      assertThat(notes).isEmpty();
      assertThat(c).isNotNull();
      assertThat(Png.render(c)).isNotEmpty();
    } else {
      assertThat(c).isNull();
      assertThat(notes).containsExactly("chart \"" + title + "\" not drawn: "
          + (note.equals("SUM") ? SUM : SPAN));
    }
  }
}
