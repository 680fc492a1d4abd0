package dev.report.schema;

import dev.report.read.SheetSource;
import java.nio.file.Path;
import java.util.List;

/**
 * A Data Package descriptor, validated: the CSV resources it describes.
 *
 * @param descriptor the {@code datapackage.json} or {@code datapackage.yaml} file
 */
public record DataPackage(Path descriptor, List<Resource> resources) {
  public DataPackage {
    resources = List.copyOf(resources);
  }

  /** The descriptor's file name, e.g. {@code datapackage.json}: the file of its issues. */
  public String fileName() {
    return descriptor.getFileName().toString();
  }

  /** The resource of {@code file}, or null when the package does not describe it. */
  public Resource resourceOf(Path file) {
    return resourceOf(file, null);
  }

  /**
   * The resource of {@code file}'s worksheet {@code sheet} (null for a CSV file), or null: a
   * resource names its sheet by name or 1-based number, and without one it is the first sheet,
   * as in Frictionless.
   */
  public Resource resourceOf(Path file, SheetSource sheet) {
    Path f = file.toAbsolutePath().normalize();
    for (Resource r : resources) {
      if (!r.file().equals(f)) {
        continue;
      }
      if (sheet == null || r.sheet() == null && sheet.position() == 1 || r.sheet() != null
          && (r.sheet().equals(sheet.sheet()) || r.sheet().equals(String.valueOf(sheet.position())))) {
        return r;
      }
    }
    return null;
  }

  /**
   * A resource: a CSV file with, optionally, its dialect and schema.
   *
   * @param index 0-based position in {@code resources}, as messages name it
   * @param file the absolute, normalized path of its data file
   * @param delimiter the dialect's delimiter, or 0 to sniff it
   * @param quote the dialect's quote character, or 0 to sniff it
   * @param header whether the first line is a header (the dialect's {@code header})
   * @param schema its Table Schema, or null for inferred checks only
   * @param notes what the descriptor asks that is not checked, one sentence each
   * @param sheet for a workbook, its dialect's {@code sheet}: a sheet's name or 1-based number,
   *     or null for the first sheet (and for a CSV file)
   */
  public record Resource(int index, String name, Path file, char delimiter, char quote,
      boolean header, TableSchema schema, List<String> notes, String sheet) {
    public Resource {
      notes = List.copyOf(notes);
    }

    /** The schema's primary key, its field names; empty without one. */
    public List<String> primaryKey() {
      return schema == null ? List.of() : schema.primaryKey();
    }

    public boolean hasSchema() {
      return schema != null;
    }

    /** As messages name it: {@code resources[1] (hosts)}. */
    public String label() {
      return "resources[" + index + "] (" + name + ")";
    }
  }
}
