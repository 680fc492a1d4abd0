package dev.report.schema;

import dev.report.read.Missing;
import java.util.List;

/** Key values as compared by unique, primary and foreign keys. */
final class Keys {
  /** Between the parts of a composite key: a character no one types. */
  static final char SEPARATOR = '\u001F';

  private Keys() {}

  /**
   * The canonical text of a read value: {@code 1}, {@code 1.0} and {@code 1.00} are one number;
   * dates in ISO; text exactly as written.
   */
  static String canonical(Object v) {
    if (v instanceof Double d) {
      double x = d == 0 ? 0 : d;
      if (x != Math.rint(x) || Double.isInfinite(x)) {
        return Double.toString(x);
      }
      // A whole number is written as an integer field writes it, however large.
      return Math.abs(x) < 1e18 ? Long.toString((long) x)
          : new java.math.BigDecimal(x).toBigInteger().toString();
    }
    return v.toString();
  }

  /** A value of a column the schema does not type: the text, trimmed. */
  static String untyped(String raw) {
    return Missing.trim(raw);
  }

  static String join(List<String> parts) {
    return parts.size() == 1 ? parts.get(0) : String.join(String.valueOf(SEPARATOR), parts);
  }

  /** As shown in messages: {@code "Nvidia"}, or {@code ("EU", "Nvidia")} for a composite key. */
  static String show(List<String> texts) {
    StringBuilder b = new StringBuilder(texts.size() == 1 ? "" : "(");
    for (int i = 0; i < texts.size(); i++) {
      b.append(i == 0 ? "" : ", ").append('"').append(texts.get(i)).append('"');
    }
    return b.append(texts.size() == 1 ? "" : ")").toString();
  }

  /** Field names as shown: {@code host}, or {@code (region, host)}. */
  static String names(List<String> names) {
    return names.size() == 1 ? names.get(0) : "(" + String.join(", ", names) + ")";
  }
}
