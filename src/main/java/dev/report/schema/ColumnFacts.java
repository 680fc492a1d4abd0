package dev.report.schema;

import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import dev.report.read.Value;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code describe} needs to know of each column beyond its type, from one more pass over a
 * table: the thousands separator used, the one date format every value fits, the written forms
 * of booleans, and, for text and integer columns, whether values are unique and complete and
 * which they are (for primary and foreign keys).
 */
final class ColumnFacts {
  /** Distinct values remembered per key column; a column with more is not a key candidate. */
  static final int MAX_KEYS = 2_000_000;
  /** Date formats tried, in order; {@code default} is ISO 8601. */
  static final List<String> DATE_FORMATS = List.of("default", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y",
      "%d-%m-%Y", "%Y/%m/%d", "%d/%m/%y", "%m/%d/%y");
  private static final String GROUP_CHARS = ",. \u00A0\u202F'";

  final ColumnType type;
  private final Map<Character, Long> groups = new HashMap<>();
  private final boolean[] dateFits = new boolean[DATE_FORMATS.size()];
  private boolean isoDateTimes = true;
  final Set<String> trueForms = new LinkedHashSet<>();
  final Set<String> falseForms = new LinkedHashSet<>();
  /** Key values (as compared by keys), or null when the column cannot be a key. */
  Set<String> keys;
  boolean unique = true;
  boolean complete = true;
  long values;

  private ColumnFacts(ColumnType type) {
    this.type = type;
    java.util.Arrays.fill(dateFits, true);
    ColumnType.Kind k = type.kind();
    keys = k == ColumnType.Kind.TEXT || k == ColumnType.Kind.INTEGER ? new HashSet<>() : null;
  }

  /** The facts of each column of {@code t} (a table), in column order. */
  static List<ColumnFacts> of(TableProfile t) throws IOException {
    List<ColumnFacts> facts = new ArrayList<>();
    t.types().forEach(type -> facts.add(new ColumnFacts(type)));
    TableReader.read(t, (record, values) -> {
      if (values == null) {
        return;
      }
      for (int i = 0; i < values.length; i++) {
        String raw = i < record.fields().size() ? record.fields().get(i) : "";
        facts.get(i).add(raw, values[i]);
      }
    });
    return facts;
  }

  private void add(String raw, Value v) {
    if (v instanceof Value.Empty) {
      complete = false;
      return;
    }
    values++;
    String s = raw.strip();
    switch (type.kind()) {
      case INTEGER, DECIMAL, PERCENT, CURRENCY -> groupChars(s);
      case DATE -> dateFormats(s);
      case DATETIME -> isoDateTimes &= isoDateTime(s);
      case BOOLEAN -> {
        if (v instanceof Value.Bool b) {
          (b.value() ? trueForms : falseForms).add(s);
        }
      }
      default -> { }
    }
    if (keys != null) {
      String key = v instanceof Value.Decimal d ? Keys.canonical(d.value()) : raw;
      if (!keys.add(key)) {
        unique = false;
      }
      if (keys.size() > MAX_KEYS) {
        keys = null;
      }
    }
  }

  private void groupChars(String s) {
    for (int j = 1; j + 1 < s.length(); j++) {
      char c = s.charAt(j);
      if (GROUP_CHARS.indexOf(c) >= 0 && c != type.decimalMark()
          && Character.isDigit(s.charAt(j - 1)) && Character.isDigit(s.charAt(j + 1))) {
        groups.merge(c == '\u00A0' || c == '\u202F' ? ' ' : c, 1L, Long::sum);
      }
    }
  }

  private void dateFormats(String s) {
    for (int f = 0; f < dateFits.length; f++) {
      if (dateFits[f]) {
        dateFits[f] = fits(DATE_FORMATS.get(f), s);
      }
    }
  }

  private static boolean fits(String format, String s) {
    try {
      if (format.equals("default")) {
        LocalDate.parse(s);
      } else {
        DateTimeFormatter p = Strptime.compile(format);
        LocalDate.from(p.parse(s));
      }
      return true;
    } catch (java.time.DateTimeException | Strptime.BadPattern e) {
      return false;
    }
  }

  private static boolean isoDateTime(String s) {
    try {
      LocalDateTime.parse(s.length() > 10 && s.charAt(10) == ' '
          ? s.substring(0, 10) + 'T' + s.substring(11) : s);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  /** The thousands separator most used, or empty when none is. */
  String groupChar() {
    return groups.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> String.valueOf(e.getKey())).orElse("");
  }

  /**
   * The date format every value fits: ISO first, then the numeric ones of the column's order
   * (day or month first) before the others; {@code any} when none fits all.
   */
  String dateFormat() {
    boolean dayFirst = type.dateOrder() == dev.report.read.DateOrder.DAY_FIRST;
    List<Integer> order = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (int f = 0; f < DATE_FORMATS.size(); f++) {
        boolean monthFirst = DATE_FORMATS.get(f).startsWith("%m");
        if ((pass == 0) == (monthFirst != dayFirst || f == 0)) {
          order.add(f);
        }
      }
    }
    for (int f : order) {
      if (dateFits[f] && values > 0) {
        return DATE_FORMATS.get(f);
      }
    }
    return "any";
  }

  String dateTimeFormat() {
    return isoDateTimes ? "default" : "any";
  }

  /** Unique, complete and small enough to be known: a key candidate. */
  boolean isKey() {
    return keys != null && unique && complete && values >= 2;
  }
}
