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
 * put back by {@link #unescape}: a quote that is text (in an unquoted field, or a stray quote),
 * CR and LF inside quotes (so a record is one output line and CR, LF and CRLF stay as written),
 * and {@code ESC} itself. A field keeps at most {@link RecordReader#MAX_FIELD} characters; the
 * rest is read and dropped.
 *
 * <p>A quote that opens a field is read ahead (up to {@link #LOOKAHEAD} characters) to decide
 * whether it really opens a quoted field or is read as an ordinary character: stray when the
 * input ends inside it, when its field holds line breaks while the line it opens on and a whole
 * line inside it are both shaped like records (as many delimiters as the header), and when text
 * follows its closing quote after a line break; text after a closing quote on the same line
 * makes the field text as written ({@code "55" screen}). So a quote that would swallow records
 * is never taken for a quoted field silently. Past the look ahead, the quote opens a quoted field
 * (that may run to the end of the input), and text after its closing quote is kept inside it.
 */
final class QuoteFilter extends Reader {
  /** A noncharacter, for internal use by definition: the escape of the output. */
  static final char ESC = '\uFDD0';
  private static final char ESC_QUOTE = '\uFDD1';
  private static final char ESC_CR = '\uFDD2';
  private static final char ESC_LF = '\uFDD3';
  /** How far an opening quote is read ahead: beyond, it is taken to open a quoted field. */
  static final int LOOKAHEAD = RecordReader.MAX_FIELD;
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

  /** What a quote at field start is: it opens a quoted field, or it is text (and why). */
  private enum Decision {
    NONE(null), QUOTED(null), STRAY(RawRecord.QuoteState.STRAY),
    TEXT_AFTER(RawRecord.QuoteState.TEXT_AFTER_QUOTE);

    final RawRecord.QuoteState state;

    Decision(RawRecord.QuoteState state) {
      this.state = state;
    }
  }

  private final Reader in;
  private final char delimiter;
  private final char quote;

  private final char[] inBuf = new char[1 << 16];
  private int inPos;
  private int inLimit;
  private boolean inEof;
  /** Characters given back after a look ahead: read before {@code inBuf}. */
  private char[] back = new char[0];
  private int backPos;
  private int backLimit;
  /** The 0-based offset of the next character. */
  private long offset;
  /** The 1-based line of the next character. */
  private long line = 1;

  private char[] out = new char[1 << 16];
  private int outPos;
  private int outLimit;

  private Mode mode = Mode.RECORD_START;
  private Decision decision = Decision.NONE;
  /** The field being read: its 0-based index in the record and characters kept of it. */
  private int field;
  private int kept;
  private long recordLine;
  private boolean touched;
  private boolean escaped;
  private RawRecord.QuoteState recordQuote = RawRecord.QuoteState.CLOSED;
  /** Delimiters of the first non-empty record, or -1 before it ends. */
  private int headerDelimiters = -1;
  private char[] ahead = new char[256];
  private final ArrayDeque<Shape> shapes = new ArrayDeque<>();
  private final List<Long> strays = new ArrayList<>();

  QuoteFilter(Reader in, Dialect dialect) {
    this.in = in;
    this.delimiter = dialect.delimiter();
    this.quote = dialect.quote();
  }

  /** The shape of the next record the parser returns, in order; one per output line. */
  Shape shape() {
    Shape s = shapes.poll();
    if (s == null) {
      throw new IllegalStateException("a record without a shape");
    }
    return s;
  }

  /** Offsets of the first {@link #MAX_STRAYS_LISTED} stray quotes read so far. */
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
        if (peek() < 0) {
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
    if (peek() != quote) {
      mode = Mode.UNQUOTED;
      return;
    }
    if (decision == Decision.NONE) {
      decision = decide();
    }
    Decision d = decision;
    decision = Decision.NONE;
    touched = true;
    long at = offset;
    next();
    if (d == Decision.QUOTED) {
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
      if (backPos == backLimit && inPos < inLimit) {
        // The common case, in bulk: ordinary characters straight from the input buffer.
        int from = inPos;
        int i = from;
        while (i < inLimit) {
          char c = inBuf[i];
          if (c == delimiter || c == quote || c == '\n' || c == '\r' || c == ESC) {
            break;
          }
          i++;
        }
        if (i > from) {
          touched = true;
          keepRun(i);
          if (i == inLimit) {
            return;
          }
        }
      }
      int c = peek();
      if (c < 0 || c == '\n' || c == '\r') {
        endRecord();
        return;
      }
      next();
      touched = true;
      if (c == delimiter) {
        emit(delimiter);
        field++;
        kept = 0;
        mode = Mode.FIELD_START;
        return;
      }
      if (c == quote) {
        keepEscaped(ESC_QUOTE);
      } else if (c == ESC) {
        keepEscaped(ESC);
      } else {
        keep((char) c);
      }
    }
  }

  /** Inside a quoted field whose opening quote was written out. */
  private void quoted() throws IOException {
    if (backPos == backLimit && inPos < inLimit) {
      int i = inPos;
      while (i < inLimit) {
        char c = inBuf[i];
        if (c == quote || c == '\n' || c == '\r' || c == ESC) {
          break;
        }
        i++;
      }
      if (i > inPos) {
        keepRun(i);
        return;
      }
    }
    int c = next();
    if (c < 0) {
      // The input ended inside: the field holds the rest of it.
      emit(quote);
      recordQuote = RawRecord.QuoteState.UNTERMINATED;
      endRecord();
    } else if (c == quote) {
      int p = peek();
      if (p == quote) {
        next();
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
      if (peek() == '\n') {
        next();
        keepEscaped(ESC_LF);
      }
    } else if (c == '\n') {
      line++;
      keepEscaped(ESC_LF);
    } else if (c == ESC) {
      keepEscaped(ESC);
    } else {
      keep((char) c);
    }
  }

  /** Text after a closing quote, up to the end of the field: kept in the field, as written. */
  private void trailing() throws IOException {
    int c = peek();
    if (c < 0 || c == delimiter || c == '\n' || c == '\r') {
      emit(quote);
      mode = Mode.UNQUOTED;
      return;
    }
    next();
    if (c == quote) {
      keepEscaped(ESC_QUOTE);
    } else if (c == ESC) {
      keepEscaped(ESC);
    } else {
      keep((char) c);
    }
  }

  /** Ends the record at a line end (read with it) or the end of the input. */
  private void endRecord() throws IOException {
    int c = next();
    if (c == '\r' && peek() == '\n') {
      next();
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

  /**
   * Reads the quote at field start and what follows, up to where it closes, then gives it all
   * back: whether it opens a quoted field or is a stray quote, to be read as a character.
   */
  private Decision decide() throws IOException {
    Decision quick = backPos == backLimit ? decideInBuffer() : null;
    if (quick != null) {
      return quick;
    }
    long start = offset;
    int n = 0;
    boolean spans = false;
    int firstLine = 0; // delimiters inside the quotes on the line it opens on
    int inner = 0; // delimiters on the current line inside
    Decision d;
    ahead[n++] = (char) next();
    while (true) {
      if (n >= LOOKAHEAD) {
        d = Decision.QUOTED;
        break;
      }
      int c = next();
      if (c < 0) {
        d = Decision.STRAY;
        break;
      }
      if (n + 2 > ahead.length) {
        ahead = Arrays.copyOf(ahead, ahead.length * 2);
      }
      ahead[n++] = (char) c;
      if (c == quote) {
        int p = peek();
        if (p != quote) {
          // Closed; text right after the closing quote makes the whole field text, as written.
          boolean ends = p < 0 || p == delimiter || p == '\n' || p == '\r';
          d = ends ? Decision.QUOTED : spans ? Decision.STRAY : Decision.TEXT_AFTER;
          break;
        }
        ahead[n++] = (char) next();
      } else if (c == delimiter) {
        if (spans) {
          inner++;
        } else {
          firstLine++;
        }
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          ahead[n++] = (char) next();
        }
        if (spans && inner == headerDelimiters
            && field + firstLine == headerDelimiters) {
          // A whole line inside, and the line it opens on, are shaped like records.
          d = Decision.STRAY;
          break;
        }
        spans = true;
        inner = 0;
      }
    }
    giveBack(n);
    offset = start;
    return d;
  }

  /**
   * {@link #decide} when the field ends within the input buffer, without reading anything; null
   * when it does not (or may not).
   */
  private Decision decideInBuffer() {
    boolean spans = false;
    int firstLine = 0;
    int inner = 0;
    int last = Math.min(inLimit, inPos + LOOKAHEAD) - 1; // a character after i is needed
    for (int i = inPos + 1; i < last; i++) {
      char c = inBuf[i];
      if (c == quote) {
        char p = inBuf[i + 1];
        if (p == quote) {
          i++;
          continue;
        }
        boolean ends = p == delimiter || p == '\n' || p == '\r';
        return ends ? Decision.QUOTED : spans ? Decision.STRAY : Decision.TEXT_AFTER;
      } else if (c == delimiter) {
        if (spans) {
          inner++;
        } else {
          firstLine++;
        }
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && inBuf[i + 1] == '\n') {
          i++;
        }
        if (spans && inner == headerDelimiters && field + firstLine == headerDelimiters) {
          return Decision.STRAY;
        }
        spans = true;
        inner = 0;
      }
    }
    return null;
  }

  /** Puts {@code ahead[0..n)} back in front of the characters still to read. */
  private void giveBack(int n) {
    int rest = backLimit - backPos;
    char[] b = rest == 0 && back.length >= n ? back : new char[n + rest];
    System.arraycopy(back, backPos, b, n, rest);
    System.arraycopy(ahead, 0, b, 0, n);
    back = b;
    backPos = 0;
    backLimit = n + rest;
  }

  /** Keeps the ordinary characters {@code inBuf[inPos..end)}, up to the cap, and reads them. */
  private void keepRun(int end) {
    int n = Math.min(end - inPos, RecordReader.MAX_FIELD - kept);
    if (n > 0) {
      room(n);
      System.arraycopy(inBuf, inPos, out, outLimit, n);
      outLimit += n;
      kept += n;
    }
    offset += end - inPos;
    inPos = end;
  }

  /** Keeps one character of the field, if under the cap. */
  private void keep(char c) {
    if (kept < RecordReader.MAX_FIELD) {
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

  private int peek() throws IOException {
    if (backPos < backLimit) {
      return back[backPos];
    }
    if (inPos >= inLimit && !fill()) {
      return -1;
    }
    return inBuf[inPos];
  }

  private int next() throws IOException {
    if (backPos < backLimit) {
      offset++;
      return back[backPos++];
    }
    if (inPos >= inLimit && !fill()) {
      return -1;
    }
    offset++;
    return inBuf[inPos++];
  }

  private boolean fill() throws IOException {
    if (inEof) {
      return false;
    }
    int n;
    do {
      n = in.read(inBuf, 0, inBuf.length);
    } while (n == 0);
    if (n < 0) {
      inEof = true;
      inPos = 0;
      inLimit = 0;
      return false;
    }
    inPos = 0;
    inLimit = n;
    return true;
  }
}
