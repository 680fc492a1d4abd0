package dev.report.read;

import java.io.IOException;
import java.util.Arrays;

/**
 * Decides what a quote at the start of a field is, by reading ahead to where it closes (at most
 * {@link #LIMIT} characters) and giving back what it read.
 *
 * <p>It is read as an ordinary character ({@link Decision#STRAY}) when the input ends inside it;
 * when its field holds line breaks while the line it opens on and a whole line inside it are both
 * shaped like records (as many delimiters as the header); and when text follows its closing
 * quote after a line break. Text right after a closing quote on the same line makes the field
 * text as written ({@link Decision#TEXT_AFTER}, {@code "55" screen}). Otherwise, and past the
 * limit, it opens a quoted field ({@link Decision#QUOTED}).
 */
final class QuoteLookahead {
  /** How far a quote is read ahead. */
  static final int LIMIT = RecordReader.MAX_FIELD;

  /** What a quote at field start is: it opens a quoted field, or it is text (and why). */
  enum Decision {
    QUOTED(RawRecord.QuoteState.CLOSED),
    STRAY(RawRecord.QuoteState.STRAY),
    TEXT_AFTER(RawRecord.QuoteState.TEXT_AFTER_QUOTE);

    /** What the record's quote state becomes. */
    final RawRecord.QuoteState state;

    Decision(RawRecord.QuoteState state) {
      this.state = state;
    }
  }

  private final char delimiter;
  private final char quote;
  private char[] ahead = new char[256];

  QuoteLookahead(Dialect dialect) {
    this.delimiter = dialect.delimiter();
    this.quote = dialect.quote();
  }

  /**
   * What the quote that {@code in} is at is, in field {@code field} (0-based) of a record whose
   * header has {@code headerDelimiters} delimiters (-1 while the header is read). Reads nothing.
   */
  Decision decide(CharInput in, int field, int headerDelimiters) throws IOException {
    Decision quick = in.direct() ? inBuffer(in, field, headerDelimiters) : null;
    return quick != null ? quick : reading(in, field, headerDelimiters);
  }

  /** {@link #decide} when the field ends within the input's buffer; null when it may not. */
  private Decision inBuffer(CharInput in, int field, int headerDelimiters) {
    char[] a = in.buffer();
    int breaks = 0; // line breaks inside the quotes
    int firstLine = 0; // delimiters inside the quotes on the line it opens on
    int inner = 0; // delimiters on the current line inside
    int last = Math.min(in.limit(), in.position() + LIMIT) - 1; // a character after i is needed
    for (int i = in.position() + 1; i < last; i++) {
      char c = a[i];
      if (c == quote) {
        char p = a[i + 1];
        if (p == quote) {
          i++;
          continue;
        }
        return closed(p, breaks);
      } else if (c == delimiter) {
        if (breaks > 0) {
          inner++;
        } else {
          firstLine++;
        }
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && a[i + 1] == '\n') {
          i++;
        }
        if (breaks > 0 && shaped(inner, field + firstLine, headerDelimiters)) {
          return Decision.STRAY;
        }
        breaks++;
        inner = 0;
      }
    }
    return null;
  }

  /** {@link #decide} by reading the characters, then giving them back. */
  private Decision reading(CharInput in, int field, int headerDelimiters) throws IOException {
    long start = in.offset();
    int n = 0;
    int breaks = 0; // line breaks inside the quotes
    int firstLine = 0;
    int inner = 0;
    Decision d;
    ahead[n++] = (char) in.next();
    while (true) {
      if (n >= LIMIT) {
        d = Decision.QUOTED;
        break;
      }
      int c = in.next();
      if (c < 0) {
        d = Decision.STRAY;
        break;
      }
      if (n + 2 > ahead.length) {
        ahead = Arrays.copyOf(ahead, ahead.length * 2);
      }
      ahead[n++] = (char) c;
      if (c == quote) {
        int p = in.peek();
        if (p != quote) {
          d = closed(p, breaks);
          break;
        }
        ahead[n++] = (char) in.next();
      } else if (c == delimiter) {
        if (breaks > 0) {
          inner++;
        } else {
          firstLine++;
        }
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && in.peek() == '\n') {
          ahead[n++] = (char) in.next();
        }
        if (breaks > 0 && shaped(inner, field + firstLine, headerDelimiters)) {
          d = Decision.STRAY;
          break;
        }
        breaks++;
        inner = 0;
      }
    }
    in.giveBack(ahead, n, start);
    return d;
  }

  /**
   * A closing quote followed by {@code next} (-1 at the end of the input), after {@code breaks}
   * line breaks inside the quotes.
   */
  private Decision closed(int next, int breaks) {
    if (next < 0 || next == delimiter || next == '\n' || next == '\r') {
      return Decision.QUOTED;
    }
    return breaks > 0 ? Decision.STRAY : Decision.TEXT_AFTER;
  }

  /** A whole line inside, and the line the quote opens on, are shaped like records. */
  private static boolean shaped(int inner, int firstLine, int headerDelimiters) {
    return inner == headerDelimiters && firstLine == headerDelimiters;
  }
}
