package dev.report.write;

import dev.report.ReportException;
import dev.report.analyze.TableStats;
import dev.report.analyze.Aggregate;
import dev.report.chart.NativeForm;
import dev.report.chart.Png;
import dev.report.chart.WorkbookCharts;
import dev.report.chart.RenderedChart;
import dev.report.compare.Fingerprints;
import dev.report.check.IssueSink;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;

/**
 * The write stage: the workbook ({@code report.xlsx}), {@code issues.csv} and the chart PNGs,
 * all staged in temporary files and put in place together by {@link #finish}.
 *
 * <p>Sheets are created in their final order (Overview, Issues, one per table) and filled as
 * rows stream in; the Overview is filled last, when the counts are known.
 *
 * <p>Charts are drawn on a background executor while the calling thread reads and writes rows;
 * their failures are thrown by {@link #finish}, which needs them.
 */
public final class ReportWriter implements Closeable {
  private static final String ISSUES_CSV = "issues.csv";
  private static final String XLSX = "report.xlsx";
  private static final String CHANGES_CSV = "changes.csv";

  private final OutputFiles files;
  private final Workbook wb;
  private final Styles styles;
  private final SheetNames names = new SheetNames();
  private final ExcelTables tables = new ExcelTables();
  private final OverviewSheet overview;
  private final ChartDataSheet chartData;
  private final IssueLog issues;
  private final Writer csv;
  private final int maxRows;
  private final Executor background;
  /** The charts, drawn on the background executor, in the order they were added. */
  private final List<CompletableFuture<OverviewSheet.Chart>> charts = new ArrayList<>();
  private final List<AboutSheet.Input> inputs = new ArrayList<>();
  private final List<SummarySheet.Table> summaries = new ArrayList<>();
  /** Per table written, what a later run compares with (the very hidden sheet, issue 17). */
  private final List<dev.report.compare.TableMeta> compareData = new ArrayList<>();
  /** Per table of {@link #compareData}, its records' fingerprints; and every table's, to close. */
  private final List<Fingerprints.Done> kept = new ArrayList<>();
  private final List<Fingerprints> fingerprints = new ArrayList<>();
  /** What changed since the earlier report, null without one; and that report's time. */
  private dev.report.compare.ChangeList changes;
  private String since = "";
  /** Sheet names given to tables ahead of their writing, by {@link #nameTables}. */
  private final Map<TableProfile, String> named = new IdentityHashMap<>();

  /** A writer that does everything on the calling thread. */
  public ReportWriter(Path outputDir) {
    this(outputDir, SheetSeries.MAX_ROWS);
  }

  /** {@code maxRows}: rows per sheet before a table goes on in a continuation sheet. */
  ReportWriter(Path outputDir, int maxRows) {
    this(outputDir, Runnable::run, maxRows);
  }

  /** A writer that draws charts on {@code background}. */
  public ReportWriter(Path outputDir, Executor background) {
    this(outputDir, background, SheetSeries.MAX_ROWS);
  }

  private ReportWriter(Path outputDir, Executor background, int maxRows) {
    this(outputDir, background, maxRows, WorkbookCharts.NATIVE);
  }

  /** A writer that draws charts on {@code background} and shows them in the workbook as {@code mode} says. */
  public ReportWriter(Path outputDir, Executor background, WorkbookCharts mode) {
    this(outputDir, background, SheetSeries.MAX_ROWS, mode);
  }

  private ReportWriter(Path outputDir, Executor background, int maxRows, WorkbookCharts mode) {
    this.maxRows = maxRows;
    this.background = background;
    this.files = new OutputFiles(outputDir);
    Workbook.TempFiles temp = OutputFiles.sheetDataForTests;
    this.wb = new Workbook(temp != null ? temp : ReportWriter::sheetDataFile);
    try {
      // As Files.newBufferedWriter: text that is not valid UTF-16 fails instead of being replaced.
      this.csv = new BufferedWriter(new OutputStreamWriter(files.create(ISSUES_CSV),
          StandardCharsets.UTF_8.newEncoder()), 1 << 16);
    } catch (IOException e) {
      files.close();
      throw ReportException.unwritable(files.target(ISSUES_CSV), ReportException.reason(e), e);
    }
    this.styles = new Styles(wb);
    this.chartData = new ChartDataSheet(names);
    this.overview = new OverviewSheet(wb, styles, names, chartData, mode);
    this.issues = new IssueLog(wb, styles, names, csv, files.target(ISSUES_CSV), maxRows);
  }

