package dev.report;

import dev.report.cli.ReportCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process, as {@code java -jar report.jar} would, capturing its output. */
public final class Cli {
  /** The bundled example, relative to the project folder (the tests' working directory). */
  public static final Path EXAMPLE = Path.of("examples", "llama-revenue-share");

  /** What a run printed and how it ended. */
  public record Run(int exitCode, String out, String err) {}

  private Cli() {}

  public static Run run(String... args) {
    CommandLine cl = ReportCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
