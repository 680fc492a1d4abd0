package dev.report.analyze;

import dev.report.read.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Statistics of one column, gathered while rows stream by, computed the way a spreadsheet
 * computes them over the written cells (so the Summary's cached values match a recalculation):
 * numbers and dates count as numbers (dates as Excel serial days), texts that did not fit are not
 * numbers, empty cells are blanks.
 */
public final class ColumnStats {
  /** Numbers kept for the median; past this the median is left out (8 bytes each). */
  public static final int MEDIAN_CAP = 2_000_000;
  /** Distinct values counted, case folded as Excel compares them; past this, "many". */
  public static final int DISTINCT_CAP = 10_000;
  /**
   * Records up to which distinct values are counted at all: the Summary shows their count only
   * for tables this small (its COUNTIF formula is quadratic in the rows for Excel).
   */
  public static final long DISTINCT_ROWS = 5_000;

  private long numbers;
  private long texts;
  private long blanks;
  private final NeumaierSum sum = new NeumaierSum();
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private double[] values = new double[64];
  private boolean medianKept = true;
  /** The median once computed (NaN before). */
  private double median = Double.NaN;
  private final Set<String> distinct = new HashSet<>();
  private boolean manyDistinct;
  private final boolean countDistinct;

  /** Statistics that count distinct values. */
  public ColumnStats() {
    this(true);
  }

  /** Statistics that count distinct values or not ({@link #distinct} is then -1). */
  ColumnStats(boolean countDistinct) {
    this.countDistinct = countDistinct;
  }

  public void add(Value v) {
    if (v instanceof Value.Empty) {
      blanks++;
      return;
    }
    double x = number(v);
    if (Double.isNaN(x)) {
      texts++;
      if (countDistinct) {
        addDistinct(v.text().toLowerCase(Locale.ROOT));
      }
      return;
    }
    numbers++;
    sum.add(x);
    min = Math.min(min, x);
    max = Math.max(max, x);
    if (countDistinct) {
      addDistinct(Double.toString(x));
    }
    if (medianKept) {
      if (numbers > MEDIAN_CAP) {
        medianKept = false;
        values = null;
      } else {
        if (numbers > values.length) {
          values = Arrays.copyOf(values, values.length * 2);
        }
        values[(int) numbers - 1] = x;
        median = Double.NaN;
      }
    }
  }

  private void addDistinct(String key) {
    if (!manyDistinct && distinct.add(key) && distinct.size() > DISTINCT_CAP) {
      manyDistinct = true;
      distinct.clear();
    }
  }

  /**
   * The cell's numeric value as a spreadsheet sees it, or NaN for text and booleans, and for a
   * date that no date cell shows (before 1900, after 9999), which is written as text.
   */
  static double number(Value v) {
    if (v instanceof Value.Decimal d) {
      return d.value();
    }
    if (v instanceof Value.Date d) {
      LocalDateTime t = d.date().atStartOfDay();
      return ExcelDate.fits(t) ? serial(t) : Double.NaN;
    }
    if (v instanceof Value.DateTime d) {
      return ExcelDate.fits(d.dateTime()) ? serial(d.dateTime()) : Double.NaN;
    }
    if (v instanceof Value.Time t) {
      return ExcelDate.serial(t.time());
    }
    return Double.NaN;
  }

  static double serial(LocalDateTime t) {
    return ExcelDate.serial(t);
  }

  static double serial(LocalDate d) {
    return ExcelDate.serial(d);
  }

  /** Cells holding numbers (COUNT). */
  public long numbers() {
    return numbers;
  }

  /** Cells holding anything (COUNTA). */
  public long nonBlank() {
    return numbers + texts;
  }

  /** Empty cells (COUNTBLANK). */
  public long blanks() {
    return blanks;
  }

  public double sum() {
    return sum.value();
  }

  /** MIN; 0 when there are no numbers, as in a spreadsheet. */
  public double min() {
    return numbers == 0 ? 0 : min;
  }

  public double max() {
    return numbers == 0 ? 0 : max;
  }

  /** AVERAGE, or NaN when there are no numbers (a spreadsheet shows #DIV/0!). */
  public double mean() {
    return numbers == 0 ? Double.NaN : sum.value() / numbers;
  }

  /** MEDIAN, or NaN when there are no numbers or too many were seen to keep. */
  public double median() {
    if (numbers == 0 || !medianKept) {
      return Double.NaN;
    }
    if (Double.isNaN(median)) {
      // Selected in place, in linear time: the values are not needed in their order again.
      int n = (int) numbers;
      double upper = select(values, n, n / 2);
      if (n % 2 == 1) {
        median = upper;
      } else {
        // After the selection, everything before n / 2 is at most upper: the largest of them.
        double lower = values[0];
        for (int i = 1; i < n / 2; i++) {
          lower = Math.max(lower, values[i]);
        }
        median = (lower + upper) / 2;
      }
    }
    return median;
  }

  /**
   * The {@code k}-th smallest (0-based) of {@code a[0..n)}, leaving smaller values before it and
   * larger ones after (Hoare's selection, median-of-three pivots).
   */
  static double select(double[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      // Median of three as the pivot, so that sorted input stays linear.
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i++, j--);
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /**
   * Distinct non-blank values (text compared ignoring case), or -1 when there are many or they
   * were not counted.
   */
  public long distinct() {
    return manyDistinct || !countDistinct ? -1 : distinct.size();
  }
}
