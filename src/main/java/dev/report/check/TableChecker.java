package dev.report.check;

import dev.report.read.ColumnProfile;
import dev.report.read.ColumnType;
import dev.report.read.DateOrder;
import dev.report.read.DateText;
import dev.report.read.Dialect;
import dev.report.read.Missing;
import dev.report.read.RawRecord;
import dev.report.read.RecordReader;
import dev.report.read.TableProfile;
import dev.report.read.TextEncoding;
import dev.report.read.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The checks that need no schema, on one table, in one streaming pass: the file as a whole, the
 * header, the shape of each record and the values that do not fit their column's inferred type.
 */
public final class TableChecker {
  /** Characters of a too-long value kept as the issue's value. */
  private static final int VALUE_START = 80;

  /** Columns of a sheet (Excel's limit); a wider table loses its last columns there. */
  static final int MAX_COLUMNS = TableProfile.MAX_COLUMNS;

  private final TableProfile table;
  private final IssueSink sink;
  private final String file;
  /** Empty lines seen since the last record; reported only if a record follows them. */
  private long pendingFirst;
  private long pendingCount;
  private boolean headerSeen;
  private final RowIndex rows;
  private final Map<Integer, Map<String, String>> variants;
  private final Map<Integer, Map<String, Long>> keys;

  private final Declared declared;
  /** Whether a U+FFFD in a value stands for bytes the file's encoding could not read. */
  private final boolean badBytes;
  /** Lines read as Windows-1252 (listed ones), and the next of them to report. */
  private final List<Long> guessed;
  private int nextGuessed;

  public TableChecker(TableProfile table, IssueSink sink) {
    this(table, sink, Declared.inferred(table));
  }

  /** Checks with what a schema declares: the record width and column types. */
  public TableChecker(TableProfile table, IssueSink sink, Declared declared) {
    this.table = table;
    this.declared = declared;
    this.sink = sink;
    this.file = table.fileName();
    this.rows = new RowIndex(table.records());
    this.badBytes = table.encoding().replacesBadBytes();
    this.guessed = table.guessed().first();
    boolean isTable = table.status() == TableProfile.Status.TABLE;
    this.variants = isTable ? Variants.find(table) : Map.of();
    // A schema says itself which columns are unique.
    this.keys = isTable && declared.type(0) == null ? keyColumns(table) : Map.of();
  }

  /**
   * Issues about the whole file; call once, before the records. Issues of the header come with
   * the header record, on its own line (empty lines may come before it).
   */
  public void start() {
    switch (table.status()) {
      case NOT_TEXT -> report(Severity.ERROR, 0, 0, "", "",
          "the file is not text (it holds binary bytes); it was not read as a table",
          Rule.ENCODING_ERROR, "export it again as CSV");
      case EMPTY -> report(Severity.WARNING, 0, 0, "", "",
          "the file is empty: no header and no records", Rule.EMPTY_TABLE, "");
      case TABLE -> { }
    }
  }

  private void checkHeader(long line) {
    if (table.records() == 0) {
      report(Severity.WARNING, line, 0, "", "", "the file has a header but no records",
          Rule.EMPTY_TABLE, "");
    }
    if (table.width() > MAX_COLUMNS) {
      report(Severity.ERROR, line, 0, "", "", "the table has " + table.width()
              + " columns but a sheet holds " + MAX_COLUMNS + "; the columns after \""
              + table.columns().get(MAX_COLUMNS - 1) + "\" are not in the workbook",
          Rule.TOO_MANY_COLUMNS, "split the file, or leave out columns");
    }
    if (table.dialect().header() == Dialect.Header.FIRST_LINE) {
      checkHeaderIsData(line);
    }
    List<String> labels = table.labels();
    List<String> names = table.columns();
    for (int i = 0; i < names.size(); i++) {
      if (i >= labels.size()) {
        checkDoubts(line, i);
        continue;
      }
      String label = Missing.trim(labels.get(i));
      if (label.isEmpty()) {
        report(Severity.WARNING, line, i + 1, names.get(i), labels.get(i),
            "the header of column " + (i + 1) + " is blank; it is named \"" + names.get(i) + "\"",
            Rule.BLANK_LABEL, "give the column a name");
      } else if (!label.equals(names.get(i))) {
        int first = firstSame(labels, label, i, true);
        String other = first >= 0 ? "also the header of column " + (first + 1)
            : "also the name given to column " + (firstSame(names, label, i, false) + 1);
        report(Severity.WARNING, line, i + 1, names.get(i), labels.get(i),
            "the header \"" + label + "\" is " + other + "; this column is named \""
                + names.get(i) + "\"",
            Rule.DUPLICATE_LABEL, "give each column its own name");
      }
      checkDoubts(line, i);
    }
  }

