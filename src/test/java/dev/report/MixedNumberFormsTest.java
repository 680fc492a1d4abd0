package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column of numbers written in several forms that no one format shows was kept as text with no
 * issue at all (issue 15, item 5): it now says why, at its header. Codes stay text silently.
 */
class MixedNumberFormsTest {
  @TempDir Path tmp;

  @Test
  void numbersInSeveralFormsKeptAsTextSayWhy() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("m.csv"), "item,amount,code\na,$35B,00123\nb,\"1,234,567.89\",00124\n"
        + "c,\"(2,750)\",00125\nd,€60.5,00126\ne,1.2k,00127\nf,12%,00128\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(IssuesCsv.read(tmp.resolve("out")).stream().map(IssuesCsv.Row::brief))
        .containsExactly("m.csv:1:amount: warning: mixed-formats: the values of \"amount\" are"
            + " numbers, but written in forms that no one format shows ($, €, %, magnitude letters"
            + " (k, M, B), plain numbers); they were kept as text (check the units, and write every"
            + " value in one form: one currency, or percents, or plain numbers with the unit in the"
            + " header)");
  }
}
