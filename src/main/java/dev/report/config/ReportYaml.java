package dev.report.config;

import dev.report.ExitCode;
import dev.report.ReportException;
import dev.report.analyze.Rollup;
import dev.report.chart.WorkbookCharts;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code report.yaml}. Every key is checked: an unknown one is an error that names it, its
 * line and the closest known key. The parser refuses alias bombs, deep nesting and huge files.
 */
public final class ReportYaml {
  public static final String FILE_NAME = "report.yaml";
  /** Largest report.yaml read, in characters. */
  static final int MAX_CHARS = 1_000_000;
  /** Largest report.yaml decoded, in bytes: MAX_CHARS characters of up to four bytes each. */
  private static final int MAX_BYTES = 4 * MAX_CHARS;

  private static final Set<String> TOP = Set.of("title", "subtitle", "author", "tables", "charts",
      "auto_charts", "workbook_charts");
  private static final Set<String> TABLE = Set.of("file", "title", "columns", "skip", "key");
  private static final Set<String> COLUMN = Set.of("unit", "format", "aggregate");
  private static final Set<String> CHART = Set.of("type", "table", "x", "y", "group", "series",
      "aggregate", "title", "subtitle", "unit", "sort", "top", "size", "marker");

  private final String name;

  private ReportYaml(String name) {
    this.name = name;
  }

