package dev.report.cli;

import dev.report.compare.CompareWith;
import dev.report.ExitCode;
import dev.report.FailOn;
import dev.report.Progress;
import dev.report.Report;
import dev.report.ReportConfig;
import dev.report.ReportException;
import dev.report.ReportResult;
import dev.report.Version;
import dev.report.check.Issue;
import dev.report.check.Severity;
import dev.report.read.ReadOptions;
import dev.report.write.IssueCounts;
import dev.report.write.TableRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: a thin layer that parses options, runs {@link Report} and prints a summary. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = ReportCommand.VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true, subcommands = DescribeCommand.class,
    description = {
        "Turns CSV files into a checked, charted Excel report.",
        "",
        "Reads every *.csv in the INPUT folders (or the files named), checks every value, and writes:",
        "  DIR/report.xlsx   Overview, Issues, and one sheet per table with typed cells",
        "  DIR/issues.csv    every issue found, one per line (UTF-8)",
        "  DIR/charts/*.png  charts chosen from the data",
        "",
        "A datapackage.json (or .yaml) in the INPUT folder adds its Table Schemas' checks;",
        "'report describe' writes one inferred from the data.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  report written, no data errors (warnings allowed)",
        "  1  report written, data errors found (see --fail-on)",
        "  2  bad usage or configuration; nothing written",
        "  3  an input could not be read or an output could not be written;",
        "     earlier outputs are left untouched",
        " 70  a bug in report itself (run again with --debug for the details)",
        "",
        "Issues are printed on stderr as file:line:column: severity: problem."})
