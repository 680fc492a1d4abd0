package dev.report.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.report.config.Names;
import dev.report.read.ReadOptions;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds a {@link TableSchema} from its descriptor, every property checked at its path. */
final class SchemaParser {
  private static final Set<String> SCHEMA = Set.of("fields", "missingValues", "primaryKey",
      "uniqueKeys", "foreignKeys", "fieldsMatch", "$schema", "profile", "name", "title",
      "description");
  private static final Set<String> FIELD = Set.of("name", "type", "format", "title",
      "description", "example", "constraints", "decimalChar", "groupChar", "bareNumber",
      "trueValues", "falseValues", "missingValues", "rdfType", "categories", "categoriesOrdered",
      "delimiter", "itemType", "itemKeys", "level", "floatNumber", "$schema");
  private static final Set<String> CONSTRAINTS = Set.of("required", "unique", "minimum",
      "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern",
      "enum", "jsonSchema");
  private static final Set<String> STRING_FORMATS = Set.of("default", "email", "uri", "binary",
      "uuid", "any");
  private static final List<String> FIELDS_MATCH =
      List.of("exact", "equal", "subset", "superset", "partial");

  private final Node node;
  private final ReadOptions options;
  private final List<String> notes;
  private final List<Node> references = new ArrayList<>();

  SchemaParser(Node node, ReadOptions options, List<String> notes) {
    this.node = node;
    this.options = options;
    this.notes = notes;
  }

  /** The {@code reference} node of each foreign key, in order, for messages. */
  List<Node> references() {
    return references;
  }

