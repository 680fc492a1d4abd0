package dev.report.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.read.Value;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The median selected in linear time is the median of the sorted values. */
class MedianProperties {

  @Property(tries = 500, seed = "20261126")
  void selectedMedianIsTheSortedOne(@ForAll("numbers") List<Double> numbers) {
    ColumnStats stats = new ColumnStats();
    for (double x : numbers) {
      stats.add(new Value.Decimal(x, Double.toString(x)));
    }
    double[] sorted = numbers.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    double expected = n == 0 ? Double.NaN
        : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    assertThat(Double.valueOf(stats.median())).isEqualTo(Double.valueOf(expected));
    assertThat(Double.valueOf(stats.median())).as("asked twice").isEqualTo(Double.valueOf(expected));
  }

  @Provide
  Arbitrary<List<Double>> numbers() {
    Arbitrary<Double> few = Arbitraries.of(0.0, 1.0, 2.0, -1.0, 1e9);
    Arbitrary<Double> any = Arbitraries.doubles().between(-1e6, 1e6);
    Arbitrary<List<Double>> random = Arbitraries.oneOf(few, any).list().ofMaxSize(300);
    // Sorted and reversed runs: the worst cases of a naive pivot.
    return Arbitraries.oneOf(random, random.map(l -> l.stream().sorted().toList()),
        random.map(l -> l.stream().sorted((a, b) -> Double.compare(b, a)).toList()));
  }
}