public final class ReportCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "INPUT", defaultValue = "input",
      description = "CSV files or folders of CSV files (default: ${DEFAULT-VALUE}).")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
      description = "Folder for the outputs (default: ${DEFAULT-VALUE}); created if missing.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      converter = FailOnConverter.class,
      description = "Which issues give exit code 1: error, warning or never (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en-US",
      description = "Settles what the data cannot: decimal mark and day or month first, "
          + "e.g. fr-FR (default: ${DEFAULT-VALUE}; each column is first read from its own values).")
  String locale;

  @Option(names = "--generated-at", paramLabel = "TIME",
      description = "The generation time to show, as ISO 8601 (e.g. 2026-01-31T12:00:00Z); "
          + "with it, or with SOURCE_DATE_EPOCH set, the same inputs give identical files.")
  String generatedAt;

  @Option(names = "--compare-with", paramLabel = "FILE",
      description = "An earlier report to compare with (default: the report.xlsx being replaced).")
  Path compareWith;

  @Option(names = "--no-compare", description = "Compare with no earlier report: no Changes sheet.")
  boolean noCompare;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = "--debug", description = "Print a stack trace when the tool itself fails.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The command line with this tool's exit codes and error handling. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ReportCommand());
    cl.setExecutionExceptionHandler(ReportCommand::handle);
    cl.setParameterExceptionHandler(ReportCommand::badUsage);
    return cl;
  }

  /** Widest file-name column of the summary, in characters. */
  static final int NAME_COLUMN = 32;

  @Override
  public Integer call() {
    ReadOptions read = Locales.readOptions(locale);
    String command = "java -jar report.jar " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    PrintWriter err = spec.commandLine().getErr();
    // A progress line only where someone watches a terminal, and never with --quiet.
    boolean terminal = System.console() != null && !quiet;
    ReportResult result;
    try (ProgressLine progress = terminal ? new ProgressLine(err) : null) {
      ReportConfig config = new ReportConfig(inputs, output, read, failOn,
          Clocks.fromOptions(generatedAt, System.getenv("SOURCE_DATE_EPOCH")), command.strip(),
          progress == null ? Progress.NONE : progress,
          noCompare ? CompareWith.OFF
              : compareWith != null ? new CompareWith.Given(compareWith) : CompareWith.REPLACED);
      result = Report.run(config);
    }
    PrintWriter out = spec.commandLine().getOut();
    printIssues(err, result);
    if (!quiet) {
      result.changes().forEach(err::println);
    }
    if (!quiet) {
      printSummary(out, result);
    }
    err.flush();
    out.flush();
    return result.exitCode().code();
  }

  /** At most 20 issues per file, or with {@code --quiet} 20 errors, as IssueCounts keeps them. */
  private void printIssues(PrintWriter err, ReportResult result) {
    for (Map.Entry<String, List<Issue>> e : result.firstIssues().entrySet()) {
      List<Issue> shown = e.getValue().stream()
          .filter(i -> !quiet || i.severity() == Severity.ERROR)
          .limit(IssueCounts.CONSOLE_PER_FILE).toList();
      shown.forEach(i -> err.println(i.toConsoleLine()));
      long total = result.tables().stream().filter(t -> t.file().equals(e.getKey()))
          .mapToLong(t -> quiet ? t.errors() : t.errors() + t.warnings()).sum();
      if (total > shown.size()) {
        err.println(e.getKey() + ": " + (total - shown.size()) + " more "
            + (quiet ? "errors" : "issues") + " in issues.csv and on the Issues sheet");
      }
    }
  }

  private static void printSummary(PrintWriter out, ReportResult result) {
    // Names line up in a column as wide as the longest one up to NAME_COLUMN characters; a longer
    // name pushes only its own line to the right.
    int width = result.tables().stream().mapToInt(t -> t.file().length())
        .filter(n -> n <= NAME_COLUMN).max().orElse(4);
    for (TableRow t : result.tables()) {
      out.printf(Locale.ROOT, "%-" + width + "s  %,9d rows  %3d columns  %s  %s%n", t.file(),
          t.rows(), t.columns(), plural(t.errors(), "error"), plural(t.warnings(), "warning"));
    }
    long charts = result.written().stream().filter(p -> p.toString().endsWith(".png")).count();
    Path xlsx = result.written().get(0);
    out.printf(Locale.ROOT, "Wrote %s, %s and %s in %s (%.1f s)%n", xlsx,
        xlsx.resolveSibling("issues.csv"), plural(charts, "chart"), xlsx.resolveSibling("charts"),
        result.elapsed().toMillis() / 1000.0);
  }

  private static String plural(long n, String word) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? word : word + "s");
  }

  /** The single place where failures become messages and exit codes. */
  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean debug = parsed.hasMatchedOption("--debug");
    if (e instanceof ReportException re) {
      err.println("report: " + re.getMessage());
      if (debug) {
        re.printStackTrace(err);
      }
      err.flush();
      return re.exitCode().code();
    }
    if (outOfMemory(e)) {
      // Met on a worker thread (a chart being drawn), it comes wrapped.
      err.println(outOfMemory());
      err.flush();
      return ExitCode.INTERNAL.code();
    }
    err.println("report: internal error (a bug in report, please report it): " + e);
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("report: run again with --debug for the details");
    }
    err.flush();
    return ExitCode.INTERNAL.code();
  }

  /** Whether {@code e}, a cause of it or an exception it suppressed is an OutOfMemoryError. */
  static boolean outOfMemory(Throwable e) {
    if (e == null) {
      return false;
    }
    if (e instanceof OutOfMemoryError || outOfMemory(e.getCause())) {
      return true;
    }
    for (Throwable s : e.getSuppressed()) {
      if (outOfMemory(s)) {
        return true;
      }
    }
    return false;
  }

  /** What a run that ran out of heap says, whichever thread met it; exit 70. */
  static String outOfMemory() {
    return "report: ran out of memory (a heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
        + " MB): run it with more, such as java -Xmx1g -jar report.jar; report keeps its memory"
        + " flat, so if that heap was not small this is a bug in report, please report it";
  }

  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("report: " + e.getMessage());
    cl.usage(err);
    err.flush();
    return ExitCode.USAGE.code();
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"report " + Version.get()};
    }
  }

  static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a level: use error, warning or never");
      }
    }
  }
}
