package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Checking your data" example, taken from the README itself: its two CSV files and
 * its descriptor, run through the command line, print exactly the lines the README shows.
 */
class ReadmeCheckingExampleTest {
  @TempDir Path dir;

  @Test
  void printsWhatTheReadmeSays() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Checking your data"),
        readme.indexOf("## Safety"));
    String[] blocks = blocks(section);
    // Block 0: the two files side by side; block 1: the descriptor; block 2: the console.
    StringBuilder hosts = new StringBuilder();
    StringBuilder spend = new StringBuilder();
    for (String line : blocks[0].lines().skip(1).toList()) {
      String left = line.length() > 37 ? line.substring(0, 37).strip() : line.strip();
      String right = line.length() > 37 ? line.substring(37).strip() : "";
      if (!left.isEmpty()) {
        hosts.append(left).append('\n');
      }
      if (!right.isEmpty()) {
        spend.append(right).append('\n');
      }
    }
    Path in = Files.createDirectories(dir.resolve("input"));
    Files.writeString(in.resolve("hosts.csv"), hosts);
    Files.writeString(in.resolve("spend.csv"), spend);
    Files.writeString(in.resolve("datapackage.json"), blocks[1]);

    Cli.Run run = Cli.run(in.toString(), "-o", dir.resolve("output").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(blocks[2]);
    assertThat(hosts.toString()).startsWith("name,kind,since\n");
    assertThat(spend.toString()).startsWith("date,host,amount_musd\n");
  }

  /** The fenced code blocks of {@code text}, in order, each ending with a line break. */
  private static String[] blocks(String text) {
    Matcher m = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(text);
    java.util.List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out.toArray(String[]::new);
  }
}
