package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart that cannot be drawn (values near 1e308) is a warning the user sees, never a crash. */
class HugeValuesChartTest {
  @TempDir Path tmp;

  @Test
  void aChartLeftOutIsAWarningOnStderrAndInIssuesCsv() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("huge.csv"), "host,amount\nAWS,1.7e308\nAWS,1\n"
        + "Dell,-1.7e308\nDell,1\nIBM,1\nIBM,2\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String warning = "huge.csv: warning: chart \"Huge, amount by host\" not drawn: its values span more"
        + " than the largest number a chart can draw (about 1.8e308)";
    assertThat(run.err()).contains(warning);
    assertThat(Files.readString(out.resolve("issues.csv"), StandardCharsets.UTF_8))
        .contains("chart \"\"Huge, amount by host\"\" not drawn", "chart-not-drawn");
    assertThat(run.out()).contains("huge.csv", "1 warning");
  }
}
