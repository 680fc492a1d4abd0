package dev.report.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rewrites CSV text so that opencsv's {@code RFC4180Parser} reads it the way this project's
 * contracts say, and tells what it saw of each record ({@link #shape}). See
 * {@code OpenCsvBehaviourTest} for what the parser does alone.
 *
 * <p>What comes out: one line per record, each ended by LF (whatever ended it in the input).
 * Quotes reach the parser only where they open and close a quoted field, or are doubled inside
 * one. Whatever else the parser would read otherwise is written as {@link #ESC} and a code, and
 * put back by {@link #unescape}: a quote that is text (in an unquoted field, or a quote that
 * {@link QuoteLookahead} does not take for an opening one), CR and LF inside quotes (so a record
 * is one output line and CR, LF and CRLF stay as written), and {@code ESC} itself. A field keeps
 * at most {@link RecordReader#MAX_FIELD} characters; the rest is read and dropped. Text after
 * the closing quote of a field longer than the look ahead is kept inside it.
 */
final class QuoteFilter extends Reader {
  /** A noncharacter, for internal use by definition: the escape of the output. */
  static final char ESC = '\uFDD0';
  private static final char ESC_QUOTE = '\uFDD1';
  private static final char ESC_CR = '\uFDD2';
  private static final char ESC_LF = '\uFDD3';
  /** Stray quote offsets remembered (all are read as characters; only these are listed). */
  static final int MAX_STRAYS_LISTED = 100;

  /**
   * What the filter saw of one record.
   *
   * @param line the 1-based physical line on which it starts
   * @param emptyLine whether it is an empty line (no character at all)
   * @param quote what became of its quotes
   * @param escaped whether its output holds {@link #ESC}: then its fields need {@link #unescape}
   */
  record Shape(long line, boolean emptyLine, RawRecord.QuoteState quote, boolean escaped) {}

  private enum Mode { RECORD_START, FIELD_START, UNQUOTED, QUOTED, TRAILING, DONE }

  private final CharInput in;
  private final QuoteLookahead lookahead;
  private final char delimiter;
  private final char quote;
  /** The 1-based line of the next character. */
  private long line = 1;
  /** Whether a first line that is not a record ({@link Dialect.Preamble}) is still to skip. */
  private boolean preamble;

  private char[] out = new char[1 << 16];
  private int outPos;
  private int outLimit;

  private Mode mode = Mode.RECORD_START;
  /** What the quote at the next field start is, once decided (the decision reads nothing). */
  private QuoteLookahead.Decision decision;
  /** The field being read: its 0-based index in the record and characters kept of it. */
  private int field;
  private int kept;
  private long recordLine;
  private boolean touched;
  private boolean escaped;
  private RawRecord.QuoteState recordQuote = RawRecord.QuoteState.CLOSED;
  /** Delimiters of the first non-empty record, or -1 before it ends. */
  private int headerDelimiters = -1;
  private final ArrayDeque<Shape> shapes = new ArrayDeque<>();
  private final List<Long> strays = new ArrayList<>();

  QuoteFilter(Reader in, Dialect dialect) {
    this.in = new CharInput(in);
    this.lookahead = new QuoteLookahead(dialect);
    this.delimiter = dialect.delimiter();
    this.quote = dialect.quote();
    this.preamble = dialect.preamble() == Dialect.Preamble.SEP_LINE;
  }

  /** The shape of the next record the parser returns, in order; one per output line. */
  Shape shape() {
    Shape s = shapes.poll();
    if (s == null) {
      throw new IllegalStateException("a record without a shape");
    }
    return s;
  }

  /** Offsets of the first {@link #MAX_STRAYS_LISTED} quotes read as characters at field start. */
  List<Long> strayQuotes() {
    return List.copyOf(strays);
  }

  /** A field as written: the output's escapes put back. */
  static String unescape(String s, char quote) {
    int i = s.indexOf(ESC);
    if (i < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ESC && i + 1 < s.length()) {
        char code = s.charAt(++i);
        c = code == ESC_QUOTE ? quote : code == ESC_CR ? '\r' : code == ESC_LF ? '\n' : code;
      }
      b.append(c);
    }
    return b.toString();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (outPos == outLimit) {
      outPos = 0;
      outLimit = 0;
      while (outLimit < out.length / 2 && mode != Mode.DONE) {
        step();
      }
      if (outLimit == 0) {
        return -1;
      }
    }
    int n = Math.min(len, outLimit - outPos);
    System.arraycopy(out, outPos, cbuf, off, n);
    outPos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Reads on in the current mode: at least one character, or the end of the input. */
  private void step() throws IOException {
    switch (mode) {
      case RECORD_START -> {
        if (preamble) {
          skipLine();
        }
        if (in.peek() < 0) {
          mode = Mode.DONE;
          return;
        }
        recordLine = line;
        field = 0;
        kept = 0;
        touched = false;
        escaped = false;
        recordQuote = RawRecord.QuoteState.CLOSED;
        mode = Mode.FIELD_START;
      }
      case FIELD_START -> fieldStart();
      case UNQUOTED -> unquoted();
      case QUOTED -> quoted();
      case TRAILING -> trailing();
      case DONE -> { }
    }
  }

  private void fieldStart() throws IOException {
    if (in.peek() != quote) {
      mode = Mode.UNQUOTED;
      return;
    }
    if (decision == null) {
      decision = lookahead.decide(in, field, headerDelimiters);
    }
    QuoteLookahead.Decision d = decision;
    decision = null;
    touched = true;
    long at = in.offset();
    in.next();
    if (d == QuoteLookahead.Decision.QUOTED) {
      emit(quote);
      mode = Mode.QUOTED;
      return;
    }
    keepEscaped(ESC_QUOTE);
    if (recordQuote == RawRecord.QuoteState.CLOSED) {
      recordQuote = d.state;
    }
    if (strays.size() < MAX_STRAYS_LISTED) {
      strays.add(at);
    }
    mode = Mode.UNQUOTED;
  }

  /** Unquoted text up to a delimiter, a line end or the end of the input. */
  private void unquoted() throws IOException {
    while (true) {
      if (in.direct()) {
        // The common case, in bulk: ordinary characters straight from the input buffer.
        char[] a = in.buffer();
        int i = in.position();
        int limit = in.limit();
        while (i < limit) {
          char c = a[i];
          if (c == delimiter || c == quote || c == '\n' || c == '\r' || c == ESC) {
            break;
          }
          i++;
        }
        if (i > in.position()) {
          touched = true;
          keepRun(i);
          if (i == limit) {
            return;
          }
        }
      }
      int c = in.peek();
      if (c < 0 || c == '\n' || c == '\r') {
        endRecord();
        return;
      }
      in.next();
      touched = true;
      if (c == delimiter) {
        emit(delimiter);
        field++;
        kept = 0;
        mode = Mode.FIELD_START;
        return;
      }
      keepText((char) c);
    }
  }

  /** Inside a quoted field whose opening quote was written out. */
  private void quoted() throws IOException {
    if (in.direct()) {
      char[] a = in.buffer();
      int i = in.position();
      int limit = in.limit();
      while (i < limit) {
        char c = a[i];
        if (c == quote || c == '\n' || c == '\r' || c == ESC) {
          break;
        }
        i++;
      }
      if (i > in.position()) {
        keepRun(i);
        return;
      }
    }
    int c = in.next();
    if (c < 0) {
      // The input ended inside: the field holds the rest of it.
      emit(quote);
      recordQuote = RawRecord.QuoteState.UNTERMINATED;
      endRecord();
    } else if (c == quote) {
      int p = in.peek();
      if (p == quote) {
        in.next();
        if (kept < RecordReader.MAX_FIELD) {
          emit(quote);
          emit(quote);
          kept++;
        }
      } else if (p < 0 || p == delimiter || p == '\n' || p == '\r') {
        emit(quote);
        mode = Mode.UNQUOTED;
      } else {
        mode = Mode.TRAILING;
      }
    } else if (c == '\r') {
      line++;
      keepEscaped(ESC_CR);
      if (in.peek() == '\n') {
        in.next();
        keepEscaped(ESC_LF);
      }
    } else if (c == '\n') {
      line++;
      keepEscaped(ESC_LF);
    } else {
      keepText((char) c);
    }
  }

  /** Text after a closing quote, up to the end of the field: kept in the field, as written. */
  private void trailing() throws IOException {
    int c = in.peek();
    if (c < 0 || c == delimiter || c == '\n' || c == '\r') {
      emit(quote);
      mode = Mode.UNQUOTED;
      return;
    }
    in.next();
    keepText((char) c);
  }

  /** Reads the first line and its line end, which is not a record, and counts it. */
  private void skipLine() throws IOException {
    preamble = false;
    int c;
    do {
      c = in.next();
    } while (c >= 0 && c != '\n' && c != '\r');
    if (c == '\r' && in.peek() == '\n') {
      in.next();
    }
    if (c >= 0) {
      line++;
    }
  }

  /** Ends the record at a line end (read with it) or the end of the input. */
  private void endRecord() throws IOException {
    int c = in.next();
    if (c == '\r' && in.peek() == '\n') {
      in.next();
    }
    boolean empty = !touched && field == 0;
    shapes.add(new Shape(recordLine, empty, recordQuote, escaped));
    if (!empty && headerDelimiters < 0) {
      headerDelimiters = field;
    }
    if (c < 0) {
      mode = Mode.DONE;
      return;
    }
    line++;
    emit('\n');
    mode = Mode.RECORD_START;
  }

  /** Keeps the ordinary characters of the input's buffer up to {@code end}, up to the cap. */
  private void keepRun(int end) {
    int from = in.position();
    int n = Math.min(end - from, RecordReader.MAX_FIELD - kept);
    if (n > 0) {
      room(n);
      System.arraycopy(in.buffer(), from, out, outLimit, n);
      outLimit += n;
      kept += n;
    }
    in.skipTo(end);
  }

  /** Keeps a character of text (a quote and {@link #ESC} escaped), if under the cap. */
  private void keepText(char c) {
    if (c == quote) {
      keepEscaped(ESC_QUOTE);
    } else if (c == ESC) {
      keepEscaped(ESC);
    } else if (kept < RecordReader.MAX_FIELD) {
      emit(c);
      kept++;
    }
  }

  /** Keeps one character of the field written as an escape, if under the cap. */
  private void keepEscaped(char code) {
    if (kept < RecordReader.MAX_FIELD) {
      emit(ESC);
      emit(code);
      escaped = true;
      kept++;
    }
  }

  private void emit(char c) {
    room(1);
    out[outLimit++] = c;
  }

  private void room(int n) {
    if (out.length - outLimit < n) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outLimit + n));
    }
  }
}