  /**
   * A temporary file for a sheet's data, in Java's temporary folder; one that cannot be made
   * there is the environment's problem, said with the folder and the way to choose another.
   */
  private static Path sheetDataFile() {
    try {
      return Files.createTempFile("report-sheet", ".deflated");
    } catch (IOException e) {
      Path dir = Path.of(System.getProperty("java.io.tmpdir"));
      throw ReportException.unwritable(dir, "cannot make a temporary file there ("
          + ReportException.reason(e) + "); run java with -Djava.io.tmpdir=DIR to use another "
          + "folder", e);
    }
  }

  /** Where checks report: each issue goes to the Issues sheet and issues.csv at once. */
  public IssueSink issues() {
    return issues;
  }

  /** Errors and warnings reported so far for {@code file}, and the first few of them. */
  public IssueCounts counts(String file) {
    IssueLog.Counts c = issues.counts(file);
    String at = c.firstSheet == null ? ""
        : "'" + c.firstSheet.replace("'", "''") + "'!A" + (c.firstRow + 1);
    return new IssueCounts(c.errors, c.warnings, List.copyOf(c.first), at);
  }

  /** Records an input for the About sheet, whether or not it could be read as a table. */
  public void input(TableProfile profile, String sha256) {
    inputs.add(new AboutSheet.Input(profile, sha256));
  }

  /**
   * How report.yaml wants a column shown.
   *
   * @param format an Excel number format for its cells, or empty for the one that fits the data
   * @param unit its unit, shown in the header comment, or empty
   */
  public record ColumnLook(String format, String unit) {}

  /** Starts the sheet of a table, named after it; issues of its header link to row 1. */
  public TableSheet startTable(TableProfile table) {
    List<ColumnLook> plain = new ArrayList<>();
    table.columns().forEach(c -> plain.add(new ColumnLook("", "")));
    return startTable(table, table.tableName(), plain);
  }

  /**
   * Names the tables' sheets in the order they are listed, before any is written (tables are
   * written in file name order): of two titles that differ only in case, the first listed keeps
   * its title and the second gets "(2)".
   */
  public void nameTables(List<TableProfile> listed, Function<TableProfile, String> title) {
    for (TableProfile t : listed) {
      if (t.status() == TableProfile.Status.TABLE && !named.containsKey(t)) {
        named.put(t, names.unique(title.apply(t)));
      }
    }
  }

  /** Starts the sheet of a table with a sheet name and a look per column. */
  public TableSheet startTable(TableProfile table, String title, List<ColumnLook> looks) {
    String name = named.containsKey(table) ? named.get(table) : names.unique(title);
    DataSheet sheet = new DataSheet(wb, styles, names, table, name, looks, maxRows);
    issues.at(table.fileName(), 1, sheet.sheetName(), 0, sheet.layout());
    return new TableSheet(table.fileName(), table.columns(), sheet,
        looks.stream().map(ColumnLook::unit).toList());
  }

  /** The sheet of one table, written record by record. */
  public final class TableSheet {
    private final String file;
    private final List<String> columns;
    private final DataSheet sheet;
    /** Made at the first record, once the declared key is known. */
    private Fingerprints prints;
    /** report.yaml's unit of each column, or empty. */
    private final List<String> units;
    private dev.report.compare.TableDiff diff;
    private String diffSince = "";
    private long line;
    private long lastLine = -1;
    /** Record index and line of each record not on the line after its predecessor's. */
    private final java.util.List<Long> jumps = new ArrayList<>();

    private TableSheet(String file, List<String> columns, DataSheet sheet, List<String> units) {
      this.file = file;
      this.columns = List.copyOf(columns);
      this.sheet = sheet;
      this.units = units;
    }

    /** Call before checking the header record, so that its issues link to the header row. */
    public void header(long line) {
      issues.at(file, line, sheet.sheetName(), 0, sheet.layout());
    }

    /** Call before checking the record at {@code line}, so that its issues link to its row. */
    public void before(long line) {
      issues.at(file, line, sheet.nextSheetName(), sheet.nextRowIndex(), sheet.layout());
      if (line != lastLine + 1) {
        jumps.add(sheet.rows());
        jumps.add(line);
      }
      this.line = line;
      this.lastLine = line;
    }

