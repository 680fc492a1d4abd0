package dev.report.schema;

import java.util.List;

/**
 * A Table Schema, validated: its fields in column order and its keys (field names).
 *
 * @param fieldsMatch how header labels match fields: {@code exact} (by position, the default),
 *     or by name: {@code equal}, {@code subset}, {@code superset}, {@code partial}
 */
record TableSchema(List<Field> fields, List<String> primaryKey, List<List<String>> uniqueKeys,
    List<ForeignKey> foreignKeys, String fieldsMatch) {

  TableSchema {
    fields = List.copyOf(fields);
    primaryKey = List.copyOf(primaryKey);
    uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    foreignKeys = List.copyOf(foreignKeys);
  }

  /** Whether columns are matched to fields by header name rather than by position. */
  boolean byName() {
    return !fieldsMatch.equals("exact");
  }

  /** The 0-based position of the field named {@code name}, or -1. */
  int index(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  /**
   * A foreign key: {@code fields} of this table must be found among {@code parentFields} of the
   * resource {@code parent} (empty for this same table).
   */
  record ForeignKey(List<String> fields, String parent, List<String> parentFields) {
    ForeignKey {
      fields = List.copyOf(fields);
      parentFields = List.copyOf(parentFields);
    }
  }
}
