package dev.report;

import java.nio.file.Path;

/**
 * The one exception policy of the tool, in one place.
 *
 * <p>A {@code ReportException} is a user or environment error: a bad option or configuration, an
 * input that cannot be read, an output that cannot be written. It carries a message meant for the
 * user (it names the file and, where there is one, the line and column) and the {@link ExitCode}
 * the command line ends with. Problems in the <em>data</em> are not exceptions: they are
 * {@link dev.report.check.Issue}s, reported and kept. Any other exception is a bug in this tool.
 */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public ReportException(ExitCode exitCode, String message) {
    this(exitCode, message, null);
  }

  public ReportException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    if (exitCode == ExitCode.OK || exitCode == ExitCode.DATA_ERRORS) {
      throw new IllegalArgumentException("an exception cannot end with " + exitCode);
    }
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  /**
   * Why a file operation failed, in words for the message: "permission denied", "no such file or
   * folder", "no space left on the device", else the system's own message.
   */
  public static String reason(Throwable e) {
    Throwable c = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    String m = c.getMessage();
    if (c instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (c instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (m != null && m.contains("No space left")) {
      return "no space left on the device";
    }
    return m == null ? c.getClass().getSimpleName() : m;
  }

  /** An input that cannot be read (exit 3). */
  public static ReportException unreadable(Path file, String why, Throwable cause) {
    return new ReportException(ExitCode.IO, "cannot read " + file + ": " + why, cause);
  }

  /** An output that cannot be written (exit 3). */
  public static ReportException unwritable(Path file, String why, Throwable cause) {
    return new ReportException(ExitCode.IO, "cannot write " + file + ": " + why, cause);
  }
}
