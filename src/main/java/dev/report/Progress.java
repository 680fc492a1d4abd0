package dev.report;

/** Where a run is, for a progress line; called from the run's threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {
  /** Nothing shown. */
  Progress NONE = (file, stage, rows) -> { };

  /**
   * @param file the file being worked on, or empty
   * @param stage {@code reading}, {@code writing} or {@code saving}
   * @param rows records done so far in this stage and file
   */
  void update(String file, String stage, long rows);
}
