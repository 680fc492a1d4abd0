package dev.report.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.report.ExitCode;
import dev.report.ReportException;
import dev.report.config.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A node of a descriptor with its property path ({@code resources[1].schema.fields[2].type}), so
 * that every error names the property it is about.
 */
record Node(JsonNode json, String path, String file) {

  /** A bad descriptor: exit 2, {@code datapackage.json: PATH: WHAT}. */
  ReportException error(String what) {
    return new ReportException(ExitCode.USAGE,
        file + ": " + (path.isEmpty() ? "" : path + ": ") + what);
  }

  Node get(String key) {
    JsonNode j = json.get(key);
    return j == null || j.isNull() ? null : new Node(j, path.isEmpty() ? key : path + "." + key, file);
  }

  boolean has(String key) {
    return get(key) != null;
  }

  /** A property that must be there. */
  Node need(String key) {
    Node n = get(key);
    if (n == null) {
      throw error("\"" + key + "\" is required" + misspelt(key));
    }
    return n;
  }

  /** Says which unknown property of this object looks like {@code key}, if one does. */
  private String misspelt(String key) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    for (String n : names) {
      if (!n.equals(key) && key.equals(Names.closest(n, List.of(key)))) {
        return "; \"" + n + "\" looks like a misspelling of it";
      }
    }
    return "";
  }

  /**
   * Refuses a property that is not in {@code known} but close to one of them (a likely typo);
   * other unknown properties are allowed, as the standard allows custom ones.
   */
  void noTypos(Collection<String> known) {
    Iterator<String> it = json.fieldNames();
    while (it.hasNext()) {
      String n = it.next();
      if (known.contains(n)) {
        continue;
      }
      String close = Names.closest(n, known);
      if (close != null) {
        throw new Node(json.get(n), path.isEmpty() ? n : path + "." + n, file).error(
            "\"" + n + "\" is not a property here; did you mean \"" + close + "\"?");
      }
    }
  }

  Node object() {
    if (!json.isObject()) {
      throw error("expected an object {...}, found " + kind());
    }
    return this;
  }

  String text() {
    if (!json.isTextual()) {
      throw error("expected a string, found " + kind());
    }
    return json.asText();
  }

  /** A one-character string, such as a delimiter. */
  char character() {
    String s = text();
    if (s.length() != 1) {
      throw error("expected one character, found \"" + s + "\"");
    }
    return s.charAt(0);
  }

  boolean bool() {
    if (!json.isBoolean()) {
      throw error("expected true or false, found " + kind());
    }
    return json.asBoolean();
  }

  int count() {
    if (!json.isIntegralNumber() || json.asLong() < 0 || json.asLong() > Integer.MAX_VALUE) {
      throw error("expected a whole number of 0 or more, found " + show());
    }
    return json.asInt();
  }

  List<Node> items() {
    if (!json.isArray()) {
      throw error("expected an array [...], found " + kind());
    }
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      out.add(new Node(json.get(i), path + "[" + i + "]", file));
    }
    return out;
  }

  List<String> texts() {
    return items().stream().map(Node::text).toList();
  }

  /** A string, or an array of strings (field names of a key). */
  List<String> names() {
    return json.isTextual() ? List.of(json.asText()) : texts();
  }

  /** The value as written in the descriptor, for messages. */
  String show() {
    return json.isTextual() ? "\"" + json.asText() + "\"" : json.toString();
  }

  private String kind() {
    return json.isObject() ? "an object" : json.isArray() ? "an array" : json.isTextual()
        ? "the string " + show() : json.isNumber() ? "the number " + json
        : json.isBoolean() ? json.toString() : json.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
