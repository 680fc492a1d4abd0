package dev.report;

import dev.report.check.Rule;
import dev.report.check.Severity;
import dev.report.read.Dialect;
import dev.report.read.RawRecord;
import dev.report.read.RecordReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: {@code issues.csv} of an output folder, read back row by row. */
public final class IssuesCsv {
  private IssuesCsv() {}

  /** One row of issues.csv. */
  public record Row(Severity severity, String file, long line, String column, String value,
      String problem, Rule rule, String suggestion) {

    /** {@code file:line:column name: severity: rule: problem (suggestion)}, to compare in tests. */
    public String brief() {
      return file + ":" + line + ":" + column + ": " + severity.label() + ": " + rule.code() + ": " + problem
          + (suggestion.isEmpty() ? "" : " (" + suggestion + ")");
    }
  }

  public static List<Row> read(Path outputDir) {
    List<Row> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(outputDir.resolve("issues.csv"), StandardCharsets.UTF_8);
        RecordReader parser = new RecordReader(in, Dialect.DEFAULT)) {
      RawRecord r;
      boolean header = true;
      while ((r = parser.next()) != null) {
        if (r.emptyLine()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        List<String> f = r.fields();
        rows.add(new Row(severity(f.get(0)), f.get(1), f.get(2).isEmpty() ? 0 : Long.parseLong(f.get(2)),
            f.get(3), f.get(4), f.get(5), rule(f.get(6)),
            f.get(7)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static Severity severity(String label) {
    return Arrays.stream(Severity.values()).filter(s -> s.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no severity " + label));
  }

  private static Rule rule(String code) {
    return Arrays.stream(Rule.values()).filter(r -> r.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + code));
  }
}