  /**
   * A header whose labels read as values of their own columns is likely a record of a file
   * without a header line: warned when one such label is more than a whole number (a date, an
   * amount, a percent...); whole numbers are listed too, but alone they are column names, as
   * years and weeks are in wide tables.
   */
  private void checkHeaderIsData(long line) {
    List<String> labels = table.labels();
    List<String> found = new java.util.ArrayList<>();
    boolean more = false;
    for (int i = 0; i < labels.size() && i < table.columns().size(); i++) {
      ColumnType type = table.types().get(i);
      String label = Missing.trim(labels.get(i));
      if (declared.type(i) != null || type.kind() == ColumnType.Kind.TEXT || label.isEmpty()) {
        continue;
      }
      Value v = type.convert(label);
      if (v instanceof Value.Invalid || v instanceof Value.Empty) {
        continue;
      }
      more |= type.kind() != ColumnType.Kind.INTEGER;
      found.add("\"" + label + "\" (" + noun(type.kind()) + ")");
    }
    if (more) {
      report(Severity.WARNING, line, 0, "", String.join(String.valueOf(table.dialect().delimiter()),
              labels),
          "the header looks like a record: " + String.join(", ", found)
              + " read as values of their columns; the first line was read as the header",
          Rule.HEADER_LIKE_DATA, "add a first line with the column names");
    }
  }

  /** {@code $, € and %}: the forms of a mixed column, in words. */
  private static String mix(List<String> forms) {
    int n = forms.size();
    return n == 1 ? forms.get(0)
        : String.join(", ", forms.subList(0, n - 1)) + " and " + forms.get(n - 1);
  }

  private static String noun(ColumnType.Kind kind) {
    return switch (kind) {
      case INTEGER, DECIMAL, MIXED -> "a number";
      case CURRENCY -> "an amount";
      case TEXT, PERCENT, DATE, DATETIME, MONTH, TIME, BOOLEAN, RANGE -> "a " + kind.label();
    };
  }

  /** What the data leaves open about column {@code i}'s values, as warnings at its header cell. */
  private void checkDoubts(long line, int i) {
    if (declared.type(i) != null) {
      return;
    }
    ColumnType type = table.types().get(i);
    ColumnProfile.Doubts d = table.profiles().get(i).doubts(type);
    String name = table.columns().get(i);
    if (!d.mixedForms().isEmpty()) {
      report(Severity.WARNING, line, i + 1, name, String.join(", ", d.mixedForms()),
          "the dates of \"" + name + "\" are written in more than one form ("
              + String.join(", ", d.mixedForms()) + "); all were read as dates"
              + (type.dateOrder() == null ? "" : ", numeric ones " + type.dateOrder().label()),
          Rule.MIXED_FORMATS, "write every date the same way, best as yyyy-mm-dd");
    }
    if (d.ambiguousDate() != null) {
      boolean dayFirst = type.dateOrder() == DateOrder.DAY_FIRST;
      report(Severity.WARNING, line, i + 1, name, d.ambiguousDate(),
          "no date of \"" + name + "\" shows whether the day or the month comes first (such as "
              + d.ambiguousDate() + "); they were read " + type.dateOrder().label(),
          Rule.AMBIGUOUS_VALUE, dayFirst ? "if months come first, run with --locale en-US"
              : "if days come first, run with --locale en-GB or fr-FR");
    }
    if (d.ambiguousNumber() != null) {
      boolean comma = type.decimalMark() == ',';
      report(Severity.WARNING, line, i + 1, name, d.ambiguousNumber(),
          "no number of \"" + name + "\" shows whether '.' or ',' is the decimal mark (such as "
              + d.ambiguousNumber() + "); they were read with '" + type.decimalMark()
              + "' as decimal mark",
          Rule.AMBIGUOUS_VALUE, comma ? "if '.' is the decimal mark, run with --locale en-US"
              : "if ',' is the decimal mark, run with --locale fr-FR or de-DE");
    }
    if (!d.numberForms().isEmpty() && type.kind() == ColumnType.Kind.MIXED) {
      report(Severity.WARNING, line, i + 1, name, String.join(", ", d.numberForms()),
          "the numbers of \"" + name + "\" mix " + mix(d.numberForms()) + ": each was read as"
              + " written and is shown in its own format, but they are not one quantity, so"
              + " they get no total, mean or chart",
          Rule.MIXED_FORMATS, "check the units, and write every value in one form: one currency,"
              + " or percents, or plain numbers with the unit in the header");
    } else if (!d.numberForms().isEmpty()) {
      report(Severity.WARNING, line, i + 1, name, String.join(", ", d.numberForms()),
          "the values of \"" + name + "\" are numbers, but written in forms that no one format"
              + " shows (" + String.join(", ", d.numberForms()) + "); they were kept as text",
          Rule.MIXED_FORMATS, "check the units, and write every value in one form: one currency,"
              + " or percents, or plain numbers with the unit in the header");
    }
    if (d.mostly() != null) {
      ColumnProfile.Mostly m = d.mostly();
      report(Severity.WARNING, line, i + 1, name, String.join(", ", m.others()),
          "the values of \"" + name + "\" are mostly " + m.what() + " (" + m.fit() + " of "
              + m.of() + "), too few for a column of " + m.what() + " (at least 80%), so all"
              + " were kept as text" + (m.others().isEmpty() ? ""
                  : "; the others are written " + String.join(", ", m.others())),
          Rule.MIXED_FORMATS, "write a missing value as an empty cell or n/a, and a remark in a"
              + " column of its own");
    }
    if (!d.units().isEmpty()) {
      String units = "\"" + String.join("\" or \"", d.units()) + "\"";
      report(Severity.WARNING, line, i + 1, name, d.unitExample(),
          "the values of \"" + name + "\" are numbers followed by " + units + " (such as "
              + d.unitExample() + "), a unit or a magnitude (thousand, million, billion); "
              + "they were kept as text",
          Rule.AMBIGUOUS_VALUE, "if it is a unit, name it in the header and write the numbers "
              + "alone; if it is a magnitude, write million or bn, or name the currency in the "
              + "header (such as revenue_usd)");
    }
  }

