package dev.report.read;

/**
 * How a CSV file is written: the field delimiter, the quote character, the line ending seen
 * first, whether the first line is a header and what comes before it. Immutable and validated
 * once.
 */
public record Dialect(char delimiter, char quote, LineEnding lineEnding, Header header,
    Preamble preamble) {

  /** What comes before the first record (the header, if there is one). */
  public enum Preamble {
    /** Nothing: the first line is the header or a record. */
    NONE,
    /**
     * Excel's {@code sep=X} line, which names the delimiter: it is not read as a record, and the
     * lines after it keep their physical numbers (the header is then line 2).
     */
    SEP_LINE
  }

  /** Whether the first non-empty line names the columns. */
  public enum Header {
    /** The first non-empty line is the header (the default). */
    FIRST_LINE,
    /** Every line is a record (a Data Package dialect's {@code "header": false}). */
    NONE
  }

  /** The line ending a file uses (the first one seen; the reader accepts all three anywhere). */
  public enum LineEnding {
    LF("LF"), CRLF("CRLF"), CR("CR"), NONE("none");

    private final String label;

    LineEnding(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static final Dialect DEFAULT = new Dialect(',', '"', LineEnding.LF);

  /** A dialect with a header line. */
  public Dialect(char delimiter, char quote, LineEnding lineEnding) {
    this(delimiter, quote, lineEnding, Header.FIRST_LINE);
  }

  /** A dialect with nothing before the first record. */
  public Dialect(char delimiter, char quote, LineEnding lineEnding, Header header) {
    this(delimiter, quote, lineEnding, header, Preamble.NONE);
  }

  public Dialect {
    if (header == null || preamble == null) {
      throw new IllegalArgumentException("header and preamble are required");
    }
    if (delimiter == quote) {
      throw new IllegalArgumentException("delimiter and quote are both '" + delimiter + "'");
    }
    if (delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
      throw new IllegalArgumentException("a line break cannot be a delimiter or a quote");
    }
  }

  /**
   * This dialect with what a descriptor states: a delimiter or quote other than 0 replaces the
   * sniffed one.
   */
  public Dialect with(char delimiter, char quote, Header header) {
    return new Dialect(delimiter == 0 ? this.delimiter : delimiter, quote == 0 ? this.quote : quote,
        lineEnding, header, preamble);
  }

  /** The delimiter as users name it: {@code ,} {@code ;} {@code tab} {@code |}. */
  public String delimiterLabel() {
    return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
  }

  /** Where the delimiter came from, when the file named it: {@code ; (from ... sep=;)}. */
  public String delimiterOrigin() {
    return preamble == Preamble.SEP_LINE
        ? delimiterLabel() + " (from the file's first line, sep=" + delimiter + ")"
        : delimiterLabel();
  }
}
