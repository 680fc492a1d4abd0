package dev.report;

import dev.report.schema.DataPackage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns the inputs a user names into the CSV files to read. */
final class Inputs {
  private Inputs() {}

  /** Where report.yaml is looked for: the first input folder, else the first file's folder. */
  static java.nio.file.Path settingsFolder(List<Path> inputs) {
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        return in;
      }
    }
    Path parent = inputs.get(0).toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  /**
   * Each folder gives its {@code *.csv} files and Excel workbooks (see {@link #isInput}; not its
   * subfolders), sorted by name; files are
   * taken as named. Files inside the output folder are never inputs. The result is sorted by file
   * name, the order of the Issues sheet.
   */
  static List<Path> resolve(List<Path> inputs, Path outputDir) {
    return resolve(inputs, outputDir, null);
  }

  /** As {@link #resolve(List, Path)} where there is no output folder to leave out. */
  static List<Path> resolve(List<Path> inputs) {
    return resolve(inputs, null, null);
  }

  /**
   * As {@link #resolve(List, Path)}, with the data files of {@code pkg}'s resources (if any);
   * {@code outputDir} null when there is none.
   */
  static List<Path> resolve(List<Path> inputs, Path outputDir, DataPackage pkg) {
    Set<Path> files = new LinkedHashSet<>();
    if (pkg != null) {
      pkg.resources().forEach(r -> files.add(r.file()));
    }
    Path out = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(in)) {
          for (Path p : dir) {
            String name = p.getFileName().toString();
            if (!isInput(name)) {
              continue;
            }
            if (Files.isRegularFile(p)) {
              found.add(p);
            } else if (out == null || !p.toAbsolutePath().normalize().startsWith(out)) {
              refuseBrokenLink(p);
            }
          }
        } catch (IOException e) {
          throw ReportException.unreadable(in, "the folder cannot be listed", e);
        }
        if (found.isEmpty() && files.isEmpty()) {
          throw new ReportException(ExitCode.USAGE,
              "no .csv or .xlsx files in " + in
                  + ": put CSV files or Excel workbooks there or name them one by one");
        }
        found.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path p : found) {
          Path normal = p.toAbsolutePath().normalize();
          if (out == null || !normal.startsWith(out)) {
            // Named by its absolute path, as resources are, so that each file is read once.
            files.add(pkg == null ? p : normal);
          }
        }
      } else if (Files.isRegularFile(in)) {
        if (!Files.isReadable(in)) {
          throw ReportException.unreadable(in, "permission denied", null);
        }
        files.add(pkg == null ? in : in.toAbsolutePath().normalize());
      } else if (Files.exists(in)) {
        throw ReportException.unreadable(in, "not a file or folder", null);
      } else {
        refuseBrokenLink(in);
        throw new ReportException(ExitCode.IO, "input not found: " + in);
      }
    }
    if (files.isEmpty()) {
      throw new ReportException(ExitCode.USAGE, "no input files to read (only the output folder's)");
    }
    List<Path> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing((Path p) -> p.getFileName().toString())
        .thenComparing(Path::toString));
    // Tables are known by their file name (sheets, issues, the console): it must be unique.
    for (int i = 1; i < sorted.size(); i++) {
      Path a = sorted.get(i - 1);
      Path b = sorted.get(i);
      if (a.getFileName().equals(b.getFileName())) {
        throw new ReportException(ExitCode.USAGE, "two inputs are named " + a.getFileName()
            + " (" + a + " and " + b + "): tables are known by their file name in the report; "
            + "rename one, or report them separately");
      }
    }
    return sorted;
  }

  /**
   * The files named one by one, on the command line or in {@code pkg} (null when none), as
   * absolute normalized paths: those not among them were found in a folder.
   */
  static Set<Path> named(List<Path> inputs, DataPackage pkg) {
    Set<Path> named = new java.util.HashSet<>();
    for (Path in : inputs) {
      if (!Files.isDirectory(in)) {
        named.add(in.toAbsolutePath().normalize());
      }
    }
    if (pkg != null) {
      pkg.resources().forEach(r -> named.add(r.file().toAbsolutePath().normalize()));
    }
    return named;
  }

  /**
   * Whether a folder's file is an input: {@code *.csv}, and workbooks ({@code *.xlsx},
   * {@code *.xlsm}, and {@code *.xls}, which is not read: a warning); not hidden files, nor Excel's
   * lock files {@code ~$name.xlsx} (left while a workbook is open).
   */
  static boolean isInput(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.startsWith("~$")) {
      return false;
    }
    return n.endsWith(".csv") || n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
  }

  /**
   * A symbolic link whose target does not exist is an input that cannot be read (exit 3), in a
   * folder as when named: it is never skipped silently.
   */
  private static void refuseBrokenLink(Path p) {
    if (!Files.isSymbolicLink(p) || Files.exists(p)) {
      return;
    }
    String target;
    try {
      target = Files.readSymbolicLink(p).toString();
    } catch (IOException e) {
      target = "a missing file";
    }
    throw ReportException.unreadable(p, "it is a symbolic link to " + target
        + ", which does not exist", null);
  }
}