  TableSchema parse() {
    node.object().noTypos(SCHEMA);
    Set<String> missing = node.has("missingValues")
        ? new LinkedHashSet<>(node.get("missingValues").texts()) : Set.of("");
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Node f : node.need("fields").items()) {
      Field field = field(f.object(), missing);
      if (!names.add(field.name())) {
        throw f.get("name").error("\"" + field.name() + "\" names two fields; give each its own name");
      }
      fields.add(field);
    }
    List<String> fieldNames = fields.stream().map(Field::name).toList();
    List<String> primaryKey = node.has("primaryKey")
        ? key(node.get("primaryKey"), fieldNames) : List.of();
    List<List<String>> uniqueKeys = new ArrayList<>();
    if (node.has("uniqueKeys")) {
      for (Node k : node.get("uniqueKeys").items()) {
        uniqueKeys.add(key(k, fieldNames));
      }
    }
    List<TableSchema.ForeignKey> foreignKeys = new ArrayList<>();
    if (node.has("foreignKeys")) {
      for (Node k : node.get("foreignKeys").items()) {
        k.object().noTypos(Set.of("fields", "reference"));
        List<String> own = key(k.need("fields"), fieldNames);
        Node ref = k.need("reference").object();
        ref.noTypos(Set.of("resource", "fields"));
        String parent = ref.has("resource") ? ref.get("resource").text() : "";
        List<String> theirs = ref.need("fields").names();
        if (theirs.size() != own.size()) {
          throw ref.get("fields").error("the key has " + own.size() + " field(s) here but "
              + theirs.size() + " in the reference; they are matched one to one: list as many on"
              + " each side");
        }
        if (parent.isEmpty()) {
          for (String f : theirs) {
            if (!fieldNames.contains(f)) {
              throw ref.get("fields").error("\"" + f + "\" is not a field of this schema"
                  + Names.didYouMean(f, fieldNames));
            }
          }
        }
        foreignKeys.add(new TableSchema.ForeignKey(own, parent, theirs));
        references.add(ref);
      }
    }
    String match = node.has("fieldsMatch") ? node.get("fieldsMatch").text() : "exact";
    if (!FIELDS_MATCH.contains(match)) {
      throw node.get("fieldsMatch").error("\"" + match + "\" is not one of "
          + String.join(", ", FIELDS_MATCH) + Names.didYouMean(match, FIELDS_MATCH));
    }
    return new TableSchema(fields, primaryKey, uniqueKeys, foreignKeys, match);
  }

  private static List<String> key(Node k, List<String> fieldNames) {
    List<String> names = k.names();
    if (names.isEmpty()) {
      throw k.error("a key needs at least one field");
    }
    for (String n : names) {
      if (!fieldNames.contains(n)) {
        throw k.error("\"" + n + "\" is not a field of the schema" + Names.didYouMean(n, fieldNames)
            + " (fields: " + String.join(", ", fieldNames) + ")");
      }
    }
    return names;
  }

  private Field field(Node f, Set<String> schemaMissing) {
    f.noTypos(FIELD);
    String name = f.need("name").text();
    String typeName = f.has("type") ? f.get("type").text() : "string";
    FieldType type = FieldType.of(typeName);
    if (type == null) {
      throw f.get("type").error("\"" + typeName + "\" is not a Table Schema type"
          + Names.didYouMean(typeName, FieldType.codes()) + " (types: "
          + String.join(", ", FieldType.codes()) + ")");
    }
    if (!type.checked()) {
      notes.add(f.path() + " (\"" + name + "\"): " + type.code()
          + " values are kept as text and not checked");
    }
    String format = f.has("format") ? f.get("format").text() : "default";
    DateTimeFormatter pattern = null;
    switch (type) {
      case DATE, TIME, DATETIME -> {
        if (!format.equals("default") && !format.equals("any")) {
          try {
            pattern = Strptime.compile(format);
          } catch (Strptime.BadPattern e) {
            throw f.get("format").error("\"" + format + "\" is not a format this tool reads: "
                + e.getMessage());
          }
        }
      }
      case STRING -> {
        if (!STRING_FORMATS.contains(format)) {
          throw f.get("format").error("\"" + format + "\" is not a string format"
              + Names.didYouMean(format, STRING_FORMATS) + " (formats: default, email, uri, uuid, binary)");
        }
      }
      default -> { }
    }
    String decimalChar = f.has("decimalChar") ? f.get("decimalChar").text() : ".";
    String groupChar = f.has("groupChar") ? f.get("groupChar").text() : "";
    if (decimalChar.isEmpty()) {
      throw f.get("decimalChar").error("the decimal mark cannot be empty: give \"decimalChar\": \".\""
          + " or \",\"");
    }
    if (decimalChar.equals(groupChar)) {
      throw f.has("decimalChar")
          ? f.get("decimalChar").error("the decimal mark must differ from groupChar \"" + groupChar
              + "\": give each its own character, such as \"decimalChar\": \",\", \"groupChar\": \".\"")
          : f.get("groupChar").error("groupChar \"" + groupChar + "\" is also the decimal mark,"
              + " which is \".\" unless decimalChar says otherwise: add \"decimalChar\": \""
              + (groupChar.equals(",") ? "." : ",") + "\"");
    }
    boolean bare = !f.has("bareNumber") || f.get("bareNumber").bool();
    List<String> trues = f.has("trueValues") ? f.get("trueValues").texts() : Field.TRUE_VALUES;
    List<String> falses = f.has("falseValues") ? f.get("falseValues").texts() : Field.FALSE_VALUES;
    Set<String> missing = f.has("missingValues")
        ? new LinkedHashSet<>(f.get("missingValues").texts()) : schemaMissing;
    Field field = new Field(name, type, format, pattern, decimalChar, groupChar, bare, trues,
        falses, missing, Constraints.NONE);
    Node c = f.get("constraints");
    return c == null ? field : field.withConstraints(constraints(c.object(), field));
  }

  private Constraints constraints(Node c, Field field) {
    c.noTypos(CONSTRAINTS);
    FieldValues reader = new FieldValues(field, options.dateOrder());
    boolean required = c.has("required") && c.get("required").bool();
    boolean unique = c.has("unique") && c.get("unique").bool();
    Constraints.Bound[] bounds = new Constraints.Bound[4];
    String[] keys = {"minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"};
    for (int i = 0; i < keys.length; i++) {
      Node b = c.get(keys[i]);
      if (b == null) {
        continue;
      }
      if (!field.type().ordered()) {
        String length = i < 2 ? "minLength" : "maxLength";
        throw b.error(keys[i] + " does not apply to a " + field.type().code() + " field: "
            + (field.type() == FieldType.STRING ? "to bound its length, give " + length + "; "
                : "") + "remove it, or give the field an ordered type ("
            + String.join(", ", FieldType.orderedCodes()) + ")");
      }
      bounds[i] = value(b, reader);
    }
    int minLength = c.has("minLength") ? c.get("minLength").count() : -1;
    int maxLength = c.has("maxLength") ? c.get("maxLength").count() : -1;
    Pattern pattern = null;
    if (c.has("pattern")) {
      String p = c.get("pattern").text();
      try {
        pattern = Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw c.get("pattern").error("\"" + p + "\" is not a regular expression: "
            + e.getDescription());
      }
    }
    List<Constraints.Bound> allowed = new ArrayList<>();
    if (c.has("enum")) {
      List<Node> values = c.get("enum").items();
      if (values.isEmpty()) {
        throw c.get("enum").error("an empty enum allows no value at all: list the allowed values,"
            + " or remove \"enum\"");
      }
      for (Node v : values) {
        allowed.add(value(v, reader));
      }
    }
    return new Constraints(required, unique, bounds[0], bounds[1], bounds[2], bounds[3],
        minLength, maxLength, pattern, allowed);
  }

  /** A constraint value read as the field's type: JSON numbers as numbers, strings as written. */
  private static Constraints.Bound value(Node v, FieldValues reader) {
    JsonNode j = v.json();
    if (!j.isValueNode()) {
      throw v.error("expected a value, found " + (j.isArray() ? "an array" : "an object"));
    }
    String text = j.asText();
    Object read = reader.read(text);
    FieldType t = reader.field().type();
    if (j.isNumber() && (t == FieldType.NUMBER || t == FieldType.INTEGER)) {
      read = t == FieldType.INTEGER && j.isIntegralNumber() && j.canConvertToLong()
          ? (Object) j.asLong() : t == FieldType.NUMBER ? (Object) j.asDouble() : read;
    }
    if (read == FieldValues.INVALID || read == FieldValues.MISSING) {
      throw v.error(v.show() + " is not " + reader.field().expected()
          + " as the field \"" + reader.field().name() + "\" is");
    }
    return new Constraints.Bound(read, text);
  }
}
