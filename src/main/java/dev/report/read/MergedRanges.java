package dev.report.read;

import java.util.Arrays;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A worksheet's merged ranges that are filled down: one column wide, two or more rows tall. Each
 * is packed in one long (first row, last row, column), sorted by first row, so that a sheet of
 * 100,000 merges holds 800 kB, not 100,000 objects. Other merges are not kept.
 */
final class MergedRanges {
  static final MergedRanges NONE = new MergedRanges(new long[0]);

  /** Bits of a 1-based row number (Excel's last row is 2^20) and of a 0-based column (< 2^14). */
  private static final int ROW_BITS = 21;
  private static final int COLUMN_BITS = 14;

  private final long[] ranges;

  private MergedRanges(long[] ranges) {
    this.ranges = ranges;
  }

  int size() {
    return ranges.length;
  }

  /** Excel's 1-based first row of range {@code i}. */
  int first(int i) {
    return (int) (ranges[i] >>> (ROW_BITS + COLUMN_BITS));
  }

  /** Excel's 1-based last row of range {@code i}. */
  int last(int i) {
    return (int) ((ranges[i] >>> COLUMN_BITS) & ((1L << ROW_BITS) - 1));
  }

  /** The 0-based column of range {@code i}. */
  int column(int i) {
    return (int) (ranges[i] & ((1L << COLUMN_BITS) - 1));
  }

  /** Range {@code i} as Excel writes it, e.g. {@code A3:A6}. */
  String ref(int i) {
    return new CellRangeAddress(first(i) - 1, last(i) - 1, column(i), column(i)).formatAsString();
  }

  private static final byte[] NAME = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Whether the sheet's XML may hold a {@code mergeCell}: false only when it is UTF-8 (as Excel
   * writes it) and the name is nowhere in its bytes, so that a sheet without merges costs a scan
   * of bytes, not a second XML parse. Reads {@code in} to its end, or to the name.
   */
  static boolean mayHoldMerges(java.io.InputStream in) throws java.io.IOException {
    byte[] buf = new byte[1 << 16];
    int keep = 0;
    boolean first = true;
    for (int n; (n = in.read(buf, keep, buf.length - keep)) > 0; ) {
      int end = keep + n;
      if (first && (buf[0] == (byte) 0xFE || buf[0] == (byte) 0xFF || buf[0] == 0)) {
        return true; // UTF-16 or UTF-32: not scanned as bytes.
      }
      first = false;
      for (int i = 0; i + NAME.length <= end; i++) {
        if (buf[i] == 'm' && Arrays.equals(buf, i, i + NAME.length, NAME, 0, NAME.length)) {
          return true;
        }
      }
      // The name may straddle two reads: keep the bytes that could begin it.
      keep = Math.min(end, NAME.length - 1);
      System.arraycopy(buf, end - keep, buf, 0, keep);
    }
    return false;
  }

  /**
   * SAX handler for the pre-pass over a sheet's XML: it looks at {@code mergeCell} elements only
   * (they come after the rows, in {@code mergeCells}).
   */
  static final class Scan extends DefaultHandler {
    private long[] found = new long[16];
    private int n;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      if (!(local.isEmpty() ? qName.endsWith("mergeCell") : local.equals("mergeCell"))) {
        return;
      }
      String ref = a.getValue("ref");
      if (ref == null) {
        return;
      }
      CellRangeAddress r;
      try {
        r = CellRangeAddress.valueOf(ref.trim());
      } catch (RuntimeException e) {
        return; // A ref that names no range merges nothing.
      }
      long first = r.getFirstRow() + 1L;
      long last = r.getLastRow() + 1L;
      int col = r.getFirstColumn();
      if (col != r.getLastColumn() || col < 0 || col >= 1 << COLUMN_BITS || first < 1
          || last <= first || last >= 1L << ROW_BITS) {
        return;
      }
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = first << (ROW_BITS + COLUMN_BITS) | last << COLUMN_BITS | col;
    }

    MergedRanges ranges() {
      if (n == 0) {
        return NONE;
      }
      long[] sorted = Arrays.copyOf(found, n);
      Arrays.sort(sorted);
      return new MergedRanges(sorted);
    }
  }
}
