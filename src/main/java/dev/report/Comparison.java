package dev.report;

import dev.report.compare.Baseline;
import dev.report.compare.Change;
import dev.report.compare.ChangeList;
import dev.report.compare.CompareWith;
import dev.report.compare.TableDiff;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.schema.Binding;
import dev.report.write.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A run's comparison with the earlier report (issue 17): read before it is replaced, compared
 * table by table as records are written, summed up on the console. Never stops the run.
 */
final class Comparison implements AutoCloseable {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final Baseline baseline;
  private final List<String> lines = new ArrayList<>();
  private final ChangeList changes = new ChangeList();
  private final Set<String> seen = new HashSet<>();
  private final Map<ReportWriter.TableSheet, TableDiff> diffs = new IdentityHashMap<>();

  private Comparison(Baseline baseline) {
    this.baseline = baseline;
  }

  /** Looks for the earlier report that {@code config} asks to compare with, and reads it. */
  static Comparison start(ReportConfig config) {
    Path file;
    if (config.compare() instanceof CompareWith.Given g) {
      file = g.file();
      if (!Files.exists(file)) {
        Comparison none = new Comparison(null);
        none.lines.add("report: --compare-with " + file + ": no such file; no comparison this time");
        return none;
      }
    } else if (config.compare() instanceof CompareWith.Replaced) {
      file = config.outputDir().resolve("report.xlsx");
      if (!Files.exists(file)) {
        return new Comparison(null);
      }
    } else {
      return new Comparison(null);
    }
    Baseline.Found found = Baseline.read(file, Baseline.maxRecords());
    if (found instanceof Baseline.Usable u) {
      return new Comparison(u.baseline());
    }
    Comparison none = new Comparison(null);
    none.lines.add("report: " + ((Baseline.Unusable) found).why());
    return none;
  }

  /**
   * Starts comparing the table written to {@code sheet}; a table the earlier report lacks is new.
   * {@code asked}: report.yaml's {@code key:} (it wins over the Data Package's primaryKey), or empty.
   */
  void table(Binding b, ReportWriter.TableSheet sheet, List<String> asked) {
    TableProfile t = b.table();
    List<String> key = !asked.isEmpty() ? asked
        : b.resource() == null ? List.of() : b.resource().primaryKey();
    sheet.key(key);
    if (baseline == null) {
      return;
    }
    seen.add(t.fileName());
    if (!baseline.tableFiles().contains(t.fileName())) {
      changes.add(Change.table(Change.Kind.NEW_TABLE, t.fileName()));
      return;
    }
    List<ColumnType.Kind> kinds = t.types().stream().map(ColumnType::kind).toList();
    Baseline.Table earlier;
    try {
      earlier = baseline.table(t.fileName(), t.columns(), kinds, key);
    } catch (Baseline.CannotCompare e) {
      lines.add("report: " + e.getMessage());
      return;
    }
    TableDiff diff = new TableDiff(earlier, t.fileName(), t.columns(), kinds, sheet.formats(), key);
    diffs.put(sheet, diff);
    if (diff.repeatedKeys() > 0) {
      lines.add("report: " + t.fileName() + ": the key (" + String.join(", ", diff.keyNames())
          + ") is not unique in the earlier report (" + diff.repeatedKeys() + " records repeat"
          + " another's): records of one key are matched in file order; give a unique key with"
          + " key: in report.yaml");
    }
    sheet.compare(diff, DAY.format(baseline.generated()));
  }

  /** Call when the table's records are all written. */
  void tableDone(ReportWriter.TableSheet sheet) {
    TableDiff diff = diffs.remove(sheet);
    if (diff != null) {
      ChangeList found = diff.finish();
      if (diff.broken() != null) {
        lines.add("report: the earlier report " + baseline.file() + " cannot be read to the end ("
            + diff.broken() + "): " + sheet.sheetName() + " is not compared");
      } else {
        changes.addAll(found);
      }
    }
  }

  /** Hands the changes to the writer (no Changes sheet without an earlier report). */
  void finish(ReportWriter out) {
    if (baseline == null) {
      return;
    }
    baseline.close();
    for (String file : baseline.tableFiles()) {
      if (!seen.contains(file)) {
        changes.add(Change.table(Change.Kind.GONE_TABLE, file));
      }
    }
    String since = MINUTE.format(baseline.generated());
    out.changes(changes, since + " UTC");
    lines.add("Changes since " + since + ": " + summary());
  }

  private String summary() {
    long[] n = new long[Change.Kind.values().length];
    for (Change.Kind k : Change.Kind.values()) {
      n[k.ordinal()] = changes.count(k);
    }
    StringBuilder b = new StringBuilder(plural(n[Change.Kind.CHANGED.ordinal()], "changed cell"))
        .append(", ").append(n[Change.Kind.ADDED.ordinal()]).append(" added, ")
        .append(n[Change.Kind.REMOVED.ordinal()]).append(" removed");
    for (Change.Kind k : List.of(Change.Kind.NEW_TABLE, Change.Kind.GONE_TABLE,
        Change.Kind.NEW_COLUMN, Change.Kind.GONE_COLUMN, Change.Kind.RENAMED_COLUMN,
        Change.Kind.TYPE_CHANGED)) {
      if (n[k.ordinal()] > 0) {
        b.append(", ").append(n[k.ordinal()]).append(' ').append(k.label());
      }
    }
    return b.toString();
  }

  private static String plural(long n, String word) {
    return String.format(Locale.ROOT, "%d %s", n, n == 1 ? word : word + "s");
  }

  /** Closes the earlier report (also when the run fails). */
  @Override
  public void close() {
    if (baseline != null) {
      baseline.close();
    }
  }

  /** What to print on the console about the comparison. */
  List<String> lines() {
    return List.copyOf(lines);
  }
}
