package dev.report.schema;

import dev.report.config.Names;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.util.List;

/** A field's value against its constraints (required and unique are the checker's). */
final class Constrain {
  private Constrain() {}

  /** What is wrong with {@code v} (read from {@code raw}), or null when it meets every constraint. */
  static String problem(Field field, Object v, String raw) {
    Constraints c = field.constraints();
    if (c == Constraints.NONE) {
      return null;
    }
    String name = field.name();
    String shown = "\"" + raw + "\"";
    if (c.minimum() != null && compare(v, c.minimum().value()) < 0) {
      return shown + " is below the minimum of \"" + name + "\", " + c.minimum().text();
    }
    if (c.exclusiveMinimum() != null && compare(v, c.exclusiveMinimum().value()) <= 0) {
      return shown + " is not above the exclusive minimum of \"" + name + "\", "
          + c.exclusiveMinimum().text();
    }
    if (c.maximum() != null && compare(v, c.maximum().value()) > 0) {
      return shown + " is above the maximum of \"" + name + "\", " + c.maximum().text();
    }
    if (c.exclusiveMaximum() != null && compare(v, c.exclusiveMaximum().value()) >= 0) {
      return shown + " is not below the exclusive maximum of \"" + name + "\", "
          + c.exclusiveMaximum().text();
    }
    if (c.minLength() >= 0 || c.maxLength() >= 0) {
      int length = raw.codePointCount(0, raw.length());
      if (c.minLength() >= 0 && length < c.minLength()) {
        return shown + " has " + length + (length == 1 ? " character" : " characters")
            + "; \"" + name + "\" needs at least " + c.minLength();
      }
      if (c.maxLength() >= 0 && length > c.maxLength()) {
        return shown + " has " + length + " characters; \"" + name + "\" allows at most "
            + c.maxLength();
      }
    }
    if (c.pattern() != null && !c.pattern().matcher(raw).matches()) {
      return shown + " does not match the pattern of \"" + name + "\", " + c.pattern().pattern();
    }
    if (!c.allowed().isEmpty() && !allowed(c.allowed(), v)) {
      return shown + " is not one of the values allowed in \"" + name + "\": "
          + String.join(", ", texts(c.allowed()));
    }
    return null;
  }

  /** For a value outside an enum, the allowed value it likely means, as a suggestion. */
  static String suggestion(Field field, String raw) {
    List<Constraints.Bound> allowed = field.constraints().allowed();
    // Numbers and codes without letters: a near one is not a likely typo of it (3 is not 1).
    if (allowed.isEmpty() || raw.chars().noneMatch(Character::isLetter)) {
      return "";
    }
    String close = Names.closest(raw.strip(), texts(allowed));
    return close == null ? "" : "did you mean \"" + close + "\"?";
  }

  private static boolean allowed(List<Constraints.Bound> allowed, Object v) {
    for (Constraints.Bound b : allowed) {
      Object a = b.value();
      // Text is compared without surrounding spaces, which are a warning of their own.
      if (a.equals(v) || isNumber(a) && isNumber(v) && compare(a, v) == 0
          || v instanceof String s && a.equals(s.strip())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(List<Constraints.Bound> bounds) {
    return bounds.stream().map(Constraints.Bound::text).toList();
  }

  private static boolean isNumber(Object o) {
    return o instanceof Double || o instanceof Long || o instanceof BigInteger;
  }

  /** Orders two values of one field; numbers of different Java types compare by value. */
  @SuppressWarnings("unchecked")
  static int compare(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      if (a instanceof Double x && (x.isNaN() || x.isInfinite())
          || b instanceof Double y && (y.isNaN() || y.isInfinite())) {
        return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
      }
      return decimal(a).compareTo(decimal(b));
    }
    if (a instanceof Year y && b instanceof Year z) {
      return y.compareTo(z);
    }
    return ((Comparable<Object>) a).compareTo(b);
  }

  private static BigDecimal decimal(Object n) {
    if (n instanceof Double d) {
      return BigDecimal.valueOf(d);
    }
    return n instanceof BigInteger b ? new BigDecimal(b) : BigDecimal.valueOf((Long) n);
  }
}
