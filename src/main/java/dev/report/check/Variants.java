package dev.report.check;

import dev.report.read.ColumnProfile;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Near-duplicate categories: in a text column of few distinct values, a rarer value that differs
 * from a commoner one only by case, spacing or one letter ({@code Cloud} beside {@code cloud},
 * {@code Grok} beside {@code Groq}) is probably a typo of it.
 */
final class Variants {
  private Variants() {}

  /** The likely intended value of each suspicious one, per column (0-based). */
  static Map<Integer, Map<String, String>> find(TableProfile t) {
    Map<Integer, Map<String, String>> out = new HashMap<>();
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.types().get(i).kind() != ColumnType.Kind.TEXT) {
        continue;
      }
      ColumnProfile p = t.profiles().get(i);
      Map<String, Integer> counts = p.distinctValues();
      // Categories repeat; a column of mostly different values (names, notes) is not one.
      if (counts.size() < 2 || counts.size() * 2 > p.values() + 1) {
        continue;
      }
      Map<String, String> intended = new HashMap<>();
      List<String> values = List.copyOf(counts.keySet());
      for (String rare : values) {
        String best = null;
        for (String common : values) {
          if (common.equals(rare) || counts.get(common) <= counts.get(rare)
              || !alike(rare, common)) {
            continue;
          }
          if (best == null || counts.get(common) > counts.get(best)) {
            best = common;
          }
        }
        if (best != null) {
          intended.put(rare, best);
        }
      }
      if (!intended.isEmpty()) {
        out.put(i, intended);
      }
    }
    return out;
  }

  /**
   * Same letters ignoring case and spacing, or one letter apart in words of four letters or
   * more; never when they differ in digits (Q1 and Q2, Phase 1 and Phase 2 are different).
   */
  static boolean alike(String a, String b) {
    String fa = fold(a);
    String fb = fold(b);
    if (fa.equals(fb)) {
      return true;
    }
    if (!digits(a).equals(digits(b)) || Math.min(fa.length(), fb.length()) < 4) {
      return false;
    }
    return oneEditApart(fa, fb);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  private static String digits(String s) {
    return s.replaceAll("\\D", "");
  }

  /** One substitution, insertion or deletion. */
  private static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }
}
