package dev.report.schema;

import dev.report.check.Issue;
import dev.report.check.IssueSink;
import dev.report.check.RowIndex;
import dev.report.check.Rule;
import dev.report.check.Severity;
import dev.report.config.Names;
import dev.report.read.Dialect;
import dev.report.read.RawRecord;
import dev.report.read.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a Table Schema asks for, on one table, in one streaming pass: header labels against
 * field names, constraints, unique fields and keys (hash indexes), and foreign keys against parent
 * key sets read beforehand. Type errors are the {@link dev.report.check.TableChecker}'s.
 */
public final class SchemaChecker {
  private final Binding b;
  private final TableSchema schema;
  private final IssueSink sink;
  private final String file;
  private final RowIndex[] uniqueFields;
  private final int[] primary;
  private final RowIndex primaryIndex = new RowIndex();
  private final List<int[]> uniqueKeys = new ArrayList<>();
  private final List<RowIndex> uniqueKeyIndexes = new ArrayList<>();
  private final List<TableSchema.ForeignKey> foreignKeys;
  private final List<int[]> foreignFields = new ArrayList<>();
  private final List<KeySet> parents;
  private boolean headerSeen;
  /** Empty lines since the last record, reported only if a record follows (as blank rows are). */
  private long emptyLines;
  private long firstEmptyLine;

  /** {@code parents} holds the key set of each of the schema's foreign keys, in order. */
  SchemaChecker(Binding b, IssueSink sink, List<KeySet> parents) {
    this.b = b;
    this.schema = b.schema();
    this.sink = sink;
    this.file = b.table().fileName();
    this.parents = List.copyOf(parents);
    int n = schema.fields().size();
    uniqueFields = new RowIndex[n];
    for (int f = 0; f < n; f++) {
      if (schema.fields().get(f).constraints().unique()) {
        uniqueFields[f] = new RowIndex();
      }
    }
    primary = indexes(schema.primaryKey());
    for (List<String> k : schema.uniqueKeys()) {
      uniqueKeys.add(indexes(k));
      uniqueKeyIndexes.add(new RowIndex());
    }
    foreignKeys = schema.foreignKeys();
    for (TableSchema.ForeignKey fk : foreignKeys) {
      foreignFields.add(indexes(fk.fields()));
    }
  }

  private int[] indexes(List<String> names) {
    return names.stream().mapToInt(schema::index).toArray();
  }

