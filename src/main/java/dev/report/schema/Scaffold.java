package dev.report.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.report.ExitCode;
import dev.report.ReportException;
import dev.report.read.ColumnProfile;
import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Data Package {@code describe} writes: what the data shows, as a Table Schema per file, for
 * the user to tighten. Used as is, it validates the files it was made from.
 */
public final class Scaffold {
  /** Text columns with at most this many distinct values, each repeated, get an enum. */
  static final int ENUM_MAX = 12;

  private final ObjectNode root;
  private int resources;
  private int fields;
  private int primaryKeys;
  private int foreignKeys;

  private Scaffold(ObjectNode root) {
    this.root = root;
  }

  /** One table read for the scaffold: its profile and the facts of its columns. */
  private record Table(TableProfile profile, List<ColumnFacts> facts, String name, String path,
      int primaryKey) {}

  /**
   * Describes {@code tables} (read from {@code folder}); tables that are not CSV tables (empty
   * files, binary files) are left out.
   */
  public static Scaffold describe(Path folder, List<TableProfile> tables) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    Path base = folder.toAbsolutePath().normalize();
    Path named = base.getFileName();
    root.put("name", slug(named == null ? "data" : named.toString()));
    root.put("profile", "tabular-data-package");
    ArrayNode list = root.putArray("resources");
    Scaffold s = new Scaffold(root);
    List<Table> read = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (TableProfile t : tables) {
      if (t.status() != TableProfile.Status.TABLE) {
        continue;
      }
      Path file = t.file().toAbsolutePath().normalize();
      if (!file.startsWith(base)) {
        throw new ReportException(ExitCode.USAGE, "cannot describe " + t.file() + ": a Data "
            + "Package describes the files of one folder, and it is outside " + folder);
      }
      String name = slug(t.tableName());
      for (int k = 2; !names.add(name); k++) {
        name = slug(t.tableName()) + "-" + k;
      }
      List<ColumnFacts> facts = ColumnFacts.of(t);
      int pk = -1;
      for (int i = 0; i < t.headerWidth() && pk < 0; i++) {
        if (facts.get(i).isKey()) {
          pk = i;
        }
      }
      read.add(new Table(t, facts, name, posix(base.relativize(file)), pk));
    }
    for (Table t : read) {
      list.add(s.resource(t, read));
    }
    return s;
  }

  private ObjectNode resource(Table t, List<Table> all) {
    resources++;
    ObjectNode r = root.objectNode();
    TableProfile p = t.profile();
    r.put("name", t.name());
    r.put("path", t.path());
    r.put("profile", "tabular-data-resource");
    if (p.sheet() != null) {
      // As Frictionless describes a sheet of a workbook: the workbook's path, the sheet's name.
      String f = t.path().toLowerCase(java.util.Locale.ROOT);
      r.put("format", f.endsWith(".xlsm") ? "xlsm" : "xlsx");
      r.putObject("dialect").put("sheet", p.sheet().sheet());
    } else {
      r.put("format", "csv");
    }
    if (p.sheet() == null && p.dialect().delimiter() != ',') {
      r.putObject("dialect").put("delimiter", String.valueOf(p.dialect().delimiter()));
    }
    ObjectNode schema = r.putObject("schema");
    ArrayNode list = schema.putArray("fields");
    Set<String> missing = new LinkedHashSet<>();
    missing.add("");
    for (int i = 0; i < p.headerWidth(); i++) {
      list.add(field(p, i, t.facts().get(i)));
      missing.addAll(p.profiles().get(i).missingForms());
    }
    ArrayNode mv = schema.putArray("missingValues");
    missing.forEach(mv::add);
    if (t.primaryKey() >= 0) {
      primaryKeys++;
      schema.put("primaryKey", fieldName(p, t.primaryKey()));
    }
    ArrayNode fks = schema.arrayNode();
    for (int i = 0; i < p.headerWidth(); i++) {
      ColumnFacts child = t.facts().get(i);
      if (child.keys == null || child.keys.size() < 2 || i == t.primaryKey()) {
        continue;
      }
      parents:
      for (Table parent : all) {
        for (int k = 0; k < parent.profile().headerWidth() && parent != t; k++) {
          ColumnFacts key = parent.facts().get(k);
          if (key.isKey() && key.type.kind() == child.type.kind()
              && key.keys.containsAll(child.keys)) {
            ObjectNode fk = fks.addObject();
            fk.put("fields", fieldName(p, i));
            ObjectNode ref = fk.putObject("reference");
            ref.put("resource", parent.name());
            ref.put("fields", fieldName(parent.profile(), k));
            foreignKeys++;
            break parents;
          }
        }
      }
    }
    if (!fks.isEmpty()) {
      schema.set("foreignKeys", fks);
    }
    return r;
  }

  /** The header label as written when it names the column by itself, else the column's name. */
  private static String fieldName(TableProfile p, int i) {
    String label = p.labels().get(i);
    return label.isBlank() || !label.strip().equals(p.columns().get(i)) ? p.columns().get(i) : label;
  }

  private ObjectNode field(TableProfile p, int i, ColumnFacts facts) {
    fields++;
    ObjectNode f = root.objectNode();
    f.put("name", fieldName(p, i));
    ColumnType type = p.types().get(i);
    ColumnProfile profile = p.profiles().get(i);
    switch (type.kind()) {
      case INTEGER -> {
        f.put("type", "integer");
        group(f, facts);
      }
      case DECIMAL, PERCENT, CURRENCY -> {
        f.put("type", "number");
        if (type.decimalMark() != '.') {
          f.put("decimalChar", String.valueOf(type.decimalMark()));
        }
        group(f, facts);
        if (type.kind() != ColumnType.Kind.DECIMAL) {
          f.put("bareNumber", false);
        }
      }
      case DATE -> {
        f.put("type", "date");
        f.put("format", facts.dateFormat());
      }
      case DATETIME -> {
        f.put("type", "datetime");
        f.put("format", facts.dateTimeFormat());
      }
      case BOOLEAN -> {
        f.put("type", "boolean");
        facts.trueForms.forEach(f.putArray("trueValues")::add);
        facts.falseForms.forEach(f.putArray("falseValues")::add);
      }
      // As written: April 2024, 10:30; $35B beside 12%, which Table Schema's number cannot read.
      case MONTH, TIME, MIXED -> f.put("type", "string");
      case TEXT, RANGE -> {
        f.put("type", "string");
        int distinct = profile.distinctCount();
        if (type.kind() == ColumnType.Kind.TEXT && distinct >= 1 && distinct <= ENUM_MAX
            && profile.values() >= 2L * distinct) {
          ArrayNode values = f.putObject("constraints").putArray("enum");
          profile.distinctValues().keySet().stream().sorted().forEach(values::add);
        }
      }
    }
    return f;
  }

  private static void group(ObjectNode f, ColumnFacts facts) {
    String g = facts.groupChar();
    if (!g.isEmpty()) {
      f.put("groupChar", g);
    }
  }

  /** A Data Package name: lower case letters, digits, {@code -}, {@code _} and {@code .}. */
  static String slug(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^-+|-+$", "");
    return n.isEmpty() ? "data" : n;
  }

  /** The descriptor, as JSON with two-space indents and a final line break. */
  public String json() {
    try {
      DefaultIndenter indent = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indent);
      printer.indentArraysWith(indent);
      return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a tree of plain values always writes", e);
    }
  }

  /** {@code 3 resources, 14 fields, 2 primary keys, 1 foreign key}. */
  public String summary() {
    return plural(resources, "resource") + ", " + plural(fields, "field") + ", "
        + plural(primaryKeys, "primary key") + ", " + plural(foreignKeys, "foreign key");
  }

  private static String plural(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /**
   * A relative path as a Data Package writes it: its names joined by "/", whatever the system's
   * separator. A name keeps its own characters, a backslash among them on Linux and macOS.
   */
  private static String posix(Path relative) {
    StringBuilder b = new StringBuilder();
    for (Path name : relative) {
      b.append(b.length() == 0 ? "" : "/").append(name);
    }
    return b.toString();
  }
}
