package dev.report.read;


/**
 * What the first pass learns about one column from all of its values, in bounded memory; it then
 * decides the column's {@link ColumnType}.
 */
public final class ColumnProfile {
  /** Distinct values remembered before the column counts as having "many". */
  static final int DISTINCT_CAP = 64;
  /** Share of non-missing values a type must fit to win; the rest are reported. */
  static final double WIN_SHARE = 0.8;

  private long values;
  private long missing;
  private long codes; // digit strings with a leading zero or over 15 digits
  private final NumberTally dot = new NumberTally();
  private final NumberTally comma = new NumberTally();
  private long isoDates;
  private long namedDates;
  private long dayFirstDates;
  private long monthFirstDates;
  private long dateTimes;
  /** Months of a year (April 2024), times of day (10:30), and times with seconds among them. */
  private long monthYears;
  private long times;
  private long timesWithSeconds;
  private long booleans;
  /** Non-missing values of 2 to 4 upper-case letters (codes such as FR), by length; [0] others. */
  private final long[] upperCodes = new long[5];
  /** Placeholders written in 2 to 4 upper-case letters (NA, NAN, ND) and their counts. */
  private final java.util.Map<String, Integer> upperPlaceholders = new java.util.LinkedHashMap<>();
  /** Non-missing values that are one capitalised word (Anna, Cloud). */
  private long titleWords;
  /** Placeholders written as one capitalised word (Nan, None, Null) and their counts. */
  private final java.util.Map<String, Integer> titlePlaceholders = new java.util.LinkedHashMap<>();
  /**
   * The length of the codes whose placeholders are codes, as last decided; 0 for none;
   * {@link ColumnType#TITLE_WORDS} for a column of capitalised words.
   */
  private int keptLength;
  /** How missing values were written ("" for empty), in the order first seen; at most 8. */
  private final java.util.Set<String> missingForms = new java.util.LinkedHashSet<>();
  /** Values that read as different numbers with '.' and with ',' as decimal mark. */
  private long ambiguousNumbers;
  private String ambiguousExample;
  /** A numeric date whose day and month can be swapped (03/04/2024), as written. */
  private String ambiguousDateExample;
  /** The first value of each written form of date, in the order first seen. */
  private final java.util.Map<DateText.Form, String> formExamples = new java.util.LinkedHashMap<>();
  private final RangeTally dotRanges = new RangeTally();
  private final RangeTally commaRanges = new RangeTally();
  private int maxLength;
  /** Each distinct value (trimmed) and how often it occurs, until there are more than 64. */
  private final DistinctValues distinct = new DistinctValues(DISTINCT_CAP);

  /** How numbers with a magnitude letter that may be a unit end ("m", "K"); at most 4. */
  private final java.util.Set<String> letters = new java.util.LinkedHashSet<>();
  private String letterExample;

  /** Scratch: the characters of the value being added, for {@link #fast}. */
  private final char[] chars = new char[72];

  /** Adds one value as written. */
  public void add(String raw) {
    int n = raw.length();
    if (n <= chars.length) {
      raw.getChars(0, n, chars, 0);
      if (fast(chars, n)) {
        return;
      }
    }
    general(raw);
  }

