package dev.report.bench;

import dev.report.analyze.Aggregate;
import dev.report.chart.Charts;
import dev.report.chart.Png;
import dev.report.chart.RenderedChart;
import dev.report.read.ReadOptions;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import dev.report.read.Value;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Chart time for a long time series: N dated values (seeded) gathered as they stream by, then the
 * chart built and drawn as PNG. Run by {@code bench/charts.sh}:
 * {@code java -cp report.jar dev.report.bench.ChartBench [POINTS]}.
 */
public final class ChartBench {
  private ChartBench() {}

  public static void main(String[] args) throws IOException {
    int points = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    // A tiny file gives the table's profile (date, number); the points are fed directly.
    Path dir = Files.createTempDirectory("chartbench");
    Path csv = dir.resolve("series.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("day,amount\n2020-01-01,1.5\n2020-01-02,2.5\n");
    }
    TableProfile profile = TableReader.profile(csv, ReadOptions.DEFAULT);
    System.out.printf(Locale.ROOT, "%-8s %-10s %-14s %-12s %-10s%n", "run", "points",
        "gather_ms", "chart_ms", "png_KB");
    for (int run = 0; run <= 3; run++) {
      SplittableRandom rnd = new SplittableRandom(42);
      Aggregate.SeriesByDate series = new Aggregate.SeriesByDate(0, List.of(1));
      LocalDate start = LocalDate.of(2020, 1, 1);
      long t0 = System.nanoTime();
      Value[] row = new Value[2];
      for (int i = 0; i < points; i++) {
        LocalDate d = start.plusDays(rnd.nextInt(2000));
        row[0] = new Value.Date(d, "");
        row[1] = new Value.Decimal(rnd.nextDouble() * 1000, "");
        series.add(row);
      }
      long t1 = System.nanoTime();
      RenderedChart chart = Charts.build(series, profile);
      byte[] png = Png.render(chart);
      long t2 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%-8s %-10d %-14.0f %-12.0f %-10d%n",
          run == 0 ? "warmup" : Integer.toString(run), points, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
          png.length / 1024);
    }
    Files.delete(csv);
    Files.delete(dir);
  }
}
