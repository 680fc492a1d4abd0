package dev.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --compare-with and --no-compare on the command line, and the summary line on stderr. */
class CompareOptionsTest {
  @TempDir Path tmp;

  @Test
  void compareWithAndNoCompareChooseTheEarlierReport() {
    String first = tmp.resolve("first").toString();
    assertThat(Cli.run(Cli.EXAMPLE.toString(), "-o", first, "--generated-at",
        "2025-07-31T12:00:00Z").err()).doesNotContain("Changes since");
    String out = tmp.resolve("out").toString();
    Cli.Run compared = Cli.run(Cli.EXAMPLE.toString(), "-o", out, "--compare-with",
        tmp.resolve("first/report.xlsx").toString(), "--generated-at", "2025-08-01T12:00:00Z");
    assertThat(compared.exitCode()).isZero();
    assertThat(compared.err().lines())
        .contains("Changes since 2025-07-31 12:00: 0 changed cells, 0 added, 0 removed");
    assertThat(Files.exists(tmp.resolve("out/changes.csv"))).isTrue();
    Cli.Run off = Cli.run(Cli.EXAMPLE.toString(), "-o", out, "--no-compare");
    assertThat(off.exitCode()).isZero();
    assertThat(off.err()).doesNotContain("Changes since");
    assertThat(Files.exists(tmp.resolve("out/changes.csv"))).isFalse();
  }
}
