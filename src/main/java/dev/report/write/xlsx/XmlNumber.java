package dev.report.write.xlsx;

/**
 * A cell's number as written in sheet XML: the plainest text that reads back as the same double.
 * {@code 42.0} is {@code 42}, {@code 0.1} is {@code 0.1}; numbers with more than 4 decimals or
 * 15 digits keep {@link Double#toString} (JDK 17's is slow, and most spreadsheet numbers are
 * integers or have a few decimals). Negative zero is {@code 0}: a spreadsheet has only one zero.
 */
final class XmlNumber {
  private static final double[] POWERS = {1, 10, 100, 1_000, 10_000};
  /** Below 2^53: every such integer is a double, and m / 10^k is then correctly rounded. */
  private static final double LIMIT = 1e15;

  private XmlNumber() {}

  /** Appends {@code x}, which must be finite. */
  static StringBuilder append(StringBuilder b, double x) {
    if (x == 0) {
      return b.append('0');
    }
    for (int k = 0; k < POWERS.length; k++) {
      double scaled = x * POWERS[k];
      if (Math.abs(scaled) >= LIMIT) {
        break;
      }
      double m = Math.rint(scaled);
      // Both exact, so the quotient is the double nearest m / 10^k: what parsing the text gives.
      if (m / POWERS[k] == x) {
        return digits(b, (long) m, k);
      }
    }
    return b.append(Double.toString(x));
  }

  /** {@code m / 10^k} in plain decimal; {@code m} has no trailing zero when {@code k > 0}. */
  private static StringBuilder digits(StringBuilder b, long m, int k) {
    if (m < 0) {
      b.append('-');
      m = -m;
    }
    if (k == 0) {
      return b.append(m);
    }
    long scale = (long) POWERS[k];
    b.append(m / scale).append('.');
    long fraction = m % scale;
    for (long p = scale / 10; p > fraction && p > 1; p /= 10) {
      b.append('0');
    }
    return b.append(fraction);
  }
}
