package dev.report.schema;

import dev.report.check.Issue;
import dev.report.check.IssueSink;
import dev.report.check.Rule;
import dev.report.check.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Data Package's checks across its tables: each table's {@link SchemaChecker}, with the key
 * sets of the parents its foreign keys point at, each parent read once however many children.
 */
public final class PackageCheck {
  private final DataPackage pkg;
  private final Map<String, Binding> byResource = new HashMap<>();
  private final Map<String, KeySet> keySets = new HashMap<>();

  public PackageCheck(DataPackage pkg) {
    this.pkg = pkg;
  }

  /** Makes {@code b}'s table known as the parent of foreign keys to its resource. */
  public void add(Binding b) {
    if (b.resource() != null) {
      byResource.put(b.resource().name(), b);
    }
  }

  /**
   * Checks that the parent of every foreign key has the key's columns, once every table has been
   * added (first passes read): a parent without a schema is known by its header only then. Call
   * before anything is written.
   *
   * @throws dev.report.ReportException exit 2 when a parent has no such column
   */
  public void checkParents() {
    for (Binding b : byResource.values()) {
      if (!b.hasSchema()) {
        continue;
      }
      List<TableSchema.ForeignKey> fks = b.schema().foreignKeys();
      for (int k = 0; k < fks.size(); k++) {
        KeySet.columns(parent(b, fks.get(k)), fks.get(k).parentFields(), where(b, k));
      }
    }
  }

  private Binding parent(Binding b, TableSchema.ForeignKey fk) {
    return byResource.get(fk.parent().isEmpty() ? b.resource().name() : fk.parent());
  }

  private String where(Binding b, int k) {
    return pkg.fileName() + ": resources[" + b.resource().index() + "].schema.foreignKeys[" + k
        + "].reference.fields";
  }

  /**
   * The schema checks of {@code b}, to be given the sink of their issues, or null when it has no
   * schema. Reads the parent tables of its foreign keys (once each).
   */
  public Function<IssueSink, SchemaChecker> checker(Binding b) throws IOException {
    if (!b.hasSchema()) {
      return null;
    }
    List<KeySet> parents = new ArrayList<>();
    List<TableSchema.ForeignKey> fks = b.schema().foreignKeys();
    for (int k = 0; k < fks.size(); k++) {
      TableSchema.ForeignKey fk = fks.get(k);
      String name = fk.parent().isEmpty() ? b.resource().name() : fk.parent();
      String cacheKey = name + '\u001F' + String.join("\u001F", fk.parentFields());
      KeySet set = keySets.get(cacheKey);
      if (set == null) {
        set = KeySet.collect(parent(b, fk), fk.parentFields(), where(b, k));
        keySets.put(cacheKey, set);
      }
      parents.add(set);
    }
    return sink -> new SchemaChecker(b, sink, parents);
  }

  /** What the descriptor asks that is not checked: one warning each, on the descriptor. */
  public List<Issue> notes() {
    List<Issue> out = new ArrayList<>();
    for (DataPackage.Resource r : pkg.resources()) {
      for (String note : r.notes()) {
        out.add(new Issue(Severity.WARNING, pkg.fileName(), 0, 0, "", "", note, Rule.NOT_CHECKED,
            ""));
      }
    }
    return out;
  }
}
