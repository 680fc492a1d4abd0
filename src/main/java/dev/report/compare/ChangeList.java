package dev.report.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes as found, in order: the first {@link #LISTED} kept for the Changes sheet and
 * changes.csv, all of them counted per table and kind (so that a table rewritten whole does not
 * fill the heap, nor the sheet past Excel's last row).
 */
public final class ChangeList {
  /** Changes listed at most (a few hundred bytes of heap each). */
  public static final int LISTED = 50_000;

  private final List<Change> listed = new ArrayList<>();
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private long unlisted;

  public void add(Change c) {
    counts.computeIfAbsent(c.table(), t -> new long[Change.Kind.values().length])
        [c.kind().ordinal()]++;
    if (listed.size() < LISTED) {
      listed.add(c);
    } else {
      unlisted++;
    }
  }

  /** Adds {@code other}'s changes after these: its listed ones while there is room, its counts. */
  public void addAll(ChangeList other) {
    for (Change c : other.listed) {
      if (listed.size() < LISTED) {
        listed.add(c);
      } else {
        unlisted++;
      }
    }
    unlisted += other.unlisted;
    other.counts.forEach((table, n) -> {
      long[] to = counts.computeIfAbsent(table, t -> new long[n.length]);
      for (int k = 0; k < n.length; k++) {
        to[k] += n[k];
      }
    });
  }

  /** The first {@link #LISTED} changes, in order. */
  public List<Change> listed() {
    return Collections.unmodifiableList(listed);
  }

  /** Changes found past the listed ones. */
  public long unlisted() {
    return unlisted;
  }

  /** Changes of {@code kind} in all. */
  public long count(Change.Kind kind) {
    return counts.values().stream().mapToLong(n -> n[kind.ordinal()]).sum();
  }

  /** Per table (in the order first seen), its changes of each kind, by {@link Change.Kind}. */
  public Map<String, long[]> byTable() {
    Map<String, long[]> copy = new LinkedHashMap<>();
    counts.forEach((t, n) -> copy.put(t, n.clone()));
    return copy;
  }
}
