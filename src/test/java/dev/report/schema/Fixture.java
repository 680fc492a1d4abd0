package dev.report.schema;

import dev.report.IssuesCsv;
import dev.report.Report;
import dev.report.ReportConfig;
import dev.report.ReportResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: a folder of inline files (a descriptor and its CSVs), run through the pipeline. */
final class Fixture {
  private final Path in;
  private final Path out;
  private ReportResult result;

  private Fixture(Path root) {
    this.in = root.resolve("in");
    this.out = root.resolve("out");
    try {
      Files.createDirectories(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture in a new folder {@code in} under {@code root}. */
  static Fixture in(Path root) {
    return new Fixture(root);
  }

  /** Writes {@code text} as UTF-8 to {@code name} in the input folder. */
  Fixture file(String name, String text) {
    try {
      Path p = in.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Path input() {
    return in;
  }

  Path output() {
    return out;
  }

  /** Runs the whole pipeline on the input folder. */
  Fixture run() {
    result = Report.run(ReportConfig.of(List.of(in), out));
    return this;
  }

  ReportResult result() {
    return result;
  }

  /** Every issue of issues.csv, as {@link IssuesCsv.Row#brief()}. */
  List<String> issues() {
    if (result == null) {
      run();
    }
    return IssuesCsv.read(out).stream().map(IssuesCsv.Row::brief).toList();
  }
}
