package dev.report.analyze;

/**
 * A compensated sum (Neumaier's variant of Kahan's), close to what spreadsheets compute; a plain
 * running sum drifts in the last digits over millions of values.
 */
final class NeumaierSum {
  private double sum;
  private double compensation;

  void add(double x) {
    double t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  double value() {
    return sum + compensation;
  }
}
