package dev.report.read;

import java.util.List;

/**
 * Lines of a file that is otherwise UTF-8 which were read as Windows-1252, a guess.
 *
 * @param count how many
 * @param first the first {@link #LISTED} of them, 1-based physical line numbers, ascending
 */
public record GuessedLines(long count, List<Long> first) {
  /** Lines listed at most; the rest are counted. */
  public static final int LISTED = 10_000;

  public static final GuessedLines NONE = new GuessedLines(0, List.of());

  public GuessedLines {
    first = List.copyOf(first);
  }
}
