package dev.report.cli;

import dev.report.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on stderr for runs longer than {@link #DELAY_MS}: the stage, the
 * file, the records done and the time taken, redrawn in place; erased at the end.
 */
final class ProgressLine implements Progress, AutoCloseable {
  /** Runs shorter than this show nothing. */
  static final long DELAY_MS = 2_000;
  private static final long EVERY_MS = 500;

  private final PrintWriter err;
  private final long delayMs;
  private final long start = System.nanoTime();
  private final Thread painter;
  private volatile String file = "";
  private volatile String stage = "starting";
  private volatile long rows;
  private int shown;

  ProgressLine(PrintWriter err) {
    this(err, DELAY_MS);
  }

  /** {@code delayMs}: how long a run goes before the line appears. */
  ProgressLine(PrintWriter err, long delayMs) {
    this.err = err;
    this.delayMs = delayMs;
    this.painter = new Thread(this::paintLoop, "report-progress");
    painter.setDaemon(true);
    painter.start();
  }

  @Override
  public void update(String file, String stage, long rows) {
    this.file = file;
    this.stage = stage;
    this.rows = rows;
  }

  private void paintLoop() {
    try {
      Thread.sleep(delayMs);
      while (!Thread.currentThread().isInterrupted()) {
        paint();
        Thread.sleep(EVERY_MS);
      }
    } catch (InterruptedException e) {
      // The run is over.
    }
  }

  private synchronized void paint() {
    double seconds = (System.nanoTime() - start) / 1e9;
    String line = String.format(Locale.ROOT, "report: %s%s%s (%.0f s)", stage,
        file.isEmpty() ? "" : " " + file,
        rows > 0 ? String.format(Locale.ROOT, ", %,d records", rows) : "", seconds);
    err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
    err.flush();
    shown = line.length();
  }

  /** Stops and erases the line. */
  @Override
  public synchronized void close() {
    painter.interrupt();
    if (shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
    }
  }
}
