package dev.report.write;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts without a repair prompt: at most 31 characters, none of
 * {@code [ ] : * ? / \}, no apostrophe at either end, unique ignoring case, never {@code History}
 * (Excel's own). The names of the report's own sheets are kept for them from the start, whenever
 * those sheets are made: a table or title named {@code summary} gets {@code summary (2)}.
 */
final class SheetNames {
  static final int MAX = 31;
  /** The report's own sheets, each made at most once, some only at the end of a run. */
  static final List<String> REPORT_SHEETS = List.of("Overview", "Issues", "Summary", "About",
      "Charts", "Chart data",
      dev.report.compare.TableMeta.SHEET);
  private final Set<String> used = new HashSet<>();
  private final Set<String> placed = new HashSet<>();

  SheetNames() {
    used.add("history");
    REPORT_SHEETS.forEach(n -> used.add(n.toLowerCase(Locale.ROOT)));
  }

  /** The name of one of the report's own sheets ({@link #REPORT_SHEETS}), once each. */
  String reserve(String name) {
    if (!REPORT_SHEETS.contains(name) || !placed.add(name)) {
      throw new IllegalStateException("not a report sheet, or made twice: " + name);
    }
    return name;
  }

  /** A valid, unused name close to {@code wanted}, then reserved. */
  String unique(String wanted) {
    String base = clean(wanted);
    String name = base;
    for (int k = 2; used.contains(name.toLowerCase(Locale.ROOT)); k++) {
      String suffix = " (" + k + ")";
      name = cut(base, MAX - suffix.length()) + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  /** Whether {@link #unique} would not give {@code wanted} itself (it is taken, ignoring case). */
  boolean taken(String wanted) {
    return used.contains(clean(wanted).toLowerCase(Locale.ROOT));
  }

  static String clean(String wanted) {
    StringBuilder b = new StringBuilder(wanted.length());
    for (int i = 0; i < wanted.length(); i++) {
      char c = wanted.charAt(i);
      if ("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) || c == '\uFFFE'
          || c == '\uFFFF') {
        b.append('_');
      } else {
        b.append(c);
      }
    }
    String s = b.toString().strip();
    while (s.startsWith("'")) {
      s = s.substring(1);
    }
    s = cut(s, MAX);
    while (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isBlank() ? "Sheet" : s;
  }

  /** Cuts to at most {@code max} characters without splitting a surrogate pair. */
  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
