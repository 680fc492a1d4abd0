package dev.report.compare;

import dev.report.check.CellText;
import dev.report.read.Value;

/**
 * 64-bit fingerprints of cells, records and keys, so that a later run can tell which records are
 * unchanged without reading them back. Not cryptographic: two different records share a
 * fingerprint with a chance of about 2^-64, and their difference would then go unnoticed.
 * The values are part of the comparison sheet's format: changing them changes
 * {@link TableMeta#FORMAT}.
 */
final class Digest {
  private static final long SEED = 0x9E3779B97F4A7C15L;

  private Digest() {}

  /** A cell's fingerprint: its kind and value, as {@link Cell#equals} compares them. */
  static long cell(Cell c) {
    if (c instanceof Cell.Num n) {
      return number(n.value());
    } else if (c instanceof Cell.Txt t) {
      return text(t.text());
    } else if (c instanceof Cell.Bool b) {
      return bool(b.value());
    }
    return BLANK;
  }

  /** The fingerprint of {@link Cell#of}{@code (v)}, made without it for the common values. */
  static long value(Value v) {
    if (v instanceof Value.Decimal d) {
      return number(d.value());
    } else if (v instanceof Value.Text t) {
      return text(CellText.clean(t.text()));
    } else if (v instanceof Value.Empty) {
      return BLANK;
    } else if (v instanceof Value.Bool b) {
      return bool(b.value());
    }
    return cell(Cell.of(v));
  }

  private static final long BLANK = mix(0x626C6E0000000005L);

  private static long number(double v) {
    return mix(Double.doubleToLongBits(v) ^ 0x6E756D0000000001L);
  }

  private static long text(String s) {
    long h = 0xCBF29CE484222325L ^ s.length();
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001B3L;
    }
    return mix(h ^ 0x7478740000000002L);
  }

  private static long bool(boolean b) {
    return mix(b ? 0x626F6F0000000004L : 0x626F6F0000000003L);
  }

  /** The fingerprint of cells {@code columns} of {@code cells}, in that order. */
  static long of(Cell[] cells, int[] columns) {
    long h = SEED;
    for (int c : columns) {
      h = then(h, cell(cells[c]));
    }
    return mix(h);
  }

  /** The fingerprint of a whole record, every cell in column order. */
  static long of(Cell[] cells) {
    long h = SEED;
    for (Cell c : cells) {
      h = then(h, cell(c));
    }
    return mix(h);
  }

  /** The fingerprint of a key of the cells whose fingerprints are {@code cells}, in order. */
  static long ofCells(long... cells) {
    long h = SEED;
    for (long c : cells) {
      h = then(h, c);
    }
    return mix(h);
  }

  /** The fingerprint of the cells {@code columns} whose fingerprints are {@code cells}. */
  static long ofCells(long[] cells, int[] columns) {
    long h = SEED;
    for (int c : columns) {
      h = then(h, cells[c]);
    }
    return mix(h);
  }

  private static long then(long h, long cell) {
    return (h ^ cell) * 0xFF51AFD7ED558CCDL + 0x2545F4914F6CDD1DL;
  }

  /** MurmurHash3's 64-bit finalizer: every bit of the input moves about half of the output's. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
