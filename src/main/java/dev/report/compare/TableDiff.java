package dev.report.compare;

import dev.report.read.ColumnType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Compares a table's new records, as they are written, with its records in the earlier report.
 * With a key, records match by key (a hash index of the earlier keys); without one, in file order
 * like a diff: a new record that is no earlier record at or just after the current place is added,
 * unless its other cells mostly agree with the earlier record there (then it is that one, changed).
 */
public final class TableDiff {
  /** Earlier records looked ahead for one equal to the new record, in file order. */
  static final int LOOKAHEAD = 64;
  /** Earlier records looked ahead for one that mostly agrees with a new record that equals none. */
  static final int NEARBY = 3;

  /** Per new record: the earlier value of each changed cell (null: unchanged), or added. */
  public record Mark(Cell[] before, boolean added) {
    static final Mark SAME = new Mark(null, false);

    public boolean any() {
      return added || before != null;
    }
  }

  private final Baseline.Table base;
  private final String file;
  private final List<String> names;
  private final List<ColumnType.Kind> kinds;
  private final List<String> formats;
  /** Per new column, the earlier column of its name (or renamed at its place), or -1. */
  private final int[] old;
  /** Per new column, whether its type changed (its cells are compared only with cells of a kind). */
  private final boolean[] retyped;
  /** New columns of the key, or empty for matching in file order. */
  private final int[] key;
  private final KeyIndex index;
  private final boolean[] matched;
  private final ChangeList changes = new ChangeList();
  /** In file order: the next earlier record not yet passed. */
  private int next;
  private String broken;
  /** Whether the earlier columns are the new ones, in order. */
  private final boolean identity;

