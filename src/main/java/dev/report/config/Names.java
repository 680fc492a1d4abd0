package dev.report.config;

import java.util.Collection;
import java.util.Locale;

/** Did-you-mean: the closest known name to a misspelt one. */
public final class Names {
  private Names() {}

  /**
   * The name in {@code known} closest to {@code wrong} (case and spacing folded), or null when
   * none is close enough to be a likely typo.
   */
  public static String closest(String wrong, Collection<String> known) {
    String w = fold(wrong);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(w, fold(k));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, w.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** "; did you mean "x"?" or "". */
  public static String didYouMean(String wrong, Collection<String> known) {
    String c = closest(wrong, known);
    return c == null ? "" : "; did you mean \"" + c + "\"?";
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