  /** The settings in {@code folder/report.yaml}, or the defaults when there is none. */
  public static Settings load(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Settings.DEFAULT;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw ReportException.unreadable(file, e.getMessage(), e);
    }
    ReportYaml yaml = new ReportYaml(file.toString());
    // Past MAX_BYTES the text has more than MAX_CHARS characters: the parser refuses it whole.
    String text = bytes.length > MAX_BYTES
        ? new String(bytes, StandardCharsets.UTF_8) : yaml.utf8(bytes);
    return yaml.parse(new StringReader(text));
  }

  /** The text of UTF-8 bytes; a byte that is not UTF-8 is an error at its line and column. */
  private String utf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
      int column = before.codePointCount(0, before.length()) + 1;
      throw new ReportException(ExitCode.USAGE, name + ":" + line + ":" + column + ": byte 0x" + HexFormat.of().withUpperCase().toHexDigits(bytes[at])
          + " is not UTF-8 (the file was saved in another encoding, such as Latin-1): save it"
          + " as UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Parses report.yaml text; {@code name} is used in messages. */
  static Settings parse(String name, Reader in) {
    return new ReportYaml(name).parse(in);
  }

  private Settings parse(Reader in) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowDuplicateKeys(false);
    Node root;
    try {
      root = new Yaml(options).compose(in);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw error(line, "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw error(0, "refused: " + e.getMessage());
    }
    if (root == null) {
      return Settings.DEFAULT;
    }
    Map<String, Node> top = mapping(root, TOP, "the top level");
    List<Settings.TableSettings> tables = new ArrayList<>();
    if (top.containsKey("tables")) {
      for (Node t : sequence(top.get("tables"), "tables")) {
        tables.add(table(t));
      }
    }
    List<Settings.ChartSpec> charts = new ArrayList<>();
    if (top.containsKey("charts")) {
      for (Node c : sequence(top.get("charts"), "charts")) {
        charts.add(chart(c));
      }
    }
    boolean auto = !top.containsKey("auto_charts") || bool(top.get("auto_charts"), "auto_charts");
    return new Settings(name, text(top, "title", "Report"), text(top, "subtitle", ""),
        text(top, "author", ""), tables, auto, charts, workbookCharts(top.get("workbook_charts")));
  }

  private Settings.TableSettings table(Node node) {
    Map<String, Node> m = mapping(node, TABLE, "a table");
    if (!m.containsKey("file")) {
      throw error(line(node), "a table needs \"file\": the CSV file it describes");
    }
    Map<String, Settings.ColumnSettings> columns = new LinkedHashMap<>();
    if (m.containsKey("columns")) {
      Node cols = m.get("columns");
      if (!(cols instanceof MappingNode mn)) {
        throw error(line(cols), "\"columns\" must map column names to their unit and format");
      }
      for (NodeTuple t : mn.getValue()) {
        String column = scalar(t.getKeyNode(), "a column name");
        Map<String, Node> c = mapping(t.getValueNode(), COLUMN, "column \"" + column + "\"");
        String format = text(c, "format", "");
        // No format (a unit alone, or an aggregate): nothing to check (POI refuses "").
        String problem = format.isEmpty() ? null : NumberFormats.problem(format);
        if (problem != null) {
          throw error(line(c.get("format")), "format \"" + format + "\" of column \"" + column
              + "\" is not an Excel number format: " + problem
              + " (formats look like \"#,##0.00\", \"0.0%\" or \"yyyy-mm-dd\")");
        }
        String aggregate = text(c, "aggregate", "");
        if (!aggregate.isEmpty() && Rollup.ofWord(aggregate) == null) {
          throw error(line(c.get("aggregate")), "aggregate \"" + aggregate + "\" of column \""
              + column + "\" is not one of " + String.join(", ", Rollup.words())
              + Names.didYouMean(aggregate, Rollup.words()));
        }
        columns.put(column, new Settings.ColumnSettings(text(c, "unit", ""), format,
            line(t.getKeyNode()), aggregate.toLowerCase(Locale.ROOT)));
      }
    }
    return new Settings.TableSettings(text(m, "file", ""), text(m, "title", ""), columns,
        line(node), m.containsKey("skip") && skip(m.get("skip")),
        m.containsKey("key") ? key(m.get("key")) : Settings.Key.NONE);
  }

  /** {@code key}: a column name, or a list of one or more; which columns they are is checked later. */
  private Settings.Key key(Node node) {
    List<String> names = new ArrayList<>();
    if (node instanceof SequenceNode s) {
      for (Node v : s.getValue()) {
        names.add(scalar(v, "each name in \"key\""));
      }
    } else if (node instanceof ScalarNode s) {
      names.add(s.getValue());
    } else {
      throw error(line(node), "\"key\" must be a column name (key: id) or a list of them"
          + " (key: [fiscal_year, kind]), not a mapping");
    }
    if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
      throw error(line(node), "\"key\" names no column: give the column, or the columns, whose"
          + " values identify a record (key: id, or key: [fiscal_year, kind]), or leave it out");
    }
    return new Settings.Key(names, line(node));
  }

  private Settings.ChartSpec chart(Node node) {
    Map<String, Node> m = mapping(node, CHART, "a chart");
    Map<String, String> required = new LinkedHashMap<>();
    required.put("type", "bar, stacked, line, range or timeline");
    required.put("table", "the file or table it draws, such as partners.csv");
    required.put("x", "the column along the bottom axis (a date column for line, range and"
        + " timeline)");
    for (Map.Entry<String, String> r : required.entrySet()) {
      if (!m.containsKey(r.getKey())) {
        throw error(line(node), "a chart needs \"" + r.getKey() + "\": " + r.getValue());
      }
    }
    String type = text(m, "type", "");
    Settings.ChartType kind;
    try {
      kind = Settings.ChartType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> known = new ArrayList<>();
      for (Settings.ChartType t : Settings.ChartType.values()) {
        known.add(t.name().toLowerCase(Locale.ROOT));
      }
      throw error(line(m.get("type")), "chart type \"" + type + "\" is not one of "
          + String.join(", ", known) + Names.didYouMean(type, known));
    }
    List<String> y = new ArrayList<>();
    if (m.containsKey("y")) {
      Node yn = m.get("y");
      if (yn instanceof SequenceNode s) {
        for (Node v : s.getValue()) {
          y.add(scalar(v, "\"y\""));
        }
      } else {
        y.add(scalar(yn, "\"y\""));
      }
    }
    if (m.containsKey("group") && m.containsKey("series")) {
      throw error(line(m.get("series")), "\"series\" and \"group\" mean the same: give one");
    }
    String group = m.containsKey("series") ? text(m, "series", "") : text(m, "group", "");
    int top = 0;
    if (m.containsKey("top")) {
      String t = text(m, "top", "");
      try {
        top = Integer.parseInt(t);
      } catch (NumberFormatException e) {
        top = -1;
      }
      if (top < 1 || top > 1000) {
        throw error(line(m.get("top")), "\"top\" must be a whole number from 1 to 1000, not \"" + t + "\"");
      }
    }
    String aggregate = text(m, "aggregate", "").toLowerCase(Locale.ROOT);
    if (!aggregate.isEmpty() && !Set.of("sum", "count", "mean").contains(aggregate)) {
      throw error(line(m.get("aggregate")), "\"aggregate\" must be sum, count or mean, not \""
          + aggregate + "\"" + Names.didYouMean(aggregate, List.of("sum", "count", "mean")));
    }
    String sort = text(m, "sort", "").toLowerCase(Locale.ROOT);
    if (!sort.isEmpty() && !sort.equals("value") && !sort.equals("label")) {
      throw error(line(m.get("sort")), "\"sort\" must be value or label, not \"" + sort + "\"");
    }
    String size = text(m, "size", "");
    if (!size.isEmpty() && !size.matches("\\d{3,4}x\\d{3,4}")) {
      throw error(line(m.get("size")), "\"size\" must be WIDTHxHEIGHT in points, such as 800x500, not \""
          + size + "\"");
    }
    return new Settings.ChartSpec(kind, text(m, "table", ""), text(m, "x", ""), y, group,
        text(m, "title", ""), line(node), new Settings.Extras(aggregate, text(m, "subtitle", ""),
            text(m, "unit", ""), sort, top, size, text(m, "marker", "")));
  }

  private Map<String, Node> mapping(Node node, Set<String> keys, String what) {
    if (!(node instanceof MappingNode m)) {
      throw error(line(node), what + " must be a mapping of keys to values");
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = scalar(t.getKeyNode(), "a key");
      if (!keys.contains(key)) {
        throw error(line(t.getKeyNode()), "unknown key \"" + key + "\" in " + what
            + Names.didYouMean(key, keys) + " (known: " + String.join(", ", keys.stream().sorted().toList()) + ")");
      }
      Node previous = out.get(key);
      if (previous != null || out.containsKey(key)) {
        throw error(line(t.getKeyNode()), "\"" + key + "\" is given twice in " + what
            + (previous == null ? "" : " (first at line " + line(previous) + ")")
            + ": keep one");
      }
      // null, ~ or nothing: as if the key were not there (its default, or the message a
      // missing value gets), never the text "null".
      boolean absent = t.getValueNode() instanceof ScalarNode v && v.getTag().equals(Tag.NULL);
      out.put(key, absent ? null : t.getValueNode());
    }
    out.values().removeIf(java.util.Objects::isNull);
    return out;
  }

  private List<Node> sequence(Node node, String what) {
    if (!(node instanceof SequenceNode s)) {
      throw error(line(node), "\"" + what + "\" must be a list (items start with \"- \")");
    }
    return s.getValue();
  }

  private String scalar(Node node, String what) {
    if (!(node instanceof ScalarNode s)) {
      throw error(line(node), what + " must be a single value");
    }
    return s.getValue();
  }

  private String text(Map<String, Node> m, String key, String otherwise) {
    return m.containsKey(key) ? scalar(m.get(key), "\"" + key + "\"") : otherwise;
  }

  /** {@code workbook_charts}: native (the default), picture or both. */
  private WorkbookCharts workbookCharts(Node node) {
    if (node == null) {
      return WorkbookCharts.NATIVE;
    }
    String v = scalar(node, "\"workbook_charts\"");
    for (WorkbookCharts w : WorkbookCharts.values()) {
      if (w.name().equalsIgnoreCase(v)) {
        return w;
      }
    }
    throw error(line(node), "\"workbook_charts\" must be native, picture or both, not \"" + v
        + "\"");
  }

  /** {@code skip}: true or false only (any case), else an error naming the value as written. */
  private boolean skip(Node node) {
    String v = scalar(node, "\"skip\"");
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return v.equalsIgnoreCase("true");
    }
    throw error(line(node), "\"skip\" must be true (the table is not read) or false, not \""
        + v + "\"");
  }

  private boolean bool(Node node, String key) {
    String v = scalar(node, "\"" + key + "\"").toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("yes")) {
      return true;
    }
    if (v.equals("false") || v.equals("no")) {
      return false;
    }
    throw error(line(node), "\"" + key + "\" must be true or false, not \"" + v + "\"");
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private ReportException error(int line, String message) {
    return new ReportException(ExitCode.USAGE, name + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