  /**
   * Checks one record of the second pass, header and empty lines included; {@code typed} are its
   * typed values (null for the header and empty lines).
   */
  public void record(RawRecord r, Value[] typed) {
    if (r.emptyLine()) {
      if (headerSeen && primary.length > 0 && emptyLines++ == 0) {
        firstEmptyLine = r.line();
      }
      return;
    }
    // An empty line between records is a blank row: its primary key is empty (Frictionless').
    for (long k = 0; k < emptyLines; k++) {
      error(firstEmptyLine + k, primary[0], "", "the primary key " + Keys.names(schema.primaryKey())
          + " is empty", Rule.PRIMARY_KEY, "give every record its key");
    }
    emptyLines = 0;
    if (!headerSeen) {
      headerSeen = true;
      if (b.table().dialect().header() == Dialect.Header.FIRST_LINE) {
        labels(r.line(), r.fields());
        return;
      }
    }
    List<String> fields = r.fields();
    int n = schema.fields().size();
    Object[] values = new Object[n];
    for (int f = 0; f < n; f++) {
      int c = b.columnOf(f);
      values[f] = c >= fields.size() ? FieldValues.MISSING
          : typed == null ? b.values(f).read(fields.get(c)) : b.values(f).of(typed[c], fields.get(c));
    }
    List<String> cells = fields;
    if (r.isBlank()) {
      // Frictionless' rule: a blank row is one issue, but an empty primary key is another.
      checkPrimaryKey(r, values);
      return;
    }
    for (int f = 0; f < n; f++) {
      Object v = values[f];
      if (v == FieldValues.INVALID) {
        continue;
      }
      int c = b.columnOf(f);
      String raw = c < cells.size() ? cells.get(c) : "";
      Field field = schema.fields().get(f);
      if (v == FieldValues.MISSING) {
        if (field.constraints().required()) {
          error(r.line(), f, raw, "\"" + field.name() + "\" is required, but the value is missing",
              Rule.CONSTRAINT_ERROR, "");
        }
        continue;
      }
      String problem = Constrain.problem(field, v, raw);
      if (problem != null) {
        error(r.line(), f, raw, problem, Rule.CONSTRAINT_ERROR, Constrain.suggestion(field, raw));
      }
      if (uniqueFields[f] != null) {
        long first = uniqueFields[f].firstLine(RowIndex.hash(List.of(Keys.canonical(v))), r.line());
        if (first > 0) {
          error(r.line(), f, raw, "\"" + raw + "\" is already in \"" + field.name()
              + "\" at line " + first + "; its values must be unique", Rule.UNIQUE_ERROR, "");
        }
      }
    }
    checkPrimaryKey(r, values);
    for (int k = 0; k < uniqueKeys.size(); k++) {
      int[] key = uniqueKeys.get(k);
      List<String> parts = parts(values, key);
      if (parts == null) {
        continue;
      }
      long first = uniqueKeyIndexes.get(k).firstLine(RowIndex.hash(parts), r.line());
      if (first > 0) {
        List<String> names = schema.uniqueKeys().get(k);
        error(r.line(), key[0], raws(cells, key), key.length == 1
            ? Keys.show(rawList(cells, key)) + " is already in \"" + names.get(0) + "\" at line "
                + first + "; its values must be unique"
            : "the values of " + Keys.names(names) + ", " + Keys.show(rawList(cells, key))
                + ", are already at line " + first + "; together they must be unique",
            Rule.UNIQUE_ERROR, "");
      }
    }
    for (int k = 0; k < foreignKeys.size(); k++) {
      checkForeignKey(r, values, k);
    }
  }

  private void checkPrimaryKey(RawRecord r, Object[] values) {
    if (primary.length == 0) {
      return;
    }
    List<String> names = schema.primaryKey();
    for (int f : primary) {
      if (values[f] == FieldValues.MISSING) {
        error(r.line(), f, "", "the primary key " + Keys.names(names) + " is empty"
            + (primary.length > 1 ? " in part" : ""), Rule.PRIMARY_KEY, "give every record its key");
        return;
      }
    }
    List<String> parts = parts(values, primary);
    if (parts == null) {
      return;
    }
    long first = primaryIndex.firstLine(RowIndex.hash(parts), r.line());
    if (first > 0) {
      List<String> shown = rawList(r.fields(), primary);
      error(r.line(), primary[0], raws(r.fields(), primary), "the primary key " + Keys.names(names)
          + " " + Keys.show(shown) + " is already at line " + first, Rule.PRIMARY_KEY,
          "give every record its own key");
    }
  }

  private void checkForeignKey(RawRecord r, Object[] values, int k) {
    int[] own = foreignFields.get(k);
    List<String> parts = parts(values, own);
    if (parts == null) {
      return;
    }
    KeySet parent = parents.get(k);
    String key = Keys.join(parts);
    if (parent.contains(key)) {
      return;
    }
    TableSchema.ForeignKey fk = foreignKeys.get(k);
    List<String> shown = rawList(r.fields(), own);
    boolean sameNames = fk.fields().equals(parent.fields());
    String where = fk.parent().isEmpty() && !sameNames ? "is not a value of "
        + Keys.names(parent.fields()) + " in this table"
        : "is not " + (sameNames ? "in " : "a value of " + Keys.names(parent.fields()) + " in ")
        + parent.file();
    String likely = parent.suggest(key);
    String suggestion = "";
    if (likely != null) {
      List<String> likelyParts = List.of(likely.split(String.valueOf(Keys.SEPARATOR), -1));
      suggestion = "did you mean " + Keys.show(likelyParts) + "?";
    }
    error(r.line(), own[0], raws(r.fields(), own), Keys.names(fk.fields()) + " " + Keys.show(shown)
        + " " + where, Rule.FOREIGN_KEY, suggestion);
  }

