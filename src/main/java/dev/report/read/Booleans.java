package dev.report.read;


/** true/false, yes/no, oui/non, in any case. */
final class Booleans {
  private static final String[] TRUE = {"true", "yes", "oui"};
  private static final String[] FALSE = {"false", "no", "non"};

  private Booleans() {}

  static Boolean parse(String trimmed) {
    if (trimmed.length() > 5 || trimmed.length() < 2) {
      return null;
    }
    char c = Character.toLowerCase(trimmed.charAt(0));
    if (c != 't' && c != 'f' && c != 'y' && c != 'n' && c != 'o') {
      return null;
    }
    for (String t : TRUE) {
      if (t.equalsIgnoreCase(trimmed)) {
        return Boolean.TRUE;
      }
    }
    for (String f : FALSE) {
      if (f.equalsIgnoreCase(trimmed)) {
        return Boolean.FALSE;
      }
    }
    return null;
  }
}
