package dev.report.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A field's constraints, their values already read with the field's type.
 *
 * @param minLength in characters (code points), or -1
 * @param maxLength in characters (code points), or -1
 * @param pattern matched against the whole value as written, or null
 * @param allowed the {@code enum} values, or empty for no such constraint
 */
record Constraints(boolean required, boolean unique, Bound minimum, Bound exclusiveMinimum,
    Bound maximum, Bound exclusiveMaximum, int minLength, int maxLength, Pattern pattern,
    List<Bound> allowed) {

  static final Constraints NONE =
      new Constraints(false, false, null, null, null, null, -1, -1, null, List.of());

  Constraints {
    allowed = List.copyOf(allowed);
  }

  /** A constraint value: read with the field's type, and as written in the descriptor. */
  record Bound(Object value, String text) {}
}
