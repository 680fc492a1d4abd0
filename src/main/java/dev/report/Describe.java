package dev.report;

import dev.report.check.Issue;
import dev.report.check.Rule;
import dev.report.check.Severity;
import dev.report.read.ReadOptions;
import dev.report.read.RefusedWorkbook;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import dev.report.schema.Descriptors;
import dev.report.schema.Scaffold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code report describe}: writes a {@code datapackage.json} inferred from the inputs into the
 * input folder, for the user to tighten; the next run validates the data against it.
 */
public final class Describe {
  private Describe() {}

  /**
   * What was written, and the warnings on files left out of it (a workbook found in a folder in a
   * form not read), as the report run words them.
   */
  public record Result(Path file, String summary, List<Issue> warnings) {}

  /** Whether an existing descriptor may be replaced. */
  public enum Existing { KEEP, REPLACE }

  /**
   * Describes the CSV files of {@code inputs} (the descriptor goes to the first input folder).
   *
   * @throws ReportException exit 2 when a descriptor is there and {@code existing} is KEEP
   */
  public static Result run(List<Path> inputs, ReadOptions options, Existing existing) {
    Path folder = Inputs.settingsFolder(inputs);
    Path target = folder.resolve(Descriptors.NAMES.get(0));
    Path present = Descriptors.find(folder);
    if (present != null && (existing == Existing.KEEP || !present.equals(target))) {
      throw new ReportException(ExitCode.USAGE, present + " already exists; "
          + (present.equals(target) ? "run describe with --force to replace it"
              : "remove it first, describe writes " + target.getFileName()));
    }
    // The data as it is: a descriptor being replaced does not say how to read it.
    List<Path> files = Inputs.resolve(inputs);
    List<TableProfile> tables = new ArrayList<>();
    // Workbooks found in a folder in a form not read (.xls, encrypted): left out, as the run does.
    Set<Path> named = Inputs.named(inputs, null);
    List<ReportException> refused = new ArrayList<>();
    List<Issue> warnings = new ArrayList<>();
    for (Path file : files) {
      try {
        if (dev.report.read.WorkbookTables.isWorkbook(file)) {
          tables.addAll(dev.report.read.WorkbookTables.name(file,
              dev.report.read.WorkbookTables.profile(file, options).tables()));
        } else {
          tables.add(TableReader.profile(file, options));
        }
      } catch (RefusedWorkbook e) {
        if (named.contains(file.toAbsolutePath().normalize())) {
          throw ReportException.unreadable(file, e.getMessage(), e);
        }
        refused.add(ReportException.unreadable(file, e.getMessage(), e));
        warnings.add(new Issue(Severity.WARNING, file.getFileName().toString(), 0, 0, "", "",
            e.getMessage(), Rule.FILE_NOT_READ, ""));
      } catch (IOException | UncheckedIOException e) {
        throw ReportException.unreadable(file, ReportException.reason(e), e);
      }
    }
    if (refused.size() == files.size()) {
      // Nothing else to describe: as if the first were named.
      throw refused.get(0);
    }
    tables = Report.uniqueSheetNames(tables);
    Scaffold scaffold;
    try {
      scaffold = Scaffold.describe(folder, tables);
    } catch (IOException | UncheckedIOException e) {
      throw ReportException.unreadable(folder, ReportException.reason(e), e);
    }
    Path tmp = folder.resolve("." + target.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, scaffold.json(), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // The first failure is the one to report.
      }
      throw ReportException.unwritable(target, ReportException.reason(e), e);
    }
    return new Result(target, scaffold.summary(), List.copyOf(warnings));
  }
}
