package dev.report;

import dev.report.read.ReadOptions;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import dev.report.read.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a CSV text written to a file and read through both passes. */
public final class Tables {
  private Tables() {}

  /** A table read from {@code csv}, written as UTF-8 to {@code dir/name}. */
  public record Read(TableProfile profile, List<Value[]> rows) {}

  public static Read read(Path dir, String name, String csv) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      TableProfile p = TableReader.profile(file, ReadOptions.DEFAULT);
      List<Value[]> rows = new ArrayList<>();
      TableReader.read(p, (r, values) -> {
        if (values != null) {
          rows.add(values);
        }
      });
      return new Read(p, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
