package dev.report.check;

import dev.report.read.TableProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a schema declares of a table's records, where the checks would otherwise go by the file:
 * how many cells a record has, and the type each column's values must have.
 *
 * @param width cells a record should have (the header's width without a schema)
 * @param types per column (0-based), how its declared type is named in messages ("an integer"),
 *     or null where the type is inferred; shorter than the columns when the rest are inferred
 * @param positional whether {@code width} is the schema's number of fields, matched to the
 *     columns by position; false when it is the header's width (no schema, or fields matched by
 *     name)
 */
public record Declared(int width, List<String> types, boolean positional) {
  public Declared {
    if (width < 0) {
      throw new IllegalArgumentException("width must be 0 or more");
    }
    types = Collections.unmodifiableList(new ArrayList<>(types));
  }

  /** Nothing declared: the header says the width, the data the types. */
  public static Declared inferred(TableProfile t) {
    return new Declared(t.headerWidth(), List.of(), false);
  }

  /** The declared type of column {@code i} (0-based), or null. */
  String type(int i) {
    return i < types.size() ? types.get(i) : null;
  }
}