  /** Adds one value as written, the general way: what {@link #add} does, without its fast path. */
  void general(String raw) {
    maxLength = Math.max(maxLength, raw.length());
    String t = Missing.trim(raw);
    if (Missing.isMissing(t)) {
      missing++;
      if (missingForms.size() < 8) {
        missingForms.add(t);
      }
      if (Missing.upperLetters(t) > 0) {
        upperPlaceholders.merge(t, 1, Integer::sum);
      } else if (Missing.titleWord(t)) {
        titlePlaceholders.merge(t, 1, Integer::sum);
      }
      return;
    }
    values++;
    distinct.add(t);
    if (isCode(t)) {
      codes++;
      return;
    }
    // The commonest date, quickly: yyyy-mm-dd is nothing else (no number, no range).
    if (DateText.isoDay(t) != null) {
      if (isoDates++ == 0) {
        formExamples.putIfAbsent(DateText.Form.ISO, t);
      }
      return;
    }
    if (!NumberText.hasDigit(t)) {
      // No digit: no number, range or date can be written so; only a boolean.
      upperCodes[Missing.upperLetters(t)]++;
      if (Missing.titleWord(t)) {
        titleWords++;
      }
      if (Booleans.parse(t) != null) {
        booleans++;
      }
      return;
    }
    NumberText.Parsed d = NumberText.parse(t, '.');
    if (d != null) {
      dot.add(d);
    }
    // Without '.' or ',' the decimal mark changes nothing: one parse serves both. With a '.' and
    // no ',', a ',' decimal mark makes the '.' grouping, which needs three digits after it.
    int comma0 = t.indexOf(',');
    int dot0 = t.indexOf('.');
    NumberText.Parsed c;
    if (comma0 < 0 && dot0 < 0) {
      c = d;
    } else if (comma0 < 0 && d != null && digitsAfter(t, dot0) != 3) {
      c = null;
    } else {
      c = NumberText.parse(t, ',');
    }
    if (c != null) {
      comma.add(c);
    }
    NumberText.Parsed any = d != null ? d : c;
    if (any != null && any.notation() == NumberText.Notation.LETTER) {
      addLetter(t);
    }
    if (d != null && c != null && d.value() != c.value() && ambiguousExample == null) {
      ambiguousExample = t;
    }
    if (d != null && c != null && d.value() != c.value()) {
      ambiguousNumbers++;
    }
    if (d == null && c == null) {
      if (RangeText.mayBeRange(t)) {
        dotRanges.add(RangeText.parse(t, '.'));
        commaRanges.add(RangeText.parse(t, ','));
      }
      addDate(t);
      if (Booleans.parse(t) != null) {
        booleans++;
      }
    }
  }

