package dev.report.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.report.ExitCode;
import dev.report.ReportException;
import dev.report.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Finds and parses Data Package descriptors: {@code datapackage.json}, {@code datapackage.yaml}
 * or {@code datapackage.yml} in the input folder. Hostile descriptors are refused: more than
 * {@link #MAX_BYTES}, YAML aliases (and so alias bombs), deep nesting, duplicate keys.
 */
public final class Descriptors {
  /** The names looked for, in this order. */
  public static final List<String> NAMES =
      List.of("datapackage.json", "datapackage.yaml", "datapackage.yml");
  /** Largest descriptor or schema file read, in bytes. */
  static final long MAX_BYTES = 5_000_000;
  private static final int MAX_DEPTH = 64;

  private Descriptors() {}

  /** The descriptor in {@code folder}, or null when there is none. */
  public static Path find(Path folder) {
    Path found = null;
    for (String name : NAMES) {
      Path p = folder.resolve(name);
      if (Files.isRegularFile(p)) {
        if (found != null) {
          throw new ReportException(ExitCode.USAGE, "both " + found.getFileName() + " and " + name
              + " are in " + folder + ": keep one");
        }
        found = p;
      }
    }
    return found;
  }

  /**
   * The Data Package in {@code folder}, validated, or null when there is none.
   *
   * @throws ReportException exit 2 for a descriptor that cannot be read or is not valid
   */
  public static DataPackage load(Path folder, ReadOptions options) {
    Path file = find(folder);
    return file == null ? null : new PackageParser(file, options).parse(read(file, file.getFileName().toString()));
  }

  /** Parses a JSON or YAML file (by its extension) into a tree; {@code shown} names it in messages. */
  static Node read(Path file, String shown) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ReportException(ExitCode.USAGE, shown + ": larger than " + MAX_BYTES / 1_000_000
            + " MB; a descriptor this big is refused");
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean isYaml = name.endsWith(".yaml") || name.endsWith(".yml");
      ObjectMapper mapper = isYaml ? yaml() : json();
      if (isYaml) {
        refuseAliases(mapper, file, shown);
      }
      JsonNode root = mapper.readTree(file.toFile());
      if (root == null || root.isMissingNode()) {
        throw new ReportException(ExitCode.USAGE, shown + ": the file is empty");
      }
      return new Node(root, "", shown);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      String what = e.getOriginalMessage().lines().findFirst().orElse("");
      if (e.getCause() instanceof MarkedYAMLException y) {
        // SnakeYAML's first line is only the context ("while parsing a block mapping").
        what = (y.getContext() == null ? "" : y.getContext() + ": ") + y.getProblem();
      }
      throw new ReportException(ExitCode.USAGE, shown + where + ": not valid "
          + (shown.endsWith(".json") ? "JSON" : "YAML") + ": " + what, e);
    } catch (IOException e) {
      throw ReportException.unreadable(file, ReportException.reason(e), e);
    }
  }

  /**
   * Jackson reads a YAML alias ({@code *name}) as the text {@code name}, not as the value it
   * refers to: a descriptor using one would be misread (and an alias bomb is one), so none is read.
   */
  private static void refuseAliases(ObjectMapper mapper, Path file, String shown) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
      while (p.nextToken() != null) {
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          JsonLocation at = p.currentTokenLocation();
          throw new ReportException(ExitCode.USAGE, shown + ":" + at.getLineNr() + ":"
              + at.getColumnNr() + ": the YAML alias *" + p.getText() + " is not read; write the "
              + "value out in full where it is used");
        }
      }
    }
  }

  private static ObjectMapper json() {
    ObjectMapper m = new ObjectMapper();
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    return m;
  }

  private static ObjectMapper yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    ObjectMapper m = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return m;
  }
}
