package dev.report;

import dev.report.analyze.Aggregate;
import dev.report.analyze.Planner;
import dev.report.analyze.TableStats;
import dev.report.chart.ChartOptions;
import dev.report.chart.Charts;
import dev.report.chart.RenderedChart;
import dev.report.check.Issue;
import dev.report.check.IssueSink;
import dev.report.check.Rule;
import dev.report.check.Severity;
import dev.report.config.ReportYaml;
import dev.report.config.Resolved;
import dev.report.config.Settings;
import dev.report.config.Skips;
import dev.report.read.Dialect;
import dev.report.read.FileDigest;
import dev.report.read.RefusedWorkbook;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import dev.report.read.WorkbookTables;
import dev.report.schema.Binding;
import dev.report.schema.DataPackage;
import dev.report.schema.Descriptors;
import dev.report.schema.PackageCheck;
import dev.report.schema.SchemaChecker;
import dev.report.write.IssueCounts;
import dev.report.write.ReportWriter;
import dev.report.write.xlsx.WarmUp;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

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
    // POI's classes load while the inputs are read (the command line starts it sooner).
    WarmUp.start();
    ExecutorService background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "report-background");
      t.setDaemon(true);
      return t;
    });
    try {
      return run(config, start, t0, background);
    } finally {
      background.shutdownNow();
    }
  }

  private static ReportResult run(ReportConfig config, Instant start, long t0,
      ExecutorService background) {
    Path folder = Inputs.settingsFolder(config.inputs());
    // The descriptor first: a bad one stops the run before any file is read.
    DataPackage pkg = Descriptors.load(folder, config.read());
    List<Path> files = Inputs.resolve(config.inputs(), config.outputDir(), pkg);
    // report.yaml first: the tables it leaves out (skip: true) are not read at all, not even
    // hashed.
    Settings yaml = ReportYaml.load(folder);
    Skips skips = new Skips(yaml);
    java.util.Set<Path> leftOut = new java.util.HashSet<>();
    for (Path file : files) {
      if (!WorkbookTables.isWorkbook(file) && skips.csv(file)) {
        leftOut.add(file);
      }
    }
    Map<Path, CompletableFuture<String>> digests = new HashMap<>();
    for (Path file : files) {
      if (leftOut.contains(file)) {
        continue;
      }
      digests.put(file, CompletableFuture.supplyAsync(() -> {
        try {
          return FileDigest.sha256(file);
        } catch (IOException e) {
          throw ReportException.unreadable(file, ReportException.reason(e), e);
        }
      }, background));
    }
    // The earlier report is read (before anything is written) on a thread of its own, while the
    // first passes read the inputs.
    CompletableFuture<Comparison> earlier = CompletableFuture.supplyAsync(
        () -> Comparison.start(config), r -> {
          Thread t = new Thread(r, "report-baseline");
          t.setDaemon(true);
          t.start();
        });
    // First passes of every table, so that report.yaml is checked before anything is written.
    List<TableProfile> reads = new ArrayList<>();
    // Notes about whole files (the descriptor, sheets passed over), by file name.
    java.util.TreeMap<String, List<Issue>> notes = new java.util.TreeMap<>();
    Map<Path, List<String>> sheetsOf = new HashMap<>();
    // Workbooks found in a folder in a form not read (.xls, encrypted): warnings, not a stop.
    Set<Path> namedFiles = Inputs.named(config.inputs(), pkg);
    List<ReportException> refused = new ArrayList<>();
    for (Path file : files) {
      if (leftOut.contains(file)) {
        continue;
      }
      config.progress().update(file.getFileName().toString(), "reading", 0);
      try {
        if (WorkbookTables.isWorkbook(file)) {
          reads.addAll(workbook(file, config, notes, sheetsOf, skips));
          continue;
        }
        DataPackage.Resource resource = pkg == null ? null : pkg.resourceOf(file);
        reads.add(resource == null ? TableReader.profile(file, config.read())
            : TableReader.profile(file, config.read(), resource.delimiter(), resource.quote(),
                resource.header() ? Dialect.Header.FIRST_LINE : Dialect.Header.NONE));
      } catch (RefusedWorkbook e) {
        if (namedFiles.contains(file.toAbsolutePath().normalize())) {
          throw ReportException.unreadable(file, e.getMessage(), e);
        }
        refused.add(ReportException.unreadable(file, e.getMessage(), e));
        String name = file.getFileName().toString();
        notes.computeIfAbsent(name, k -> new ArrayList<>()).add(new Issue(Severity.WARNING, name,
            0, 0, "", "", e.getMessage(), Rule.FILE_NOT_READ, ""));
      } catch (IOException | UncheckedIOException e) {
        throw ReportException.unreadable(file, ReportException.reason(e), e);
      }
    }
    int filesRead = files.size() - leftOut.size() - refused.size();
    if (filesRead == 0 && !refused.isEmpty()) {
      // Nothing else to report: as if the first were named.
      throw refused.get(0);
    }
    skips.checkFound();
    skips.skipped().forEach((form, line) -> notes.computeIfAbsent(form, k -> new ArrayList<>())
        .add(new Issue(Severity.INFO, form, 0, 0, "", "", "the table was skipped as report.yaml"
            + " says (skip: true, line " + line + "): it was not read, checked or given a sheet",
            Rule.TABLE_SKIPPED, "")));
    reads = uniqueSheetNames(reads);
    List<TableProfile> profiles = new ArrayList<>();
    Map<TableProfile, Binding> bindings = new LinkedHashMap<>();
    PackageCheck check = pkg == null ? null : new PackageCheck(pkg);
    for (TableProfile read : reads) {
      DataPackage.Resource resource =
          pkg == null ? null : pkg.resourceOf(read.file(), read.sheet());
      Binding b = Binding.of(read, resource, config.read());
      profiles.add(b.table());
      bindings.put(b.table(), b);
      if (check != null) {
        check.add(b);
      }
    }
    if (pkg != null) {
      sheetResourcesFound(pkg, bindings.keySet(), sheetsOf);
    }
    if (check != null) {
      check.checkParents();
      if (!check.notes().isEmpty()) {
        notes.computeIfAbsent(pkg.fileName(), k -> new ArrayList<>()).addAll(check.notes());
      }
    }
    Resolved settings = Resolved.of(yaml, profiles, skips);
    Comparison comparison;
    try {
      comparison = earlier.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
    List<TableRow> rows = new ArrayList<>();
    Map<String, List<Issue>> first = new LinkedHashMap<>();
    Map<TableProfile, ReportWriter.TableSheet> sheets = new LinkedHashMap<>();
    long errors = 0;
    long warnings = 0;
    try (comparison; ReportWriter out = new ReportWriter(config.outputDir(), background,
        settings.settings().workbookCharts())) {
      out.nameTables(settings.order(profiles), settings::title);
      // In file name order, so that issues stream out sorted; sheets are ordered afterwards.
      for (TableProfile t : profiles) {
        while (!notes.isEmpty() && notes.firstKey().compareTo(t.fileName()) < 0) {
          warnings += emit(notes.pollFirstEntry(), out, first);
        }
        TableRow row = table(bindings.get(t), check, settings, out, sheets, config.progress(),
            digests.get(t.file()), comparison);
        rows.add(row);
        IssueCounts c = out.counts(row.file());
        first.put(row.file(), c.first());
        errors += row.errors();
        warnings += row.warnings();
      }
      while (!notes.isEmpty()) {
        warnings += emit(notes.pollFirstEntry(), out, first);
      }
      List<ReportWriter.TableSheet> order = new ArrayList<>();
      for (TableProfile t : settings.order(profiles)) {
        if (sheets.containsKey(t)) {
          order.add(sheets.get(t));
        }
      }
      out.orderTables(order);
      comparison.finish(out);
      config.progress().update("report.xlsx", "saving", 0);
      Settings s = settings.settings();
      String generated = "Generated " + STAMP.format(start) + " by report " + Version.get()
          + " from " + filesRead + (filesRead == 1 ? " file" : " files");
      String subtitle = s.subtitle().isEmpty() ? generated : s.subtitle() + " · " + generated;
      RunInfo run = new RunInfo("report " + Version.get(), config.commandLine(),
          start, config.read().describe(), "UTC: a date-time written with a zone offset (Z, +02:00) is "
              + "converted to UTC; dates and times without one are shown as written",
          System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
      // The workbook's author: report.yaml's, else the name of the folder the data came from.
      Path named = folder.toAbsolutePath().normalize().getFileName();
      String author = !s.author().isEmpty() ? s.author() : named == null ? "" : named.toString();
      List<Path> written = out.finish(s.title(), subtitle, author, rows, run);
      return new ReportResult(rows, errors, warnings, first, written,
          Duration.ofNanos(System.nanoTime() - t0), config.failOn(), comparison.lines());
    }
  }

  /** The tables of a workbook, named; its sheets passed over are notes (info). */
  private static List<TableProfile> workbook(Path file, ReportConfig config,
      Map<String, List<Issue>> notes, Map<Path, List<String>> sheetsOf, Skips skips)
      throws IOException {
    WorkbookTables.Found found =
        WorkbookTables.profile(file, config.read(), sheet -> skips.sheet(file, sheet));
    sheetsOf.put(file.toAbsolutePath().normalize(), found.sheets());
    String name = file.getFileName().toString();
    for (String why : found.skipped()) {
      notes.computeIfAbsent(name, k -> new ArrayList<>()).add(new Issue(Severity.INFO, name, 0, 0,
          "", "", why, Rule.SHEET_SKIPPED, ""));
    }
    found.filled().forEach((sheet, said) -> {
      String form = name + " [" + sheet + "]";
      notes.computeIfAbsent(form, k -> new ArrayList<>()).add(new Issue(Severity.INFO, form, 0, 0,
          "", "", said, Rule.MERGED_CELLS_FILLED, ""));
    });
    if (found.tables().isEmpty() && found.left().isEmpty()) {
      notes.computeIfAbsent(name, k -> new ArrayList<>()).add(new Issue(Severity.WARNING, name, 0,
          0, "", "", "the workbook has no visible sheet with cells: no table was read from it",
          Rule.EMPTY_TABLE, ""));
    }
    return WorkbookTables.name(file, found.tables(), found.tables().size() + found.left().size());
  }

  /**
   * The tables sorted by file name (a sheet's is {@code book.xlsx [Sheet]}), a sheet's table
   * renamed {@code <file> <sheet>} where its name is another table's too.
   */
  static List<TableProfile> uniqueSheetNames(List<TableProfile> reads) {
    Map<String, Integer> counts = new HashMap<>();
    for (TableProfile t : reads) {
      counts.merge(t.tableName().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    List<TableProfile> out = new ArrayList<>();
    for (TableProfile t : reads) {
      boolean clash = counts.get(t.tableName().toLowerCase(java.util.Locale.ROOT)) > 1;
      out.add(clash && t.sheet() != null ? WorkbookTables.prefix(t) : t);
    }
    out.sort(java.util.Comparator.comparing(TableProfile::fileName));
    return out;
  }

  /**
   * Every resource of a workbook names one of its tables: a sheet that is not in the workbook,
   * or not read (hidden, a chart, empty), is a usage error naming the sheets.
   */
  private static void sheetResourcesFound(DataPackage pkg, Set<TableProfile> tables,
      Map<Path, List<String>> sheetsOf) {
    for (DataPackage.Resource r : pkg.resources()) {
      List<String> sheets = sheetsOf.get(r.file());
      if (sheets == null) {
        continue;
      }
      boolean found = tables.stream().anyMatch(t -> t.sheet() != null
          && pkg.resourceOf(t.file(), t.sheet()) == r);
      if (!found) {
        String sheet = r.sheet() == null ? "1" : r.sheet();
        throw new ReportException(ExitCode.USAGE, pkg.fileName() + ": " + r.label()
            + ": the sheet \"" + sheet + "\" is not a sheet of " + r.file().getFileName()
            + " that is read (its sheets: " + String.join(", ", sheets)
            + "; hidden, chart and empty sheets are not read)"
            + dev.report.config.Names.didYouMean(sheet, sheets));
      }
    }
  }

  /** Writes the notes of one file; returns how many are warnings. */
  private static long emit(Map.Entry<String, List<Issue>> notes, ReportWriter out,
      Map<String, List<Issue>> first) {
    notes.getValue().forEach(out.issues()::accept);
    first.put(notes.getKey(), out.counts(notes.getKey()).first());
    return notes.getValue().stream().filter(i -> i.severity() == Severity.WARNING).count();
  }

  private static TableRow table(Binding b, PackageCheck check, Resolved settings,
      ReportWriter out, Map<TableProfile, ReportWriter.TableSheet> sheets, Progress progress,
      CompletableFuture<String> digest, Comparison comparison) {
    TableProfile t = b.table();
    Path file = t.file();
    try {
      out.input(t, digest.join());
    } catch (CompletionException e) {
      // As if read here: a ReportException (or a bug) as it was thrown.
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    List<Resolved.Chart> askedCharts = settings.charts(t);
    List<Aggregate> aggregates = new ArrayList<>();
    askedCharts.forEach(c -> aggregates.add(c.aggregate()));
    if (settings.settings().autoCharts()) {
      aggregates.addAll(Planner.plan(t));
    }
    TableStats stats = TableStats.plan(t, settings.rollups(t));
    ReportWriter.TableSheet sheet = null;
    if (t.status() == TableProfile.Status.TABLE) {
      List<ReportWriter.ColumnLook> looks = new ArrayList<>();
      for (int i = 0; i < t.columns().size(); i++) {
        looks.add(new ReportWriter.ColumnLook(settings.format(t, i), settings.unit(t, i)));
      }
      sheet = out.startTable(t, settings.title(t), looks);
      sheets.put(t, sheet);
      comparison.table(b, sheet, settings.key(t));
    }
    try {
      Function<IssueSink, SchemaChecker> schema = check == null ? null : check.checker(b);
      SecondPass.run(b, schema, aggregates, stats, out.issues(), sheet,
          rows -> progress.update(t.fileName(), "writing", rows));
    } catch (IOException e) {
      throw ReportException.unreadable(file, ReportException.reason(e), e);
    }
    if (sheet != null) {
      comparison.tableDone(sheet);
      sheet.finish(t, stats);
    }
    // Every chart asked for in report.yaml is drawn: two that differ only in sort, title or size
    // are two charts (their PNG names are made unique when written). A chart chosen from the
    // data gives way to an asked one of its name.
    Set<String> names = new HashSet<>();
    for (int i = 0; i < aggregates.size(); i++) {
      boolean isAsked = i < askedCharts.size();
      ChartOptions options = (isAsked ? askedCharts.get(i).options() : ChartOptions.DEFAULT)
          .withTable(settings.title(t).equals(t.tableName()) ? "" : settings.title(t));
      RenderedChart chart = Charts.build(aggregates.get(i), t, col -> settings.unit(t, col), options,
          why -> out.issues().accept(new Issue(Severity.WARNING, t.fileName(), 0, 0, "", "", why,
              Rule.CHART_NOT_DRAWN, "the values are in the sheet as written")));
      if (chart == null) {
        continue;
      }
      if (isAsked && !askedCharts.get(i).title().isEmpty()) {
        chart = chart.withTitle(askedCharts.get(i).title());
      }
      boolean newName = names.add(chart.fileName());
      if (isAsked || newName) {
        out.addChart(chart, aggregates.get(i));
      }
    }
    IssueCounts c = out.counts(t.fileName());
    return new TableRow(t.fileName(), sheet == null ? "" : sheet.sheetName(),
        sheet == null ? 0 : sheet.rows(), t.width(),
        t.sheet() != null ? "Excel sheet" : t.encoding().label(),
        t.status() != TableProfile.Status.TABLE || t.sheet() != null ? ""
            : t.dialect().delimiterLabel(),
        c.errors(), c.warnings(), c.firstAt());
  }
}
