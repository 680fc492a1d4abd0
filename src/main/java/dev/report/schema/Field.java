package dev.report.schema;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * One field of a Table Schema, validated.
 *
 * @param format the format as written ({@code default} when absent)
 * @param pattern the strptime format of a date, time or datetime field, or null for
 *     {@code default} (ISO 8601) and {@code any} (every form the reader knows)
 * @param decimalChar the decimal mark of numbers
 * @param groupChar the thousands separator of numbers and integers, or empty for none
 * @param missingValues the texts that mean "no value", exactly as written (not trimmed)
 */
record Field(String name, FieldType type, String format, DateTimeFormatter pattern,
    String decimalChar, String groupChar, boolean bareNumber, List<String> trueValues,
    List<String> falseValues, Set<String> missingValues, Constraints constraints) {

  static final List<String> TRUE_VALUES = List.of("true", "True", "TRUE", "1");
  static final List<String> FALSE_VALUES = List.of("false", "False", "FALSE", "0");

  Field {
    trueValues = List.copyOf(trueValues);
    falseValues = List.copyOf(falseValues);
    missingValues = Set.copyOf(missingValues);
  }

  Field withConstraints(Constraints c) {
    return new Field(name, type, format, pattern, decimalChar, groupChar, bareNumber, trueValues,
        falseValues, missingValues, c);
  }

  /** How the type is named in messages: {@code an integer}, {@code a date like 31/12/2024}. */
  String expected() {
    String f = pattern != null ? " in the form " + format.replace("fmt:", "") : "";
    return switch (type) {
      case STRING -> switch (format) {
        case "email" -> "an email address";
        case "uri" -> "a URI";
        case "uuid" -> "a UUID";
        case "binary" -> "base64 data";
        default -> "text";
      };
      case NUMBER -> "a number" + (decimalChar.equals(".") ? "" : " with '" + decimalChar
          + "' as decimal mark") + (groupChar.isEmpty() ? "" : " and '" + groupChar + "' between thousands");
      case INTEGER -> "an integer" + (groupChar.isEmpty() ? "" : " with '" + groupChar + "' between thousands");
      case BOOLEAN -> "true (" + String.join(", ", trueValues) + ") or false ("
          + String.join(", ", falseValues) + ")";
      case DATE -> "a date" + (pattern != null ? f : format.equals("any") ? "" : " (yyyy-mm-dd)");
      case TIME -> "a time" + (pattern != null ? f : format.equals("any") ? "" : " (hh:mm:ss)");
      case DATETIME -> "a date and time" + (pattern != null ? f
          : format.equals("any") ? "" : " (yyyy-mm-ddThh:mm:ss)");
      case YEAR -> "a year (yyyy)";
      case YEARMONTH -> "a year and month (yyyy-mm)";
      default -> type.code();
    };
  }
}
