package dev.report.schema;

import dev.report.config.Names;
import dev.report.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds a {@link DataPackage} from a descriptor tree, checking everything it can before any data
 * is read: types and formats, constraint values, key field names, foreign-key references, and
 * that every resource is a file inside the descriptor's folder.
 */
final class PackageParser {
  private static final Set<String> PACKAGE = Set.of("resources", "name", "title", "profile",
      "$schema", "description", "version", "licenses", "sources", "contributors", "keywords",
      "created", "homepage", "image", "id");
  private static final Set<String> RESOURCE = Set.of("name", "path", "data", "schema", "dialect",
      "format", "mediatype", "encoding", "title", "description", "profile", "$schema", "type",
      "bytes", "hash", "sources", "licenses", "scheme");
  private static final Set<String> DIALECT = Set.of("delimiter", "quoteChar", "header",
      "doubleQuote", "escapeChar", "skipInitialSpace", "commentChar", "lineTerminator",
      "headerRows", "headerJoin", "caseSensitiveHeader", "csvddfVersion", "$schema", "nullSequence",
      "sheet", "excel");

  private final Path descriptor;
  private final Path folder;
  private final ReadOptions options;

  PackageParser(Path descriptor, ReadOptions options) {
    this.descriptor = descriptor;
    Path parent = descriptor.toAbsolutePath().normalize().getParent();
    this.folder = parent;
    this.options = options;
  }

