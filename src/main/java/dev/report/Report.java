package dev.report;

import dev.report.analyze.Aggregate;
import dev.report.analyze.Planner;
import dev.report.analyze.TableStats;
import dev.report.chart.Charts;
import dev.report.chart.RenderedChart;
import dev.report.check.Issue;
import dev.report.check.TableChecker;
import dev.report.read.FileDigest;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import dev.report.write.IssueCounts;
import dev.report.write.ReportWriter;
import dev.report.write.RunInfo;
import dev.report.write.TableRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library entry point: reads, checks, analyses and charts every input and writes the report.
 *
 * <p>Each table is read twice, streaming: a first pass decides its dialect and column types from
 * all values; a second pass checks each record, feeds the chart aggregates and writes it to the
 * workbook. Memory stays flat whatever the number of rows.
 */
public final class Report {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Report() {}

  /**
   * Runs the whole pipeline.
   *
   * @throws ReportException for unusable inputs or outputs; data problems are issues instead
   */
  public static ReportResult run(ReportConfig config) {
    Instant start = config.clock().instant();
    long t0 = System.nanoTime();
    List<Path> files = Inputs.resolve(config.inputs(), config.outputDir());
    List<TableRow> rows = new ArrayList<>();
    Map<String, List<Issue>> first = new LinkedHashMap<>();
    long errors = 0;
    long warnings = 0;
    try (ReportWriter out = new ReportWriter(config.outputDir())) {
      for (Path file : files) {
        TableRow row = table(file, config, out);
        rows.add(row);
        IssueCounts c = out.counts(row.file());
        first.put(row.file(), c.first());
        errors += row.errors();
        warnings += row.warnings();
      }
      String subtitle = "Generated " + STAMP.format(start) + " by report " + Version.get()
          + " from " + files.size() + (files.size() == 1 ? " file" : " files");
      RunInfo run = new RunInfo("report " + Version.get(), config.commandLine(),
          start, config.read().describe(), "UTC (dates are written as they are in the files)",
          System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
      List<Path> written = out.finish("Report", subtitle, rows, run);
      return new ReportResult(rows, errors, warnings, first, written,
          Duration.ofNanos(System.nanoTime() - t0), config.failOn());
    }
  }

  private static TableRow table(Path file, ReportConfig config, ReportWriter out) {
    TableProfile t;
    try {
      t = TableReader.profile(file, config.read());
    } catch (IOException | UncheckedIOException e) {
      throw ReportException.unreadable(file, reason(e), e);
    }
    try {
      out.input(t, FileDigest.sha256(file));
    } catch (IOException e) {
      throw ReportException.unreadable(file, reason(e), e);
    }
    List<Aggregate> aggregates = Planner.plan(t);
    TableStats stats = TableStats.plan(t);
    TableChecker checker = new TableChecker(t, out.issues());
    ReportWriter.TableSheet sheet =
        t.status() == TableProfile.Status.TABLE ? out.startTable(t) : null;
    checker.start();
    try {
      TableReader.read(t, (record, values) -> {
        if (values != null) {
          sheet.before(record.line());
        } else if (sheet != null && !record.emptyLine()) {
          sheet.header(record.line());
        }
        checker.record(record, values);
        if (values != null) {
          for (Aggregate a : aggregates) {
            a.add(values);
          }
          stats.add(values);
          sheet.write(values);
        }
      });
    } catch (IOException e) {
      throw ReportException.unreadable(file, reason(e), e);
    }
    checker.finish();
    if (sheet != null) {
      sheet.finish(t, stats);
    }
    for (Aggregate a : aggregates) {
      RenderedChart chart = Charts.build(a, t);
      if (chart != null) {
        out.addChart(chart);
      }
    }
    IssueCounts c = out.counts(t.fileName());
    return new TableRow(t.fileName(), sheet == null ? "" : sheet.sheetName(),
        sheet == null ? 0 : sheet.rows(), t.columns().size(), t.encoding().label(),
        t.status() == TableProfile.Status.TABLE ? t.dialect().delimiterLabel() : "",
        c.errors(), c.warnings());
  }

  private static String reason(Exception e) {
    Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (c instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (c instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
  }
}