  /** The canonical parts of a key, or null when a part is missing or invalid (not compared). */
  private static List<String> parts(Object[] values, int[] key) {
    List<String> parts = new ArrayList<>(key.length);
    for (int f : key) {
      Object v = values[f];
      if (v == FieldValues.MISSING || v == FieldValues.INVALID) {
        return null;
      }
      parts.add(Keys.canonical(v));
    }
    return parts;
  }

  private List<String> rawList(List<String> cells, int[] key) {
    List<String> out = new ArrayList<>();
    for (int f : key) {
      int c = b.columnOf(f);
      out.add(c < cells.size() ? cells.get(c) : "");
    }
    return out;
  }

  private String raws(List<String> cells, int[] key) {
    return String.join(", ", rawList(cells, key));
  }

  /** Header labels against field names, as {@code fieldsMatch} says. */
  private void labels(long line, List<String> labels) {
    List<Field> fields = schema.fields();
    if (!schema.byName()) {
      for (int i = 0; i < Math.max(labels.size(), fields.size()); i++) {
        if (i >= fields.size()) {
          issue(line, i + 1, labels.get(i), "the header \"" + labels.get(i) + "\" (column " + (i + 1)
              + ") is not a field of the schema, which has " + fields.size()
              + (fields.size() == 1 ? " field" : " fields"), Rule.EXTRA_LABEL,
              "add the field to the schema, or remove the column");
        } else if (i >= labels.size()) {
          missingLabel(line, i, labels.size());
        } else if (!labels.get(i).equals(fields.get(i).name())) {
          String label = labels.get(i);
          String name = fields.get(i).name();
          issue(line, i + 1, label, "the header of column " + (i + 1) + " is \"" + label
              + "\" but the schema names field " + (i + 1) + " \"" + name + "\""
              + (label.strip().equalsIgnoreCase(name) ? " (only case or spaces differ)" : ""),
              Rule.INCORRECT_LABEL, "rename the column or the field");
        }
      }
      return;
    }
    String match = schema.fieldsMatch();
    List<String> names = schema.names();
    // A header likely misspells a field that has no column, not one that has its own.
    List<String> unmatched = new ArrayList<>();
    for (int f = 0; f < fields.size(); f++) {
      if (!b.labelled(f)) {
        unmatched.add(fields.get(f).name());
      }
    }
    if (match.equals("equal") || match.equals("superset")) {
      for (int i = 0; i < labels.size(); i++) {
        if (!names.contains(labels.get(i))) {
          issue(line, i + 1, labels.get(i), "the header \"" + labels.get(i)
              + "\" is not a field of the schema" + Names.didYouMean(labels.get(i), unmatched),
              Rule.EXTRA_LABEL, "add the field to the schema, or remove the column");
        }
      }
    }
    boolean anyFound = false;
    for (int f = 0; f < fields.size(); f++) {
      anyFound |= b.labelled(f);
    }
    for (int f = 0; f < fields.size(); f++) {
      boolean needed = match.equals("equal") || match.equals("subset")
          || match.equals("partial") && !anyFound;
      if (!b.labelled(f) && needed) {
        missingLabel(line, f, labels.size());
      }
    }
  }

  private void missingLabel(long line, int f, int labels) {
    String name = schema.fields().get(f).name();
    issue(line, b.columnOf(f) + 1, "", "the schema's field \"" + name + "\" has no column in the "
        + "file (its header has " + labels + (labels == 1 ? " column)" : " columns)"),
        Rule.MISSING_LABEL, "add the column, or remove the field from the schema");
  }

  private void error(long line, int field, String value, String problem, Rule rule,
      String suggestion) {
    issue(line, b.columnOf(field) + 1, value, problem, rule, suggestion);
  }

  private void issue(long line, int column, String value, String problem, Rule rule,
      String suggestion) {
    String name = column > 0 && column <= b.table().columns().size()
        ? b.table().columns().get(column - 1) : "";
    sink.accept(new Issue(Severity.ERROR, file, line, column, name, value, problem, rule,
        suggestion));
  }

}
