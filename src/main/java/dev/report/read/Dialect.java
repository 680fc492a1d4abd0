package dev.report.read;

/**
 * How a CSV file is written: the field delimiter, the quote character and the line ending seen
 * first. Immutable and validated once.
 */
public record Dialect(char delimiter, char quote, LineEnding lineEnding) {

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

  public Dialect {
    if (delimiter == quote) {
      throw new IllegalArgumentException("delimiter and quote are both '" + delimiter + "'");
    }
    if (delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
      throw new IllegalArgumentException("a line break cannot be a delimiter or a quote");
    }
  }

  /** The delimiter as users name it: {@code ,} {@code ;} {@code tab} {@code |}. */
  public String delimiterLabel() {
    return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
  }
}
