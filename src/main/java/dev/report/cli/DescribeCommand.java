package dev.report.cli;

import dev.report.Describe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report describe}: a Data Package scaffold inferred from the data. */
@Command(name = "describe", mixinStandardHelpOptions = true, sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Writes INPUT/datapackage.json: a Table Schema for each CSV file, inferred from the data",
        "(types, formats, decimal and group characters, missing values, enums of categories,",
        "primary and foreign keys). Tighten it, then run report: it checks the data against it.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  datapackage.json written",
        "  2  a descriptor is already there (see --force), or bad usage",
        "  3  an input could not be read or the descriptor could not be written"})
final class DescribeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT", defaultValue = "input",
      description = "The folder of CSV files to describe (default: ${DEFAULT-VALUE}).")
  List<Path> inputs;

  @Option(names = "--force", description = "Replace an existing datapackage.json.")
  boolean force;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en-US",
      description = "Settles what the data cannot: decimal mark and day or month first "
          + "(default: ${DEFAULT-VALUE}).")
  String locale;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Describe.Result r = Describe.run(inputs, Locales.readOptions(locale),
        force ? Describe.Existing.REPLACE : Describe.Existing.KEEP);
    r.warnings().forEach(w -> spec.commandLine().getErr().println(w.toConsoleLine()));
    spec.commandLine().getOut().println("Wrote " + r.file() + ": " + r.summary() + ".");
    spec.commandLine().getOut().println("Tighten it (required fields, ranges, patterns), then run "
        + "report again: the data is checked against it.");
    return 0;
  }
}