  /**
   * The first of {@code texts} before {@code before} that is {@code label} ignoring case, as the
   * reader compares names; -1 when none is. A label can clash with a name the reader gave to a
   * blank or repeated label rather than with another label.
   */
  private static int firstSame(List<String> texts, String label, int before, boolean trim) {
    String key = label.toLowerCase(Locale.ROOT);
    for (int j = 0; j < before; j++) {
      String t = trim ? Missing.trim(texts.get(j)) : texts.get(j);
      if (t.toLowerCase(Locale.ROOT).equals(key)) {
        return j;
      }
    }
    return -1;
  }


  /** Checks one record of the second pass ({@code values} is null for the header and empty lines). */
  public void record(RawRecord r, Value[] values) {
    if (r.emptyLine()) {
      if (pendingCount++ == 0) {
        pendingFirst = r.line();
      }
      return;
    }
    flushEmptyLines();
    // Issues of one line go out in rule order: blank-row, format-error, empty-table, then cells.
    if (!headerSeen) {
      headerSeen = true;
      if (table.dialect().header() == Dialect.Header.FIRST_LINE) {
        checkQuotes(r);
        checkGuessed(r);
        checkHeader(r.line());
        for (int i = 0; i < r.fields().size() && i < table.columns().size(); i++) {
          String label = r.fields().get(i);
          checkBytes(r, i, table.columns().get(i), label);
          if (CellText.hasControl(label)) {
            report(Severity.WARNING, r.line(), i + 1, table.columns().get(i), label,
                "the header holds control characters, which Excel cannot show; they were removed"
                    + " in the workbook", Rule.CONTROL_CHARACTER, "");
          }
        }
        return;
      }
      checkHeader(r.line());
    }
    if (r.isBlank()) {
      report(Severity.WARNING, r.line(), 0, "", "", "the record is blank: every cell is empty",
          Rule.BLANK_ROW, "remove the line");
      checkQuotes(r);
      return;
    }
    checkQuotes(r);
    checkGuessed(r);
    long first = rows.firstLine(r.fields(), r.line());
    if (first > 0) {
      report(Severity.WARNING, r.line(), 0, "", "", "the record repeats line " + first + " exactly",
          Rule.DUPLICATE_ROW, "remove one of the two");
    }
    checkCells(r, values);
  }