  /**
   * Adds the value written {@code a[0..n)} the way {@link #general} would, without making a string,
   * when it has one of the common shapes (plain numbers, codes, yyyy-mm-dd, text without a digit);
   * false, and nothing added, otherwise.
   */
  private boolean fast(char[] a, int n) {
    int from = 0;
    int to = n;
    int s = from;
    int e = to;
    while (s < e && Missing.isSpace(a[s])) {
      s++;
    }
    while (e > s && Missing.isSpace(a[e - 1])) {
      e--;
    }
    int length = e - s;
    if (length > 64 || Missing.isMissing(a, s, e)) {
      return false;
    }
    // One look at the characters: a sign, digits, dots and anything else.
    int digits = 0;
    int dots = 0;
    int dot = -1;
    int other = 0;
    int hash = 0; // of the trimmed text, as String.hashCode
    for (int i = s; i < e; i++) {
      char c = a[i];
      hash = 31 * hash + c;
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.') {
        dots++;
        dot = i;
      } else if (c != '-' || i != s) {
        other++;
      }
    }
    boolean sign = a[s] == '-';
    if (digits == 0) {
      count(a, from, to, s, e, hash);
      upperCodes[Missing.upperLetters(a, s, e)]++;
      if (Missing.titleWord(a, s, e)) {
        titleWords++;
      }
      if (Booleans.parse(a, s, e) != null) {
        booleans++;
      }
      return true;
    }
    if (other == 0 && dots == 0 && !sign && length >= 2 && (a[s] == '0' || length > 15)) {
      count(a, from, to, s, e, hash);
      codes++;
      return true;
    }
    if (other == 0 && dots <= 1 && plainNumber(a, s + (sign ? 1 : 0), e, dot, sign)) {
      count(a, from, to, s, e, hash);
      return true;
    }
    if (other == 2 && dots == 0 && DateText.isIsoDay(a, s, e)) {
      count(a, from, to, s, e, hash);
      if (isoDates++ == 0) {
        formExamples.putIfAbsent(DateText.Form.ISO, new String(a, s, length));
      }
      return true;
    }
    return false;
  }

  /** Counts a value that is not missing: its length as written, its trimmed text. */
  private void count(char[] a, int from, int to, int s, int e, int hash) {
    maxLength = Math.max(maxLength, to - from);
    values++;
    distinct.add(a, s, e, hash);
  }

  /**
   * Tallies {@code a[from..to)} (digits and at most one '.', at {@code point} or -1) as
   * {@link #add(String)} would when {@link NumberText} reads it on its fast path and the comma
   * reading needs no parse (no '.', or not three digits after it); false, and nothing tallied,
   * otherwise. {@code sign}: a '-' precedes {@code from}.
   */
  private boolean plainNumber(char[] a, int from, int to, int point, boolean sign) {
    int intDigits = (point < 0 ? to : point) - from;
    int decimals = point < 0 ? 0 : to - point - 1;
    if (intDigits == 0 || point >= 0 && (decimals == 0 || decimals == 3)
        || intDigits + decimals > 15 || intDigits > 1 && a[from] == '0') {
      return false;
    }
    if (point >= 0) {
      dot.addPlain(decimals, false); // the comma reading fails: '.' would be grouping
      return true;
    }
    boolean yearLike = false;
    if (!sign && intDigits == 4) {
      int v = (a[from] - '0') * 1000 + (a[from + 1] - '0') * 100 + (a[from + 2] - '0') * 10
          + (a[from + 3] - '0');
      yearLike = v >= 1900 && v <= 2100;
    }
    dot.addPlain(0, yearLike);
    comma.addPlain(0, yearLike); // the same reading with either mark
    return true;
  }

  private void addLetter(String t) {
    if (letterExample == null) {
      letterExample = t;
    }
    int i = t.length();
    while (i > 0 && Character.isLetter(t.charAt(i - 1))) {
      i--;
    }
    if (letters.size() < 4) {
      letters.add(t.substring(i));
    }
  }

  private void addDate(String t) {
    DateText.Form form = DateText.form(t);
    if (form == null) {
      if (DateText.monthYear(t) != null) {
        monthYears++;
      } else if (DateText.time(t) != null) {
        times++;
        if (t.indexOf(':') != t.lastIndexOf(':')) {
          timesWithSeconds++;
        }
      }
      return;
    }
    formExamples.putIfAbsent(form, t);
    switch (form) {
      case ISO -> {
        isoDates++;
        if (DateText.hasTime(t)) {
          dateTimes++;
        }
      }
      case NAMED -> namedDates++;
      case NUMERIC -> {
        Object day = DateText.parse(t, DateOrder.DAY_FIRST);
        Object month = DateText.parse(t, DateOrder.MONTH_FIRST);
        if (day != null) {
          dayFirstDates++;
        }
        if (month != null) {
          monthFirstDates++;
        }
        if (DateText.hasTime(t)) {
          dateTimes++;
        }
        // 03/04/2024 reads two ways; 03/03/2024 reads the same either way.
        if (day != null && month != null && !day.equals(month) && ambiguousDateExample == null) {
          ambiguousDateExample = t;
        }
      }
    }
  }

  /** How many digits follow position {@code at}. */
  private static int digitsAfter(String t, int at) {
    int i = at + 1;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i - at - 1;
  }

  /** Digits only, with a leading zero or too many to be a number Excel keeps exactly. */
  private static boolean isCode(String t) {
    int n = t.length();
    if (n < 2) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char ch = t.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return t.charAt(0) == '0' || n > 15;
  }

  /**
   * Doubts the data leaves about its column once typed as {@code type}: the first value of each
   * written form when dates are written in more than one form; a value that reads both ways when
   * the date order or the decimal mark was not settled by the data but assumed.
   */
  public Doubts doubts(ColumnType type) {
    java.util.List<String> forms = type.kind().isTemporal()
        ? java.util.List.copyOf(formExamples.values()) : java.util.List.of();
    boolean dateEvidence = dayFirstDates != monthFirstDates;
    String date = type.kind().isTemporal() && !dateEvidence ? ambiguousDateExample : null;
    boolean markEvidence = dot.best() != comma.best();
    String number = type.kind().isNumeric() && !markEvidence ? ambiguousExample : null;
    long lettered = Math.max(dot.letters, comma.letters);
    boolean unit = type.kind() == ColumnType.Kind.TEXT && lettered > 0
        && lettered >= Math.ceil(values * WIN_SHARE);
    java.util.List<String> numberForms = unit ? java.util.List.of() : numberForms(type);
    return new Doubts(forms.size() > 1 ? forms : java.util.List.of(), date, number,
        unit ? java.util.List.copyOf(letters) : java.util.List.of(), unit ? letterExample : null,
        numberForms, unit || !numberForms.isEmpty() ? null : mostly(type));
  }

  /**
   * A text column more than half of whose values, but fewer than 80%, are numbers or dates: it
   * must not be text without saying why. Null otherwise, and for codes, which are text on purpose.
   */
  private Mostly mostly(ColumnType type) {
    if (type.kind() != ColumnType.Kind.TEXT || codes > 0 || dot.codeLike > 0 || values < 3) {
      return null;
    }
    long numbers = Math.max(dot.fits, comma.fits);
    long dates = isoDates + namedDates + Math.max(dayFirstDates, monthFirstDates);
    boolean isNumbers = numbers >= dates;
    long fit = Math.max(numbers, dates);
    if (fit * 2 <= values) {
      return null;
    }
    // The others, from the distinct values when there are few enough to know them.
    java.util.List<String> others = new java.util.ArrayList<>();
    for (String v : distinct.asMap().keySet()) {
      boolean fits = isNumbers
          ? NumberText.parse(v, '.') != null || NumberText.parse(v, ',') != null
          : DateText.isoDay(v) != null || DateText.parse(v, DateOrder.DAY_FIRST) != null
              || DateText.parse(v, DateOrder.MONTH_FIRST) != null;
      if (!fits && others.size() < 3) {
        others.add(v);
      }
    }
    return new Mostly(isNumbers ? "numbers" : "dates", fit, values, java.util.List.copyOf(others));
  }

  /**
   * A text column whose values are mostly numbers or dates.
   *
   * @param what "numbers" or "dates"
   * @param fit how many values are numbers (or dates)
   * @param of how many values the column has (missing ones aside)
   * @param others up to 3 of the other values, as written; empty when the column has too many
   *     distinct values to know them
   */
  public record Mostly(String what, long fit, long of, java.util.List<String> others) {}

  /**
   * The forms of a column's numbers when they are written in several that no one format shows
   * (amounts in $ and €, percents and plain numbers): a {@link ColumnType.Kind#MIXED} column, or a
   * text column of which at least 80% are numbers; it must not be either without saying so. Empty
   * otherwise, and for codes (leading zeros, 1E5), which are text on purpose.
   */
  private java.util.List<String> numberForms(ColumnType type) {
    NumberTally num = type.kind() == ColumnType.Kind.MIXED
        ? (type.decimalMark() == '.' ? dot : comma) : dot.fits >= comma.fits ? dot : comma;
    if (type.kind() == ColumnType.Kind.MIXED) {
      return forms(num, type.reads().contains(ColumnType.Reading.MAGNITUDE_LETTERS) ? 0
          : num.letters);
    }
    boolean codesLike = codes > 0 || dot.codeLike > 0;
    if (type.kind() != ColumnType.Kind.TEXT || codesLike
        || num.fits < Math.ceil(values * WIN_SHARE)) {
      return java.util.List.of();
    }
    java.util.List<String> out = forms(num, 0);
    return out.size() > 1 ? out : java.util.List.of();
  }

  /**
   * The forms {@code num}'s numbers are written in, {@code excluded} of those with a magnitude
   * letter left out: each currency, {@code %}, magnitude letters, plain numbers.
   */
  private static java.util.List<String> forms(NumberTally num, long excluded) {
    java.util.List<String> out = new java.util.ArrayList<>(num.currencySymbols());
    if (num.percents > 0) {
      out.add("%");
    }
    if (num.letters - excluded > 0) {
      out.add("magnitude letters (k, M, B)");
    }
    if (num.plain() - num.letters > 0) {
      out.add("plain numbers");
    }
    return java.util.List.copyOf(out);
  }

  /**
   * What the data left open about a column.
   *
   * @param mixedForms one example per written form of date, when there is more than one
   * @param ambiguousDate a date that reads both day first and month first, when no value settled
   *     the order (null otherwise)
   * @param ambiguousNumber a number that reads differently with '.' and ',' as decimal mark,
   *     when no value settled the mark (null otherwise)
   * @param units how the values of a text column end when at least 80% of them are numbers with a
   *     letter that may be a unit as well as a magnitude ({@code m} of {@code 5 m}); else empty
   * @param unitExample the first of those values, or null
   * @param numberForms the forms of a column's numbers when they are written in several forms
   *     ({@code $}, {@code €}, {@code %}, plain numbers) that no one format shows; else empty
   * @param mostly how a text column is mostly numbers or dates, or null
   */
  public record Doubts(java.util.List<String> mixedForms, String ambiguousDate,
      String ambiguousNumber, java.util.List<String> units, String unitExample,
      java.util.List<String> numberForms, Mostly mostly) {}

  /** Non-missing values seen (placeholders that are codes of the column among them). */
  public long values() {
    return values + kept().values().stream().mapToLong(Integer::longValue).sum();
  }

  public long missing() {
    return missing - kept().values().stream().mapToLong(Integer::longValue).sum();
  }

  /** How the missing values were written: "" for an empty cell, else {@code n/a}, {@code n/d}... */
  public java.util.List<String> missingForms() {
    java.util.List<String> forms = new java.util.ArrayList<>(missingForms);
    forms.removeAll(kept().keySet());
    return java.util.List.copyOf(forms);
  }

  /** The placeholders that are codes of this column (see {@link ColumnType#codeLength}). */
  private java.util.Map<String, Integer> kept() {
    if (keptLength == 0) {
      return java.util.Map.of();
    }
    if (keptLength == ColumnType.TITLE_WORDS) {
      return new java.util.LinkedHashMap<>(titlePlaceholders);
    }
    java.util.Map<String, Integer> kept = new java.util.LinkedHashMap<>(upperPlaceholders);
    kept.keySet().removeIf(p -> p.length() != keptLength);
    return kept;
  }

  /** The longest value, in characters (for column widths). */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Each distinct non-missing value (trimmed) with its count, in the order first seen; empty
   * when there are more than 64.
   */
  public java.util.Map<String, Integer> distinctValues() {
    java.util.Map<String, Integer> kept = kept();
    if (kept.isEmpty() || distinct.count() < 0) {
      return distinct.asMap();
    }
    java.util.Map<String, Integer> all = new java.util.LinkedHashMap<>(distinct.asMap());
    all.putAll(kept);
    return all.size() > DISTINCT_CAP ? java.util.Map.of() : all;
  }

  /** The number of distinct non-missing values, or -1 when there are more than 64. */
  public int distinctCount() {
    return kept().isEmpty() || distinct.count() < 0 ? distinct.count()
        : distinctValues().isEmpty() ? -1 : distinctValues().size();
  }

  /**
   * Decides the type: the kind that the most values fit wins if it fits at least 80% of them;
   * codes with leading zeros make the column text. {@code preferred} settles ties (decimal mark
   * and day or month first) that the data cannot.
   */
  public ColumnType decide(char preferredDecimalMark, DateOrder preferredOrder) {
    return decide(preferredDecimalMark, preferredOrder, "");
  }

  /**
   * {@link #decide(char, DateOrder)} for the column headed {@code label}. Like codes with leading
   * zeros, codes written {@code 1E5} make the column text unless other values are measured numbers
   * ({@code 2.5}, {@code 1.5e3}). Magnitude letters ({@code 5 m}) are numbers only where the column
   * says money: an amount in it, or a {@link MoneyHeader money header}.
   */
  public ColumnType decide(char preferredDecimalMark, DateOrder preferredOrder, String label) {
    keptLength = 0;
    if (values == 0 || codes > 0) {
      return ColumnType.TEXT;
    }
    boolean measured = dot.fractional + dot.scientific + comma.fractional > 0;
    if (dot.codeLike > 0 && !measured) {
      return ColumnType.TEXT;
    }
    char mark = dot.fits > comma.fits ? '.' : comma.fits > dot.fits ? ',' : preferredDecimalMark;
    NumberTally num = mark == '.' ? dot : comma;
    boolean money = num.currencies > 0 || MoneyHeader.says(label);
    long excluded = money ? 0 : num.letters;
    java.util.Set<ColumnType.Reading> reads = java.util.EnumSet.noneOf(ColumnType.Reading.class);
    if (money && num.letters > 0) {
      reads.add(ColumnType.Reading.MAGNITUDE_LETTERS);
    }
    if (num.codeLike > 0) {
      reads.add(ColumnType.Reading.EXPONENTS);
    }
    long dateDay = isoDates + namedDates + dayFirstDates;
    long dateMonth = isoDates + namedDates + monthFirstDates;
    DateOrder order = dateDay > dateMonth ? DateOrder.DAY_FIRST
        : dateMonth > dateDay ? DateOrder.MONTH_FIRST : preferredOrder;
    long dates = Math.max(dateDay, dateMonth);
    long need = (long) Math.ceil(values * WIN_SHARE);
    long numbers = num.best(excluded);
    if (numbers >= need && numbers >= dates && numbers >= booleans) {
      return numberType(num, mark, excluded, reads);
    }
    RangeTally ranges = dotRanges.fits >= commaRanges.fits ? dotRanges : commaRanges;
    char rangeMark = dotRanges.fits > commaRanges.fits ? '.'
        : commaRanges.fits > dotRanges.fits ? ',' : preferredDecimalMark;
    // Dates such as 2024-4-24 are not ranges (two dashes), so ranges and dates do not compete.
    if (ranges.fits + numbers >= need && ranges.fits > 0 && ranges.fits >= dates
        && !ranges.mixedCurrency) {
      return new ColumnType(ColumnType.Kind.RANGE, rangeMark, DateOrder.MONTH_FIRST,
          ranges.currency, Math.max(ranges.decimals, num.decimals), false,
          ranges.percents * 2 > ranges.fits);
    }
    // Numbers in forms that no one format shows ($35B, 12%, 1,234.5): each read as written.
    long anyForm = num.fits - excluded;
    if (anyForm >= need && anyForm >= dates && anyForm >= booleans
        && forms(num, excluded).size() > 1) {
      return new ColumnType(ColumnType.Kind.MIXED, mark, DateOrder.MONTH_FIRST, null,
          num.decimals, false, false, reads);
    }
    if (dates >= need && dates >= booleans) {
      ColumnType.Kind kind = dateTimes > 0 ? ColumnType.Kind.DATETIME : ColumnType.Kind.DATE;
      return new ColumnType(kind, '.', order, null, 0, false);
    }
    if (monthYears >= need) {
      return new ColumnType(ColumnType.Kind.MONTH, '.', order, null, 0, false);
    }
    if (times >= need) {
      return new ColumnType(ColumnType.Kind.TIME, '.', order, null, timesWithSeconds > 0 ? 2 : 0,
          false);
    }
    if (booleans >= need) {
      return new ColumnType(ColumnType.Kind.BOOLEAN, '.', order, null, 0, false);
    }
    keptLength = codeLength();
    return keptLength == 0 ? ColumnType.TEXT : ColumnType.codes(keptLength);
  }

  /**
   * A placeholder is a value where it is a regular value of the column: {@code NA} (Namibia) in a
   * column of two-letter country codes. The length of upper-case codes that at least 80% of the
   * values (two or more) have, when a placeholder written in upper-case letters has it too;
   * {@link ColumnType#TITLE_WORDS} when at least 80% are capitalised words and a placeholder is
   * written so ({@code Nan}, {@code None}); else 0.
   */
  private int codeLength() {
    long need = Math.max(2, (long) Math.ceil(values * WIN_SHARE));
    for (String p : upperPlaceholders.keySet()) {
      if (upperCodes[p.length()] >= need) {
        return p.length();
      }
    }
    // Nan (a first name) among names, None (a category) among categories: a placeholder written
    // as the column's other values are, one capitalised word, is one of them.
    return !titlePlaceholders.isEmpty() && titleWords >= need ? ColumnType.TITLE_WORDS : 0;
  }

  private ColumnType numberType(NumberTally num, char mark, long excluded,
      java.util.Set<ColumnType.Reading> reads) {
    long best = num.best(excluded);
    long plain = num.plain() - excluded;
    ColumnType.Kind kind;
    int decimals = num.decimals;
    if (num.money(excluded) && num.currencies + plain == best) {
      kind = ColumnType.Kind.CURRENCY;
      reads.remove(ColumnType.Reading.MAGNITUDE_LETTERS); // a currency column reads them anyway
    } else if (num.percents == best && num.percents > 0) {
      kind = ColumnType.Kind.PERCENT;
    } else if (num.fractional == 0) {
      kind = ColumnType.Kind.INTEGER;
      decimals = 0;
    } else {
      kind = ColumnType.Kind.DECIMAL;
      decimals = Math.max(num.decimals, 1);
    }
    return new ColumnType(kind, mark, DateOrder.MONTH_FIRST,
        kind == ColumnType.Kind.CURRENCY ? num.currency() : null, decimals,
        kind == ColumnType.Kind.INTEGER && num.yearLike == plain, false, reads);
  }
}
