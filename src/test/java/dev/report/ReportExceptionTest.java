package dev.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one exception policy: user-facing reasons and exit codes. */
class ReportExceptionTest {
  @Test
  void reasonsAreWordsAUserUnderstands() {
    assertThat(ReportException.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(ReportException.reason(new NoSuchFileException("/x"))).isEqualTo("no such file or folder");
    assertThat(ReportException.reason(new IOException("No space left on device")))
        .isEqualTo("no space left on the device");
    assertThat(ReportException.reason(new UncheckedIOException(new AccessDeniedException("/x"))))
        .isEqualTo("permission denied");
    assertThat(ReportException.reason(new IOException())).isEqualTo("IOException");
  }

  @Test
  void messagesNameTheFileAndExitCodesFollowTheKind() {
    ReportException in = ReportException.unreadable(Path.of("in", "a.csv"), "permission denied", null);
    assertThat(in.getMessage()).isEqualTo("cannot read " + Path.of("in", "a.csv") + ": permission denied");
    assertThat(in.exitCode()).isEqualTo(ExitCode.IO);
    assertThat(ReportException.unwritable(Path.of("out"), "no space left on the device", null)
        .exitCode().code()).isEqualTo(3);
  }

  @Test
  void dataOutcomesAreNotExceptions() {
    assertThatThrownBy(() -> new ReportException(ExitCode.DATA_ERRORS, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReportException(ExitCode.OK, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