  private void checkQuotes(RawRecord r) {
    if (r.quote() == RawRecord.QuoteState.STRAY
        || r.quote() == RawRecord.QuoteState.TEXT_AFTER_QUOTE) {
      int col = 0;
      char q = table.dialect().quote();
      for (int i = 0; i < r.fields().size() && col == 0; i++) {
        if (!r.fields().get(i).isEmpty() && r.fields().get(i).charAt(0) == q) {
          col = i + 1;
        }
      }
      String name = col > 0 && col <= table.columns().size() ? table.columns().get(col - 1) : "";
      String value = col > 0 ? r.fields().get(col - 1) : "";
      if (r.quote() == RawRecord.QuoteState.STRAY) {
        report(Severity.ERROR, r.line(), col, name, value,
            "a quote opens a field here and is never closed; it was read as an ordinary character "
                + "so that the rest of the file could be read",
            Rule.FORMAT_ERROR, "close the quote, or double a quote that is part of the text");
      } else {
        report(Severity.ERROR, r.line(), col, name, value,
            "text follows the closing quote of this field; the field was read as written, its "
                + "quotes as ordinary characters",
            Rule.FORMAT_ERROR, "quote the whole value, or double a quote that is part of the text");
      }
    }
    if (r.unterminatedQuote()) {
      report(Severity.ERROR, r.line(), 0, "", "",
          "a quoted field that starts in this record is never closed, so the file's end was read into it",
          Rule.FORMAT_ERROR, "close the quote, or double a quote that is part of the text");
    }
  }

  /**
   * An error for each line of the record that was read as Windows-1252 in a file that is
   * otherwise UTF-8: at the first cell with a character beyond ASCII when the record is that one
   * line, else at the record.
   */
  private void checkGuessed(RawRecord r) {
    if (nextGuessed >= guessed.size()) {
      return;
    }
    long breaks = 0;
    for (String f : r.fields()) {
      for (int k = 0; k < f.length(); k++) {
        char c = f.charAt(k);
        breaks += c == '\n' || c == '\r' && (k + 1 == f.length() || f.charAt(k + 1) != '\n') ? 1 : 0;
      }
    }
    long last = r.line() + breaks;
    while (nextGuessed < guessed.size() && guessed.get(nextGuessed) <= last) {
      long line = guessed.get(nextGuessed++);
      if (line < r.line()) {
        continue; // a line before the first record (Excel's sep= line)
      }
      int col = 0;
      for (int i = 0; breaks == 0 && i < r.fields().size() && col == 0; i++) {
        String f = r.fields().get(i);
        for (int k = 0; k < f.length() && col == 0; k++) {
          col = f.charAt(k) >= 0x80 ? i + 1 : 0;
        }
      }
      String name = col > 0 && col <= table.columns().size() ? table.columns().get(col - 1) : "";
      report(Severity.ERROR, r.line(), col, name, col > 0 ? r.fields().get(col - 1) : "",
          (line == r.line() ? "the line" : "line " + line + " of the record")
              + " is not UTF-8, unlike the rest of the file; it was read as Windows-1252, which is a"
              + " guess",
          Rule.ENCODING_ERROR, "check its accented letters, and save the file as UTF-8");
    }
  }

  /** An error for a value that holds bytes the file's encoding could not read, shown as U+FFFD. */
  private void checkBytes(RawRecord r, int i, String name, String raw) {
    if (!badBytes || raw.indexOf('\uFFFD') < 0) {
      return;
    }
    long n = raw.chars().filter(c -> c == '\uFFFD').count();
    String what = table.encoding() == TextEncoding.WINDOWS_1252
        ? (n == 1 ? "1 byte" : n + " bytes") + " that Windows-1252 does not define"
        : (n == 1 ? "1 byte sequence that is" : n + " byte sequences that are") + " not valid UTF-8";
    report(Severity.ERROR, r.line(), i + 1, name, raw, "the value holds " + what + "; "
        + (n == 1 ? "it is" : "they are") + " shown as \uFFFD", Rule.ENCODING_ERROR,
        "save the file as UTF-8");
  }

  /** Call after the last record. Empty lines at the end of a file are not reported. */
  public void finish() {
    pendingCount = 0;
  }

  private void flushEmptyLines() {
    if (pendingCount == 0 || !headerSeen) {
      pendingCount = 0;
      return;
    }
    for (long k = 0; k < pendingCount; k++) {
      report(Severity.WARNING, pendingFirst + k, 0, "", "",
          "an empty line between records", Rule.BLANK_ROW, "remove the line");
    }
    pendingCount = 0;
  }

