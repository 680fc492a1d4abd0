package dev.report.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The field types of Table Schema v1 and v2; the last ones are read as text and not checked. */
enum FieldType {
  STRING, NUMBER, INTEGER, BOOLEAN, DATE, TIME, DATETIME, YEAR, YEARMONTH, ANY,
  OBJECT, ARRAY, LIST, DURATION, GEOPOINT, GEOJSON;

  /** The name in descriptors: {@code yearmonth}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether values of this type are parsed and checked (the others are kept as text). */
  boolean checked() {
    return ordinal() <= ANY.ordinal();
  }

  /** Whether minimum and maximum apply (ordered values). */
  boolean ordered() {
    return switch (this) {
      case NUMBER, INTEGER, DATE, TIME, DATETIME, YEAR, YEARMONTH -> true;
      default -> false;
    };
  }

  static FieldType of(String code) {
    for (FieldType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    return null;
  }

  static List<String> orderedCodes() {
    return Arrays.stream(values()).filter(FieldType::ordered).map(FieldType::code).toList();
  }

  static List<String> codes() {
    return Arrays.stream(values()).map(FieldType::code).toList();
  }
}