  /**
   * {@code declaredKey}: the Data Package's primary key, or empty to use the earlier report's key,
   * else one inferred from the earlier records (a unique, complete column or pair of columns).
   */
  public TableDiff(Baseline.Table base, String file, List<String> names,
      List<ColumnType.Kind> kinds, List<String> formats, List<String> declaredKey) {
    this.base = base;
    this.file = file;
    this.names = List.copyOf(names);
    this.kinds = List.copyOf(kinds);
    this.formats = List.copyOf(formats);
    TableMeta m = base.meta();
    int n = names.size();
    this.old = m.columnsOf(names);
    this.retyped = new boolean[n];
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (old[i] >= 0) {
        used.add(old[i]);
      }
      if (old[i] >= 0 && !m.columns().get(old[i]).name().equals(names.get(i))) {
        changes.add(Change.about(Change.Kind.RENAMED_COLUMN, file, names.get(i),
            m.columns().get(old[i]).name(), names.get(i)));
      } else if (old[i] < 0) {
        changes.add(Change.about(Change.Kind.NEW_COLUMN, file, names.get(i), "", names.get(i)));
      }
    }
    for (int o = 0; o < m.columns().size(); o++) {
      if (!used.contains(o)) {
        String name = m.columns().get(o).name();
        changes.add(Change.about(Change.Kind.GONE_COLUMN, file, name, name, ""));
      }
    }
    for (int i = 0; i < n; i++) {
      if (old[i] >= 0 && m.columns().get(old[i]).kind() != kinds.get(i)) {
        retyped[i] = true;
        changes.add(Change.about(Change.Kind.TYPE_CHANGED, file, names.get(i),
            m.columns().get(old[i]).kind().label(), kinds.get(i).label()));
      }
    }
    // Fingerprinted: each earlier column is a new one of its type, and the key is the earlier one.
    this.key = !base.fingerprinted() ? Keys.choose(declaredKey, m.key(), names, old, base.records())
        : earlierKey(m, base.projection());
    this.identity = !base.fingerprinted() || (base.projection().length == n
        && java.util.stream.IntStream.range(0, n).allMatch(i -> base.projection()[i] == i));
    this.matched = new boolean[base.records().size()];
    this.index = key.length == 0 ? null
        : new KeyIndex(base.fingerprinted() ? base.keys() : oldKeys(base.records()));
  }

  /**
   * The new columns of the earlier report's key, renamed or moved ones included (its fingerprints
   * are of those cells); none when it had no key.
   */
  private static int[] earlierKey(TableMeta m, int[] projection) {
    int[] key = new int[m.key().size()];
    for (int k = 0; k < key.length; k++) {
      int o = m.column(m.key().get(k));
      if (o < 0) {
        return new int[0];
      }
      key[k] = projection[o];
    }
    return key;
  }

  /** The fingerprints of the earlier records' keys, read whole. */
  private long[] oldKeys(List<Cell[]> records) {
    long[] keys = new long[records.size()];
    Cell[] mapped = new Cell[names.size()];
    for (int r = 0; r < keys.length; r++) {
      Cell[] was = records.get(r);
      for (int c : key) {
        mapped[c] = was[old[c]];
      }
      keys[r] = Digest.of(mapped, key);
    }
    return keys;
  }

  /** Earlier records whose key an earlier record has too (matched in file order). */
  public long repeatedKeys() {
    return index == null ? 0 : index.repeated();
  }

  /** Why the earlier table could not be read to the end (its changes are then not kept), or null. */
  public String broken() {
    return broken;
  }

  /** The names of the key's columns, kept in this report for the next comparison. */
  public List<String> keyNames() {
    List<String> k = new ArrayList<>();
    for (int c : key) {
      k.add(names.get(c));
    }
    return k;
  }

  /**
   * Compares the record at {@code line} with its earlier version; records the changes and says
   * which cells to mark. {@code link} gives the location of the record's cell of a column (0-based;
   * -1 for its first cell), such as {@code 'Sheet'!B7}.
   */
  public Mark record(long line, Fingerprints.Record record, IntFunction<String> link) {
    if (broken != null) {
      return Mark.SAME;
    }
    try {
      return compare(line, record, link);
    } catch (Source.Unreadable | java.io.UncheckedIOException e) {
      broken = e.getMessage();
      return Mark.SAME;
    }
  }

  private Mark compare(long line, Fingerprints.Record record, IntFunction<String> link) {
    long digest = projected(record);
    int r = key.length > 0 ? byKey(record.hashes()) : inOrder(record, digest);
    if (r >= 0 && base.fingerprinted() && base.digests()[r] == digest) {
      return Mark.SAME;
    }
    // Cells are made only for a record that is not known to be the same.
    Cell[] cells = record.cells();
    if (r < 0) {
      changes.add(new Change(Change.Kind.ADDED, file, line, newKey(cells), "", Cell.BLANK, null,
          "@", Cell.BLANK, null, "@", link.apply(-1)));
      return new Mark(null, true);
    }
    Cell[] was = base.records().get(r);
    Cell[] before = null;
    for (int i = 0; i < cells.length; i++) {
      if (old[i] < 0 || !differs(i, was[old[i]], cells[i])) {
        continue;
      }
      if (before == null) {
        before = new Cell[cells.length];
      }
      before[i] = was[old[i]];
      ColumnType.Kind k = base.meta().columns().get(old[i]).kind();
      changes.add(new Change(Change.Kind.CHANGED, file, line, newKey(cells), names.get(i),
          before[i], k, base.meta().columns().get(old[i]).format(), cells[i], kinds.get(i),
          formats.get(i), link.apply(i)));
    }
    return before == null ? Mark.SAME : new Mark(before, false);
  }

  private boolean differs(int i, Cell was, Cell now) {
    if (was.equals(now)) {
      return false;
    }
    // A retyped column: a number that is now a text is the type's change, said once.
    return !retyped[i] || Cell.sameKind(was, now);
  }

  /** The record's fingerprint over the earlier columns (the whole record's when they are all). */
  private long projected(Fingerprints.Record record) {
    if (!base.fingerprinted() || identity) {
      return record.digest();
    }
    return Digest.ofCells(record.hashes(), base.projection());
  }

  private int byKey(long[] hashes) {
    int r = index.find(Digest.ofCells(hashes, key), matched);
    if (r < 0) {
      return -1;
    }
    matched[r] = true;
    return r;
  }

  /** The earlier record this one is, in file order, or -1 when it is new. */
  private int inOrder(Fingerprints.Record record, long digest) {
    List<Cell[]> records = base.records();
    int end = Math.min(records.size(), next + LOOKAHEAD);
    Cell[] cells = base.fingerprinted() ? null : record.cells();
    for (int r = next; r < end; r++) {
      if (base.fingerprinted() ? base.digests()[r] == digest
          : agree(records.get(r), cells) == cells.length) {
        removeUpTo(r);
        next = r + 1;
        return r;
      }
    }
    // No equal record: the first one of the next few whose cells mostly agree is this one, changed
    // (the records before it were removed).
    if (cells == null && next < records.size()) {
      cells = record.cells();
    }
    for (int r = next; r < Math.min(records.size(), next + NEARBY); r++) {
      if (2 * agree(records.get(r), cells) > cells.length) {
        removeUpTo(r);
        next = r + 1;
        return r;
      }
    }
    return -1;
  }

  /** How many of the new record's cells equal the earlier record's. */
  private int agree(Cell[] was, Cell[] cells) {
    int same = 0;
    for (int i = 0; i < cells.length; i++) {
      if (old[i] >= 0 ? was[old[i]].equals(cells[i]) : true) {
        same++;
      }
    }
    return same;
  }

  private void removeUpTo(int end) {
    for (int r = next; r < end; r++) {
      removed(r);
    }
  }

  private void removed(int r) {
    Cell[] was = base.records().get(r);
    changes.add(new Change(Change.Kind.REMOVED, file, base.meta().line(r), oldShown(was), "",
        Cell.BLANK, null, "@", Cell.BLANK, null, "@", ""));
  }

  /** Records the earlier records that no new one matched; returns every change of the table. */
  public ChangeList finish() {
    if (broken != null) {
      return new ChangeList();
    }
    try {
      removeRest();
    } catch (Source.Unreadable | java.io.UncheckedIOException e) {
      broken = e.getMessage();
      return new ChangeList();
    }
    return changes;
  }

  private void removeRest() {
    if (key.length > 0) {
      for (int r = 0; r < matched.length; r++) {
        if (!matched[r]) {
          removed(r);
        }
      }
    } else {
      removeUpTo(base.records().size());
      next = base.records().size();
    }
  }

  /** The Key column: the key's values, or the first two cells without a key. */
  private String newKey(Cell[] cells) {
    List<String> parts = new ArrayList<>();
    int[] shown = key.length > 0 ? key : new int[] {0, 1};
    for (int c : shown) {
      if (c < cells.length) {
        parts.add(Cell.show(cells[c], kinds.get(c)));
      }
    }
    return String.join(", ", parts);
  }

  private String oldShown(Cell[] was) {
    List<String> parts = new ArrayList<>();
    if (key.length > 0) {
      for (int c : key) {
        parts.add(Cell.show(was[old[c]], base.meta().columns().get(old[c]).kind()));
      }
    } else {
      for (int o = 0; o < Math.min(2, was.length); o++) {
        parts.add(Cell.show(was[o], base.meta().columns().get(o).kind()));
      }
    }
    return String.join(", ", parts);
  }
}