    /**
     * Compares each record written from now on with the earlier report's, which is of
     * {@code since} (its date, for the notes).
     */
    public void compare(dev.report.compare.TableDiff diff, String since) {
      this.diff = diff;
      this.diffSince = since;
    }

    public void write(Value[] values) {
      write(values, List.of());
    }

    /** Writes a record and marks the cells its issues are about. */
    public void write(Value[] values, List<dev.report.check.Issue> found) {
      write(values, found, fingerprints().add(values));
    }

    /**
     * The table's fingerprints, to which each record is added, in order, before it is written:
     * made at the first call, once the declared key is known.
     */
    public Fingerprints fingerprints() {
      if (prints == null) {
        prints = new Fingerprints(columns, key);
        fingerprints.add(prints);
      }
      return prints;
    }

    /**
     * Writes a record and marks the cells its issues are about; {@code record} is what
     * {@link #fingerprints()} made of it.
     */
    public void write(Value[] values, List<dev.report.check.Issue> found,
        Fingerprints.Record record) {
      if (diff == null) {
        sheet.write(values, found);
        return;
      }
      String at = dev.report.write.xlsx.A1.sheet(sheet.nextSheetName()) + "!";
      int row = sheet.nextRowIndex() + 1;
      int[] first = sheet.layout().first();
      dev.report.compare.TableDiff.Mark mark = diff.record(line, record, col -> {
        int c = col < 0 ? 0 : Math.max(0, first[col]);
        return at + dev.report.write.xlsx.A1.column(c) + row;
      });
      sheet.write(values, found, mark, diffSince);
    }

    public String sheetName() {
      return sheet.sheetName();
    }

    /**
     * The table's declared key (a Data Package primaryKey), kept for the next comparison; call
     * before the first record.
     */
    public void key(List<String> names) {
      this.key = List.copyOf(names);
    }

    private List<String> key = List.of();

    /** The Excel format of each column's cells. */
    public List<String> formats() {
      return sheet.formats();
    }

    public long rows() {
      return sheet.rows();
    }

    List<Sheet> sheets() {
      return sheet.sheets();
    }

    /** Makes the Excel tables and records the table's statistics for the Summary sheet. */
    public void finish(TableProfile profile, TableStats stats) {
      sheet.finish(tables);
      List<dev.report.compare.TableMeta.Column> columns = new ArrayList<>();
      for (int i = 0; i < profile.columns().size(); i++) {
        columns.add(new dev.report.compare.TableMeta.Column(profile.columns().get(i),
            profile.types().get(i).kind(), sheet.formats().get(i), sheet.layout().first()[i]));
      }
      Fingerprints.Done done = fingerprints().finish();
      kept.add(done);
      compareData.add(new dev.report.compare.TableMeta(file,
          sheet.sheets().stream().map(Sheet::name).toList(), columns, done.key(),
          jumps.stream().mapToLong(Long::longValue).toArray()));
      summaries.add(new SummarySheet.Table(profile, stats, sheet.parts(), sheet.layout(),
          sheet.formats(), units));
    }
  }

  /**
   * What changed since the earlier report of {@code since} (its generation time as shown), for the
   * Changes sheet and changes.csv; without a call, there are neither (no earlier report).
   */
  public void changes(dev.report.compare.ChangeList all, String since) {
    this.changes = all;
    this.since = since;
  }

  /** Puts the tables' sheets, continuations included, in this order after Overview and Issues. */
  public void orderTables(List<TableSheet> order) {
    int at = wb.indexOf(issues.sheets().get(issues.sheets().size() - 1)) + 1;
    for (TableSheet t : order) {
      for (Sheet s : t.sheets()) {
        wb.moveSheet(s, at++);
      }
    }
  }

  /** Draws the chart (on the background executor) and keeps it for the Overview and charts/. */
  public void addChart(RenderedChart chart) {
    addChart(chart, null);
  }

  /**
   * As {@link #addChart(RenderedChart)}, with the aggregate it was drawn from: its native chart's
   * figures are then live formulas where they can be.
   */
  public void addChart(RenderedChart chart, Aggregate source) {
    charts.add(CompletableFuture.supplyAsync(() -> {
      byte[] png = Png.render(chart);
      // Read once drawn: the axes' ticks are chosen as the PNG is drawn.
      NativeForm form = NativeForm.of(chart);
      return new OverviewSheet.Chart(png, chart.title(), chart.width(),
          chart.height(), chart.fileName(), form, source, chart.table());
    }, background));
  }