  /** Shape and value checks, column by column, so that issues come out in column order. */
  private void checkCells(RawRecord r, Value[] values) {
    int header = declared.width();
    boolean bySchema = declared.positional();
    boolean headerless = table.dialect().header() == Dialect.Header.NONE;
    List<String> fields = r.fields();
    int cells = fields.size();
    List<String> names = table.columns();
    // Cells past the last column read (a sheet's width) are counted, not checked one by one.
    int upTo = Math.min(Math.max(cells, header), names.size());
    for (int i = 0; i < upTo; i++) {
      String name = names.get(i);
      if (i >= cells) {
        report(Severity.ERROR, r.line(), i + 1, name, "",
            "the record has " + cells + " of the " + (bySchema ? "schema's " + header + " fields"
                : "header's " + header + " cells") + "; \"" + name + "\" is missing",
            Rule.MISSING_CELL, "add the missing delimiters or values");
        continue;
      }
      String raw = fields.get(i);
      if (i >= header) {
        report(Severity.ERROR, r.line(), i + 1, name, raw,
            "the record has " + cells + " cells but the " + (bySchema ? "schema has " + header
                + (header == 1 ? " field" : " fields") : headerless ? "first record has " + header
                : "header has " + header)
                + "; the extra value is kept in column \"" + name + "\"",
            Rule.EXTRA_CELL, "remove the extra delimiter, or quote a value that holds one");
      }
      checkBytes(r, i, name, raw);
      if (values[i] instanceof Value.Invalid) {
        String schema = declared.type(i);
        if (schema != null) {
          report(Severity.ERROR, r.line(), i + 1, name, raw, "expected " + schema
              + ", as the schema says of \"" + name + "\"; kept as text", Rule.TYPE_ERROR, "");
        } else {
          ColumnType type = table.types().get(i);
          String nonexistent = type.kind().isTemporal()
              ? DateText.nonexistent(Missing.trim(raw), type.dateOrder()) : null;
          ColumnType.Reason why = type.whyNotANumber(raw);
          if (nonexistent != null) {
            report(Severity.WARNING, r.line(), i + 1, name, raw, "\"" + Missing.trim(raw)
                    + "\" is not a date that exists: " + nonexistent + "; kept as text",
                Rule.TYPE_ERROR, "check the day and the month");
          } else {
            report(Severity.WARNING, r.line(), i + 1, name, raw,
                "expected " + type.describe() + " like the other values of \"" + name + "\""
                    + share(table.profiles().get(i))
                    + (why == null ? "" : ", but " + why.problem()) + "; kept as text",
                Rule.TYPE_ERROR, why == null ? "" : why.suggestion());
          }
        }
      } else if (values[i] instanceof Value.Decimal amount && i < header) {
        ColumnType type = table.types().get(i);
        String other = type.foreignCurrency(raw);
        if (other != null) {
          report(Severity.WARNING, r.line(), i + 1, name, raw,
              "the amount is in " + other + " but \"" + name + "\" is in " + type.currency()
                  + ", its most frequent currency; it was read as the number "
                  + java.math.BigDecimal.valueOf(amount.value()).stripTrailingZeros().toPlainString()
                  + " all the same, shown in " + other + " and counted in the column's totals",
              Rule.MIXED_FORMATS, "convert it to " + type.currency()
                  + ", or keep amounts in each currency in a column of their own");
        }
      } else if (dateOf(values[i]) != null && !DateText.excelCanShow(dateOf(values[i]))) {
        String t = Missing.trim(raw);
        boolean early = dateOf(values[i]).getYear() < 1900;
        report(Severity.WARNING, r.line(), i + 1, name, raw, "\"" + t + "\" is "
                + (early ? "before 1900-01-01, the first" : "after 9999-12-31, the last")
                + " date an Excel cell can hold as a date; it is kept as text, and still read as a"
                + " date for the checks",
            Rule.DATE_OUT_OF_RANGE, "");
      }
      if (raw.length() > CellText.MAX_LENGTH) {
        int cut = Character.isHighSurrogate(raw.charAt(VALUE_START - 1)) ? VALUE_START - 1
            : VALUE_START;
        report(Severity.WARNING, r.line(), i + 1, name, raw.substring(0, cut) + "…",
            "the value has " + (raw.length() >= RecordReader.MAX_FIELD ? "more than " : "")
                + raw.length() + " characters; an Excel cell holds "
                + CellText.MAX_LENGTH + ", so the workbook shows it cut",
            Rule.TEXT_TOO_LONG, "");
      }
      if (CellText.hasControl(raw)) {
        report(Severity.WARNING, r.line(), i + 1, name, raw,
            "the value holds control characters, which Excel cannot show; they were removed in the workbook",
            Rule.CONTROL_CHARACTER, "");
      }
      if (i < header && table.types().get(i).kind() == ColumnType.Kind.TEXT) {
        checkText(r, i, name, raw);
      }
    }
  }

