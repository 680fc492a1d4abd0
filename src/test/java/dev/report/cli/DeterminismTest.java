package dev.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.report.Cli;
import dev.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixed generation time gives byte-identical outputs. */
class DeterminismTest {
  @TempDir Path tmp;

  @Test
  void twoRunsAtTheSameGeneratedTimeWriteTheSameBytes() throws IOException {
    String out = tmp.resolve("out").toString();
    String[] args = {Cli.EXAMPLE.toString(), "-o", out, "--generated-at", "2026-01-31T12:00:00Z"};
    assertThat(Cli.run(args).exitCode()).isZero();
    // The second run compares with the first (its Changes sheet says nothing changed); every run
    // after it has the same inputs and the same earlier report.
    assertThat(Cli.run(args).exitCode()).isZero();
    byte[] changes = Files.readAllBytes(tmp.resolve("out/changes.csv"));
    byte[] xlsx = Files.readAllBytes(tmp.resolve("out/report.xlsx"));
    byte[] png = Files.readAllBytes(tmp.resolve("out/charts/capex_guidance-range-by-announced.png"));
    byte[] csv = Files.readAllBytes(tmp.resolve("out/issues.csv"));
    assertThat(Cli.run(args).exitCode()).isZero();
    assertThat(Files.readAllBytes(tmp.resolve("out/report.xlsx"))).isEqualTo(xlsx);
    assertThat(Files.readAllBytes(tmp.resolve("out/charts/capex_guidance-range-by-announced.png")))
        .isEqualTo(png);
    assertThat(Files.readAllBytes(tmp.resolve("out/issues.csv"))).isEqualTo(csv);
    try (var zip = new java.util.zip.ZipFile(tmp.resolve("out/report.xlsx").toFile())) {
      assertThat(zip.getEntry("xl/charts/chart1.xml")).as("native charts are compared too")
          .isNotNull();
    }
    assertThat(Files.readAllBytes(tmp.resolve("out/changes.csv"))).isEqualTo(changes);
  }

  @Test
  void generatedAtWinsOverSourceDateEpochWhichWinsOverTheSystemClock() {
    assertThat(Clocks.fromOptions("2026-01-31T12:00:00+01:00", "0").instant())
        .isEqualTo(Instant.parse("2026-01-31T11:00:00Z"));
    assertThat(Clocks.fromOptions(null, "1700000000").instant())
        .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThat(Clocks.fromOptions(null, null).instant()).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void badTimesAreUsageErrorsThatSayHowToWriteThem() {
    assertThatThrownBy(() -> Clocks.fromOptions("yesterday", null))
        .isInstanceOf(ReportException.class)
        .hasMessage("--generated-at 'yesterday' is not an ISO 8601 time with an offset: "
            + "write it like 2026-01-31T12:00:00Z");
    assertThatThrownBy(() -> Clocks.fromOptions(null, "soon"))
        .hasMessage("SOURCE_DATE_EPOCH 'soon' is not a number of seconds since 1970-01-01: "
            + "unset it or fix it");
    // A time the workbook's properties cannot hold (they had said +10000-01-01).
    assertThatThrownBy(() -> Clocks.fromOptions("9999-12-31T23:59:59-14:00", null))
        .hasMessage("--generated-at '9999-12-31T23:59:59-14:00' is +10000-01-01T13:59:59Z in "
            + "UTC, past the year 9999 that a workbook can say: give a time up to "
            + "9999-12-31T23:59:59Z");
    assertThat(Clocks.fromOptions("9999-12-31T23:59:59Z", null).instant())
        .isEqualTo(Clocks.LAST);
    assertThatThrownBy(() -> Clocks.fromOptions(null, "253402300800"))
        .hasMessage("SOURCE_DATE_EPOCH '253402300800' is +10000-01-01T00:00:00Z, past the year "
            + "9999 that a workbook can say: give at most 253402300799");
    Cli.Run run = Cli.run("--generated-at", "yesterday", Cli.EXAMPLE.toString(), "-o",
        tmp.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