  /** Stages each chart's PNG in {@code charts/}; returns the charts in the order they came. */
  private List<OverviewSheet.Chart> stageCharts() {
    List<OverviewSheet.Chart> drawn = new ArrayList<>();
    // File names unique ignoring case, as sheet names are: Sales.csv and sales.csv both chart
    // their amounts, and one PNG must not replace the other (on every file system).
    java.util.Set<String> names = new java.util.HashSet<>();
    for (CompletableFuture<OverviewSheet.Chart> f : charts) {
      OverviewSheet.Chart chart = join(f);
      String file = chart.fileName();
      int dot = file.lastIndexOf('.');
      for (int k = 2; !names.add(file.toLowerCase(java.util.Locale.ROOT)); k++) {
        file = chart.fileName().substring(0, dot) + "-" + k + chart.fileName().substring(dot);
      }
      if (!file.equals(chart.fileName())) {
        chart = new OverviewSheet.Chart(chart.png(), chart.title(), chart.width(), chart.height(),
            file, chart.form(), chart.source(), chart.table());
      }
      String name = "charts/" + file;
      try (OutputStream out = files.create(name)) {
        out.write(chart.png());
      } catch (IOException e) {
        throw ReportException.unwritable(files.target(name), ReportException.reason(e), e);
      }
      drawn.add(chart);
    }
    return drawn;
  }

  /** The result of background work, or what it threw (unchecked, as it was thrown). */
  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /**
   * Fills the Overview, writes the workbook and moves every output into place; returns the
   * final paths, workbook first.
   */
  public List<Path> finish(String title, String subtitle, String author, List<TableRow> tables,
      RunInfo run) {
    issues.finish();
    writeChanges();
    List<OverviewSheet.Chart> charts = stageCharts();
    // The Overview first: a Charts sheet it may need comes right after the tables.
    overview.write(title, subtitle, tables,
        inputs.stream().map(AboutSheet.Input::profile).toList(), summaries, charts);
    new SummarySheet(wb, styles, names).write(summaries);
    new AboutSheet(wb, styles, names).write(run, inputs);
    CompareSheet.write(wb, names, run, compareData, kept);
    chartData.write(wb, styles, summaries);
    wb.recalculateOnOpen();
    // The creation date is the generation time, so that a fixed clock gives identical bytes.
    wb.properties(title, subtitle, author.isEmpty() ? run.tool() : author, run.generated());
    wb.activeSheet(wb.sheets().get(0));
    try {
      csv.close();
    } catch (IOException e) {
      throw ReportException.unwritable(files.target(ISSUES_CSV), ReportException.reason(e), e);
    }
    try (OutputStream out = files.create(XLSX)) {
      wb.write(out);
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw ReportException.unwritable(files.target(XLSX), ReportException.reason(io), e);
    }
    List<Path> done = files.commit();
    List<Path> ordered = new ArrayList<>();
    done.stream().filter(p -> p.getFileName().toString().equals(XLSX)).forEach(ordered::add);
    done.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
    return ordered;
  }

  /** The Changes sheet after Issues, and changes.csv, when there was an earlier report. */
  private void writeChanges() {
    if (changes == null) {
      files.remove(CHANGES_CSV);
      return;
    }
    int at = wb.indexOf(issues.sheets().get(issues.sheets().size() - 1)) + 1;
    try (Writer out = new BufferedWriter(new OutputStreamWriter(files.create(CHANGES_CSV),
        StandardCharsets.UTF_8.newEncoder()))) {
      Sheet sheet = ChangesSheet.write(wb, styles, names, at, changes, since, out);
      overview.changes(ChangesSheet.perTable(compareData.stream()
          .map(dev.report.compare.TableMeta::file).toList(), changes), sheet.name());
    } catch (IOException e) {
      throw ReportException.unwritable(files.target(CHANGES_CSV), ReportException.reason(e), e);
    }
  }

  /** Removes the workbook's temporary files and any output that was not put in place. */
  @Override
  public void close() {
    fingerprints.forEach(Fingerprints::close);
    try {
      csv.close();
    } catch (IOException e) {
      // Already failed or already closed; the staged file is removed below.
    }
    try {
      wb.close();
    } finally {
      files.close();
    }
  }
}