  /** The day of a date or date-time value (in UTC for one written with an offset), else null. */
  private static java.time.LocalDate dateOf(Value v) {
    return v instanceof Value.Date d ? d.date()
        : v instanceof Value.DateTime t ? t.dateTime().toLocalDate() : null;
  }

  /** Repeats in a column of otherwise unique values, likely typos of a category, stray spaces. */
  private void checkText(RawRecord r, int i, String name, String raw) {
    String value = Missing.trim(raw);
    if (value.isEmpty()) {
      return;
    }
    Map<String, Long> seen = keys.get(i);
    if (seen != null) {
      Long first = seen.putIfAbsent(value, r.line());
      if (first != null) {
        report(Severity.WARNING, r.line(), i + 1, name, raw, "\"" + value + "\" is already in \""
                + name + "\" at line " + first + ", where nearly every other value appears once",
            Rule.DUPLICATE_VALUE, "remove the repeated record, or tell the two apart");
      }
    }
    Map<String, String> intended = variants.get(i);
    String likely = intended == null ? null : intended.get(value);
    if (likely != null) {
      int count = table.profiles().get(i).distinctValues().getOrDefault(likely, 0);
      report(Severity.WARNING, r.line(), i + 1, name, raw, "\"" + value + "\" differs from \""
              + likely + "\" (" + count + " records of \"" + name + "\") only by case, spacing or one letter",
          Rule.NEAR_DUPLICATE, "did you mean \"" + likely + "\"?");
    }
    if (!value.equals(raw)) {
      String blanks = blanks(raw, value);
      report(Severity.WARNING, r.line(), i + 1, name, raw,
          "the value has " + blanks + " before or after it, so it differs from \"" + value + "\"",
          Rule.SPACES, "remove the " + blanks.replace("a tab", "tab"));
    }
  }

  /**
   * The first column, when it names the records (text whose values are all different but for a
   * repeat or two, at most one in twenty, among five or more): a repeat there is likely a
   * duplicated record. Only columns of at most 64 values are known value by value.
   */
  private static Map<Integer, Map<String, Long>> keyColumns(TableProfile t) {
    Map<Integer, Map<String, Long>> keys = new HashMap<>();
    if (t.columns().isEmpty() || t.types().get(0).kind() != ColumnType.Kind.TEXT) {
      return keys;
    }
    ColumnProfile p = t.profiles().get(0);
    int distinct = p.distinctValues().size();
    long repeats = p.values() - distinct;
    if (distinct >= 5 && repeats >= 1 && repeats <= Math.max(1, p.values() / 20)) {
      keys.put(0, new HashMap<>());
    }
    return keys;
  }

  /**
   * What surrounds the trimmed {@code value} in {@code raw}, named: "spaces", "a tab", "tabs and
   * spaces", "no-break spaces".
   */
  static String blanks(String raw, String value) {
    int start = raw.indexOf(value);
    String around = raw.substring(0, start) + raw.substring(start + value.length());
    List<String> kinds = new java.util.ArrayList<>(3);
    long tabs = around.chars().filter(c -> c == '\t').count();
    if (tabs > 0) {
      kinds.add(tabs == 1 ? "a tab" : "tabs");
    }
    if (around.indexOf(' ') >= 0) {
      kinds.add("spaces");
    }
    if (around.chars().anyMatch(c -> c != '\t' && c != ' ')) {
      kinds.add("no-break spaces");
    }
    return String.join(" and ", kinds);
  }

  private static String share(ColumnProfile p) {
    return p.values() == 0 ? "" : String.format(Locale.ROOT, " (%d values)", p.values());
  }

  private void report(Severity severity, long line, int column, String name, String value,
      String problem, Rule rule, String suggestion) {
    sink.accept(new Issue(severity, file, line, column, name, value, problem, rule, suggestion));
  }
}
