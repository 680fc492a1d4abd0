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
    // One edit in three characters, at least one; none in names of one or two characters, where
    // any other short name would be one edit away.
    int allowed = w.length() <= 2 ? 0 : Math.max(1, w.length() / 3);
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

  /**
   * Edits from one text to the other: insertions, deletions, substitutions and swaps of two
   * neighbouring characters ({@code hots} is one edit from {@code host}).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
