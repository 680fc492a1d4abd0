package dev.report.read;

import java.util.Locale;

/** true/false, yes/no, oui/non, in any case. */
final class Booleans {
  private Booleans() {}

  static Boolean parse(String trimmed) {
    if (trimmed.length() > 5 || trimmed.length() < 2) {
      return null;
    }
    char c = Character.toLowerCase(trimmed.charAt(0));
    if (c != 't' && c != 'f' && c != 'y' && c != 'n' && c != 'o') {
      return null;
    }
    return switch (trimmed.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "oui" -> Boolean.TRUE;
      case "false", "no", "non" -> Boolean.FALSE;
      default -> null;
    };
  }
}
