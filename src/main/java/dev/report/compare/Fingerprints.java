package dev.report.compare;

import dev.report.read.Value;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What this report keeps of a table's records for the next run's comparison, gathered as they are
 * written: each record's fingerprint and its key's, in temporary files (the heap stays flat). The
 * key is the declared one, else the first column, or pair of the first {@link Keys#CANDIDATES}
 * columns, whose values are all there and all different (as {@code describe} infers one), else
 * none.
 */
public final class Fingerprints implements Closeable {
  /** Bytes of heap per record that choosing a key needs at most (three arrays of longs). */
  static final long KEY_BYTES_PER_RECORD = 24;

  /** A record's values, the fingerprint of each one's cell, and the record's. */
  public record Record(Value[] values, long[] hashes, long digest) {
    /** The record's cells as the workbook holds them (made anew at each call). */
    Cell[] cells() {
      Cell[] cells = new Cell[values.length];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = Cell.of(values[i]);
      }
      return cells;
    }
  }

  /** The key chosen and the fingerprints, ready for the comparison sheet. */
  public record Done(List<String> key, LongSpill digests, LongSpill keys) {}

  private final List<String> names;
  private final int[] declared;
  private final LongSpill digests = new LongSpill();
  private final LongSpill keys;
  /** Without a declared key: per candidate column, each record's cell fingerprint. */
  private final LongSpill[] candidates;
  private final boolean[] complete;
  /** The fingerprints of an inferred key's values, once chosen. */
  private LongSpill inferred;

  /** {@code declaredKey}: names of {@code names}, or empty to infer a key. */
  public Fingerprints(List<String> names, List<String> declaredKey) {
    this.names = List.copyOf(names);
    int[] d = new int[declaredKey.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = names.indexOf(declaredKey.get(i));
    }
    boolean known = d.length > 0 && Arrays.stream(d).allMatch(c -> c >= 0);
    this.declared = known ? d : null;
    this.keys = known ? new LongSpill() : null;
    int n = known ? 0 : Math.min(Keys.CANDIDATES, names.size());
    this.candidates = new LongSpill[n];
    for (int i = 0; i < n; i++) {
      candidates[i] = new LongSpill();
    }
    this.complete = new boolean[n];
    Arrays.fill(complete, true);
  }

  /** Fingerprints the next record. */
  public Record add(Value[] values) {
    long[] hashes = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      hashes[i] = Digest.value(values[i]);
    }
    long digest = Digest.ofCells(hashes);
    digests.add(digest);
    if (declared != null) {
      keys.add(Digest.ofCells(hashes, declared));
    }
    for (int c = 0; c < candidates.length; c++) {
      if (c < values.length) {
        complete[c] &= !(values[c] instanceof Value.Empty);
        candidates[c].add(hashes[c]);
      } else {
        complete[c] = false;
        candidates[c].add(0);
      }
    }
    return new Record(values, hashes, digest);
  }

  /** Chooses the key (when none is declared) and hands the fingerprints over; call once. */
  public Done finish() {
    try {
      return choose();
    } finally {
      for (LongSpill c : candidates) {
        c.close();
      }
    }
  }

  private Done choose() {
    if (declared != null) {
      return new Done(Arrays.stream(declared).mapToObj(names::get).toList(), digests, keys);
    }
    long n = digests.size();
    boolean fits = n <= Runtime.getRuntime().maxMemory() / 4 / KEY_BYTES_PER_RECORD;
    if (n >= 2 && fits) {
      for (int c = 0; c < candidates.length; c++) {
        if (complete[c]) {
          long[] single = candidates[c].toArray();
          for (int r = 0; r < single.length; r++) {
            single[r] = Digest.ofCells(single[r]);
          }
          if (unique(single.clone())) {
            return chosen(List.of(names.get(c)), single);
          }
        }
      }
      for (int a = 0; a < candidates.length; a++) {
        for (int b = a + 1; b < candidates.length; b++) {
          if (complete[a] && complete[b]) {
            long[] pair = candidates[a].toArray();
            long[] second = candidates[b].toArray();
            for (int r = 0; r < pair.length; r++) {
              pair[r] = Digest.ofCells(pair[r], second[r]);
            }
            if (unique(pair.clone())) {
              return chosen(List.of(names.get(a), names.get(b)), pair);
            }
          }
        }
      }
    }
    return new Done(List.of(), digests, null);
  }

  private Done chosen(List<String> key, long[] digestsOfKeys) {
    inferred = new LongSpill();
    for (long k : digestsOfKeys) {
      inferred.add(k);
    }
    return new Done(new ArrayList<>(key), digests, inferred);
  }

  /** Whether the values differ, all (sorts {@code v}). */
  private static boolean unique(long[] v) {
    Arrays.sort(v);
    for (int i = 1; i < v.length; i++) {
      if (v[i] == v[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Deletes the temporary files; the {@link Done} handed over is closed with it. */
  @Override
  public void close() {
    digests.close();
    if (keys != null) {
      keys.close();
    }
    for (LongSpill c : candidates) {
      c.close();
    }
    if (inferred != null) {
      inferred.close();
    }
  }
}
