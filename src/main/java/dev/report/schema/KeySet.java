package dev.report.schema;

import dev.report.ExitCode;
import dev.report.ReportException;
import dev.report.config.Names;
import dev.report.read.CellReader;
import dev.report.read.TableReader;
import dev.report.read.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of a parent table's key, read in one streaming pass before its children are checked.
 * Every value written in the parent counts, even one the parent's own checks reject, so that a
 * bad parent row is reported once, on the parent, and not again on each of its children.
 */
public final class KeySet {
  /** Parent keys searched one by one for a did-you-mean; above this, only case and spacing. */
  static final int FUZZY_MAX_KEYS = 20_000;
  /** Suggestions remembered per parent (a misspelt key usually repeats). */
  private static final int CACHE_MAX = 10_000;
  private static final Value SKIPPED = new Value.Empty("");

  private final String file;
  private final List<String> fields;
  private final Set<String> keys = new HashSet<>();
  /** Keys by their text folded (case and spacing), for case-only mismatches. */
  private final Map<String, String> folded = new HashMap<>();
  private final Map<String, String> suggestions = new LinkedHashMap<>();

  private KeySet(String file, List<String> fields) {
    this.file = file;
    this.fields = List.copyOf(fields);
  }

  /**
   * Reads the values of {@code fields} in {@code parent}.
   *
   * @param where the descriptor property that names the fields, for the message of a bad name
   * @throws ReportException exit 2 when the parent has no such column
   */
  static KeySet collect(Binding parent, List<String> fields, String where) throws IOException {
    KeySet set = new KeySet(parent.table().fileName(), fields);
    if (parent.table().status() != dev.report.read.TableProfile.Status.TABLE) {
      return set;
    }
    int[] columns = columns(parent, fields, where);
    FieldValues[] typed = new FieldValues[fields.size()];
    for (int k = 0; k < fields.size(); k++) {
      int f = parent.hasSchema() ? parent.schema().index(fields.get(k)) : -1;
      typed[k] = f >= 0 ? parent.values(f) : null;
    }
    List<CellReader> skip = Collections.nCopies(parent.table().columns().size(), raw -> SKIPPED);
    TableReader.read(parent.table(), skip, (record, values) -> {
      if (values == null) {
        return;
      }
      List<String> parts = new ArrayList<>(columns.length);
      for (int k = 0; k < columns.length; k++) {
        String raw = columns[k] < record.fields().size() ? record.fields().get(columns[k]) : "";
        Object v = typed[k] == null ? Keys.untyped(raw) : typed[k].read(raw);
        if (v == FieldValues.MISSING || v instanceof String s && s.isEmpty() && typed[k] == null) {
          return;
        }
        parts.add(v == FieldValues.INVALID ? Keys.untyped(raw) : Keys.canonical(v));
      }
      set.add(Keys.join(parts));
    });
    return set;
  }

  /**
   * The columns of {@code fields} in {@code parent}: a field's column, or for a parent without a
   * schema the column of that name.
   *
   * @throws ReportException exit 2 when the parent has no such column
   */
  static int[] columns(Binding parent, List<String> fields, String where) {
    int[] columns = new int[fields.size()];
    if (parent.table().status() != dev.report.read.TableProfile.Status.TABLE) {
      return columns;
    }
    for (int k = 0; k < fields.size(); k++) {
      String name = fields.get(k);
      int f = parent.hasSchema() ? parent.schema().index(name) : -1;
      if (f >= 0) {
        columns[k] = parent.columnOf(f);
      } else {
        columns[k] = parent.table().columns().indexOf(name);
        if (columns[k] < 0) {
          throw new ReportException(ExitCode.USAGE, where + ": \"" + name + "\" is not a column of "
              + parent.table().fileName() + Names.didYouMean(name, parent.table().columns()));
        }
      }
    }
    return columns;
  }

  private void add(String key) {
    if (keys.add(key)) {
      folded.putIfAbsent(fold(key), key);
    }
  }

  boolean contains(String key) {
    return keys.contains(key);
  }

  /** The parent file, e.g. {@code hosts.csv}. */
  String file() {
    return file;
  }

  List<String> fields() {
    return fields;
  }

  /** The parent key a missing {@code key} likely means, or null. */
  String suggest(String key) {
    String cached = suggestions.get(key);
    if (cached != null || suggestions.containsKey(key)) {
      return cached;
    }
    String s = folded.get(fold(key));
    // Numbers and codes without letters: a near one is not a likely typo of it.
    if (s == null && keys.size() <= FUZZY_MAX_KEYS && key.chars().anyMatch(Character::isLetter)) {
      s = Names.closest(key, keys);
    }
    if (suggestions.size() < CACHE_MAX) {
      suggestions.put(key, s);
    }
    return s;
  }

  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '_' && c != '-') {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