  DataPackage parse(Node root) {
    root.object().noTypos(PACKAGE);
    List<Node> items = root.need("resources").items();
    if (items.isEmpty()) {
      throw root.get("resources").error("the package has no resources: list each CSV file as"
          + " {\"name\": ..., \"path\": ...} (report describe writes them)");
    }
    // Names first: foreign keys may point at a later resource.
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node r : items) {
      r.object().noTypos(RESOURCE);
      String name = r.has("name") ? r.get("name").text() : defaultName(r);
      if (!seen.add(name)) {
        throw r.get("name").error("\"" + name + "\" names two resources; give each its own name");
      }
      names.add(name);
    }
    List<DataPackage.Resource> resources = new ArrayList<>();
    Map<String, TableSchema> schemas = new HashMap<>();
    Map<String, List<Node>> references = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Node r = items.get(i);
      List<String> notes = new ArrayList<>();
      Path file = file(r, notes);
      String sheet = sheet(r.get("dialect"));
      for (DataPackage.Resource earlier : resources) {
        if (earlier.file().equals(file) && java.util.Objects.equals(earlier.sheet(), sheet)) {
          throw r.get("path").error("\"" + r.get("path").text() + "\" is also the path of "
              + earlier.label() + "; describe each file once");
        }
      }
      char delimiter = 0;
      char quote = 0;
      boolean header = true;
      Node d = r.get("dialect");
      if (d != null) {
        if (d.json().isTextual()) {
          throw d.error("a dialect in its own file is not read; write it inside the resource");
        }
        d.object().noTypos(DIALECT);
        delimiter = d.has("delimiter") ? d.get("delimiter").character() : 0;
        quote = d.has("quoteChar") ? d.get("quoteChar").character() : 0;
        header = !d.has("header") || d.get("header").bool();
        char effectiveQuote = quote == 0 ? '"' : quote;
        if (delimiter != 0 && (delimiter == effectiveQuote || delimiter == '\n' || delimiter == '\r')) {
          throw d.get("delimiter").error("'" + delimiter + "' cannot be the delimiter"
              + (delimiter == effectiveQuote ? ": it is the quote character; give another"
                  + " \"delimiter\" or \"quoteChar\"" : "; give one such as \",\" or \";\""));
        }
        if (quote == '\n' || quote == '\r') {
          throw d.get("quoteChar").error("a line break cannot be the quote character; give one"
              + " such as '\"' or leave \"quoteChar\" out");
        }
        if (quote != 0 && delimiter == 0 && ",;\t|".indexOf(quote) >= 0) {
          throw d.get("quoteChar").error("'" + quote + "' may be the file's delimiter; give the "
              + "\"delimiter\" too");
        }
        for (String unsupported : List.of("escapeChar", "commentChar", "nullSequence")) {
          if (d.has(unsupported)) {
            notes.add(d.get(unsupported).path() + " is not supported; the file is read without it");
          }
        }
        if (d.has("doubleQuote") && !d.get("doubleQuote").bool()) {
          notes.add(d.get("doubleQuote").path() + ": false is not supported; doubled quotes are read as one");
        }
      }
      TableSchema schema = null;
      Node s = r.get("schema");
      if (s != null) {
        if (s.json().isTextual()) {
          Path schemaFile = inside(s, s.text(), "schema file");
          s = Descriptors.read(schemaFile, descriptor.getFileName() + " → " + s.text());
        }
        SchemaParser parser = new SchemaParser(s, options, notes);
        schema = parser.parse();
        schemas.put(names.get(i), schema);
        references.put(names.get(i), parser.references());
      }
      resources.add(new DataPackage.Resource(i, names.get(i), file, delimiter, quote, header,
          schema, notes, sheet));
    }
    checkReferences(names, schemas, references);
    return new DataPackage(descriptor, resources);
  }

  /**
   * A workbook resource's sheet, as Frictionless writes it: {@code dialect.sheet} (a name or a
   * 1-based number), or {@code dialect.excel.sheet} (its newer form); null when there is none.
   */
  private static String sheet(Node dialect) {
    if (dialect == null || dialect.json().isTextual()) {
      return null;
    }
    Node s = dialect.get("sheet");
    Node excel = dialect.get("excel");
    if (s == null && excel != null) {
      excel.object().noTypos(Set.of("sheet", "type", "fillMergedCells", "preserveFormatting",
          "adjustFloatingPointError", "stringified"));
      s = excel.get("sheet");
    }
    if (s == null) {
      return null;
    }
    if (s.json().isIntegralNumber() && s.json().asInt() >= 1) {
      return String.valueOf(s.json().asInt());
    }
    return s.text();
  }

  private static String defaultName(Node r) {
    Node p = r.get("path");
    if (p == null || !p.json().isTextual()) {
      throw r.error("a resource needs a \"name\" or a \"path\"");
    }
    String f = Path.of(p.text()).getFileName().toString();
    int dot = f.lastIndexOf('.');
    return (dot > 0 ? f.substring(0, dot) : f).toLowerCase(Locale.ROOT);
  }

  /** The resource's data file: a CSV inside the descriptor's folder. */
  private Path file(Node r, List<String> notes) {
    if (r.has("data") && !r.has("path")) {
      throw r.get("data").error("inline data is not read; save it as a CSV file beside "
          + descriptor.getFileName() + " and give its \"path\"");
    }
    Node p = r.need("path");
    if (p.json().isArray()) {
      throw p.error("a resource of several files is not read; give each file its own resource");
    }
    String format = r.has("format") ? r.get("format").text().toLowerCase(Locale.ROOT) : "";
    if (!format.isEmpty() && !List.of("csv", "tsv", "xlsx", "xlsm").contains(format)) {
      throw r.get("format").error("\"" + format + "\" files are not read; only CSV and Excel"
          + " workbooks (xlsx, xlsm)");
    }
    if (r.has("encoding")) {
      notes.add(r.get("encoding").path() + " is not used: the encoding is detected from the bytes");
    }
    return inside(p, p.text(), "file");
  }

  /**
   * {@code relative}, resolved in the descriptor's folder: it must be a local path that stays in
   * that folder (also through symbolic links) and names an existing file.
   */
  private Path inside(Node at, String relative, String what) {
    if (relative.contains("://")) {
      throw at.error("\"" + relative + "\" is a URL; report works offline and does not download "
          + "it: save the " + what + " in " + folder + " and give its path");
    }
    Path p;
    try {
      p = Path.of(relative);
    } catch (InvalidPathException e) {
      throw at.error("\"" + relative + "\" is not a valid path");
    }
    Path resolved = folder.resolve(p).normalize();
    if (p.isAbsolute() || !resolved.startsWith(folder)) {
      throw at.error("\"" + relative + "\" is outside the folder of " + descriptor.getFileName()
          + "; paths must stay inside " + folder);
    }
    if (!Files.isRegularFile(resolved)) {
      throw at.error("\"" + relative + "\" is not in " + folder + similar(relative));
    }
    try {
      if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
        throw at.error("\"" + relative + "\" links to a file outside " + folder);
      }
    } catch (IOException e) {
      throw at.error("\"" + relative + "\" cannot be read (" + e.getMessage() + ")");
    }
    return resolved;
  }

  private String similar(String relative) {
    Path parent = folder.resolve(relative).normalize().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return "";
    }
    try (Stream<Path> files = Files.list(parent)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      return Names.didYouMean(Path.of(relative).getFileName().toString(), names);
    } catch (IOException e) {
      return "";
    }
  }

  /** Every foreign key names a resource of the package, and fields of it when it has a schema. */
  private static void checkReferences(List<String> names, Map<String, TableSchema> schemas,
      Map<String, List<Node>> references) {
    for (int i = 0; i < names.size(); i++) {
      TableSchema s = schemas.get(names.get(i));
      if (s == null) {
        continue;
      }
      for (int k = 0; k < s.foreignKeys().size(); k++) {
        TableSchema.ForeignKey fk = s.foreignKeys().get(k);
        Node ref = references.get(names.get(i)).get(k);
        String parent = fk.parent().isEmpty() ? names.get(i) : fk.parent();
        if (!names.contains(parent)) {
          throw ref.need("resource").error("\"" + fk.parent() + "\" is not a resource of the package"
              + Names.didYouMean(fk.parent(), names) + " (resources: " + String.join(", ", names) + ")");
        }
        TableSchema ps = schemas.get(parent);
        if (ps == null) {
          continue;
        }
        for (String f : fk.parentFields()) {
          if (ps.index(f) < 0) {
            throw ref.need("fields").error("\"" + f + "\" is not a field of " + parent
                + Names.didYouMean(f, ps.names()));
          }
        }
      }
    }
  }
}
