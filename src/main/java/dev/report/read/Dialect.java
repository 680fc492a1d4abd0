package dev.report.read;

/**
 * How a CSV file is written: the field delimiter, the quote character, the line ending seen
 * first and whether the first line is a header. Immutable and validated once.
 */
public record Dialect(char delimiter, char quote, LineEnding lineEnding, Header header) {

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

  public Dialect {
    if (header == null) {
      throw new IllegalArgumentException("header is required");
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
        lineEnding, header);
  }

  /** The delimiter as users name it: {@code ,} {@code ;} {@code tab} {@code |}. */
  public String delimiterLabel() {
    return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
  }
}
