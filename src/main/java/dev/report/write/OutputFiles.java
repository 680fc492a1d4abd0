package dev.report.write;

import dev.report.ReportException;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outputs written all or nothing: each is written to a temporary file beside its final place and
 * moved there only by {@link #commit}, so a failed run leaves the previous outputs as they were.
 */
final class OutputFiles implements Closeable {
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
  /**
   * Where the bytes of an output go instead of its temporary file, by the output's relative
   * name; empty in a run. A seam for tests of a full disk, which send an output to /dev/full.
   */
  static volatile Map<String, Path> divertedForTests = Map.of();
  /**
   * Where the workbook keeps sheet data until it is written; null in a run (the system's
   * temporary folder). A seam for tests of a full temporary folder.
   */
  static volatile dev.report.write.xlsx.Workbook.TempFiles sheetDataForTests;
  private final Path dir;
  /** Final path to temporary path, in staging order. */
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private boolean committed;

  OutputFiles(Path dir) {
    this.dir = dir;
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw ReportException.unwritable(dir, "it is a file, not a folder: give -o a folder", null);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw ReportException.unwritable(dir, "cannot create the output folder (" + ReportException.reason(e) + ")", e);
    }
    if (!Files.isWritable(dir)) {
      throw ReportException.unwritable(dir, "the output folder is not writable", null);
    }
  }

  /** Outputs of an earlier run that this one does not write, removed once it is committed. */
  private final List<Path> stale = new ArrayList<>();

  /** Removes {@code relative} (e.g. an earlier run's changes.csv) when the outputs are committed. */
  void remove(String relative) {
    stale.add(dir.resolve(relative));
  }

  /** A temporary file to write {@code relative} (e.g. {@code charts/a.png}) to. */
  Path stage(String relative) {
    Path target = dir.resolve(relative);
    if (staged.containsKey(target)) {
      // Its first temporary file would be left behind: the caller's names must be unique.
      throw new IllegalStateException("staged twice: " + target);
    }
    try {
      Files.createDirectories(target.getParent());
      // Not createTempFile: its owner-only permissions would stay on the final file.
      Path tmp = target.resolveSibling("." + target.getFileName() + "."
          + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
      Files.createFile(tmp);
      // A run that ends on an Error (out of memory) may not get to close(): the JVM deletes the
      // file when it exits. Once moved into place there is nothing left to delete. (One short
      // path per output per run is kept until the JVM exits.)
      tmp.toFile().deleteOnExit();
      staged.put(target, tmp);
      return tmp;
    } catch (IOException e) {
      throw ReportException.unwritable(target, ReportException.reason(e), e);
    }
  }

  /**
   * Stages {@code relative} and opens its temporary file for writing; a failure to write it is
   * reported as a failure to write {@link #target}.
   */
  OutputStream create(String relative) throws IOException {
    Path tmp = stage(relative);
    return Files.newOutputStream(divertedForTests.getOrDefault(relative, tmp));
  }

  /** The final path of {@code relative}, the name to give when writing it fails. */
  Path target(String relative) {
    return dir.resolve(relative);
  }

  /**
   * Moves every staged file into place, then removes PNGs in {@code charts/} that this run did
   * not write (charts of an earlier run). Returns the final paths.
   */
  List<Path> commit() {
    List<Path> done = new ArrayList<>();
    // The workbook first: it is the one most likely to be locked (open in Excel); when it cannot
    // be replaced, nothing else has been either.
    List<Map.Entry<Path, Path>> order = new ArrayList<>(staged.entrySet());
    order.sort(java.util.Comparator.comparing(e -> !e.getKey().getFileName().toString().endsWith(".xlsx")));
    for (Map.Entry<Path, Path> e : order) {
      Path target = e.getKey();
      try {
        try {
          Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
          Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException ex) {
        throw ReportException.unwritable(target, ReportException.reason(ex)
            + (target.getFileName().toString().endsWith(".xlsx")
                ? "; if the workbook is open in Excel, close it and run again" : ""), ex);
      }
      done.add(target);
    }
    committed = true;
    removeStaleCharts(new HashSet<>(done));
    for (Path p : stale) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // An old output that stays is outdated, not wrong about this run's report.
      }
    }
    return done;
  }

  private void removeStaleCharts(Set<Path> keep) {
    Path charts = dir.resolve("charts");
    if (!Files.isDirectory(charts)) {
      return;
    }
    try (DirectoryStream<Path> pngs = Files.newDirectoryStream(charts, "*.png")) {
      for (Path p : pngs) {
        if (!keep.contains(p)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // An old chart that stays is harmless; the report itself is complete.
    }
  }



  /** Deletes temporary files that were not moved into place. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (Path tmp : staged.values()) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // Best effort: a leftover temporary file is hidden (dot name) and harmless.
      }
    }
  }
}
