package dev.report.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Finds a file's encoding and dialect from its bytes. */
final class Sniffer {
  /** How much of the file's start is used to sniff the dialect (bytes). */
  static final int HEAD = 64 * 1024;
  /** Lines of the head looked at to choose the delimiter. */
  private static final int SNIFF_LINES = 200;
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};

  private Sniffer() {}

  /** What the bytes of a file say about it. */
  record Probe(TextEncoding encoding, Dialect dialect, boolean binary, long size) {}

  static Probe probe(Path file) throws IOException {
    long size = Files.size(file);
    byte[] head = new byte[HEAD];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, HEAD);
    }
    TextEncoding bom = TextEncoding.fromBom(head, n);
    if (bom == null) {
      bom = utf16WithoutBom(head, n);
    }
    if (bom == null && looksBinary(head, n)) {
      return new Probe(TextEncoding.UTF_8, Dialect.DEFAULT, true, size);
    }
    TextEncoding encoding = bom != null && bom != TextEncoding.UTF_8_BOM ? bom
        : utf8(Utf8Validator.classify(file, bom == null ? 0 : bom.bomLength()), bom != null);
    int skip = encoding.bomLength();
    String text = new String(head, skip, n - skip, encoding.charset());
    return new Probe(encoding, sepLine(text), false, size);
  }

  /**
   * The encoding of a file with or without a UTF-8 byte order mark: Windows-1252 only when it
   * reads as it throughout and has no mark.
   */
  private static TextEncoding utf8(Utf8Validator.Verdict verdict, boolean bom) {
    return switch (verdict) {
      case VALID -> bom ? TextEncoding.UTF_8_BOM : TextEncoding.UTF_8;
      case NO_UTF8 -> bom ? TextEncoding.UTF_8_BOM_MIXED : TextEncoding.WINDOWS_1252;
      case MIXED -> bom ? TextEncoding.UTF_8_BOM_MIXED : TextEncoding.UTF_8_MIXED;
    };
  }

  /**
   * True when the head is mostly binary: more than one byte in {@link #BINARY_SHARE} is a control
   * character, NUL included (tab, line feed, carriage return and form feed are text). Random or
   * compressed bytes (images, zips) have about one in nine; a text file with a few NULs or other
   * control characters is text, and those characters are reported where they are.
   */
  static boolean looksBinary(byte[] head, int n) {
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && (long) control * BINARY_SHARE > n;
  }

  /** The share of control bytes, one in this many, past which a head is binary. */
  static final int BINARY_SHARE = 20;

  /**
   * UTF-16 without a byte order mark, from the pattern of NULs that its ASCII characters make
   * (a CSV has at least its delimiters and line ends): at least a quarter of the 2-byte units
   * have a NUL on one side, one in ten of those or fewer on the other, and the text they make is
   * not binary by the measure of {@link #looksBinary}. {@code null} when the head is not so.
   */
  static TextEncoding utf16WithoutBom(byte[] head, int n) {
    int units = n / 2;
    if (units < 2) {
      return null;
    }
    int even = 0; // NULs at even offsets: the high bytes of ASCII in big endian
    int odd = 0;
    for (int i = 0; i + 1 < n; i += 2) {
      even += head[i] == 0 ? 1 : 0;
      odd += head[i + 1] == 0 ? 1 : 0;
    }
    TextEncoding found = odd * 4 >= units && even * 10 <= odd ? TextEncoding.UTF_16LE_NO_BOM
        : even * 4 >= units && odd * 10 <= even ? TextEncoding.UTF_16BE_NO_BOM : null;
    if (found == null) {
      return null;
    }
    String text = new String(head, 0, units * 2, found.charset());
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return (long) control * BINARY_SHARE > text.length() ? null : found;
  }

  /**
   * The dialect of {@code text}: the delimiter its first line names in Excel's way,
   * {@code sep=X} ({@code sep} in any case, X any character but a line end or {@code "}, and
   * nothing else on the line), else the one sniffed.
   */
  static Dialect sepLine(String text) {
    boolean sep = text.length() >= 5 && text.regionMatches(true, 0, "sep=", 0, 4)
        && text.charAt(4) != '"' && text.charAt(4) != '\n' && text.charAt(4) != '\r'
        && (text.length() == 5 || text.charAt(5) == '\n' || text.charAt(5) == '\r');
    if (!sep) {
      return sniffDialect(text);
    }
    int next = text.length() > 6 && text.charAt(5) == '\r' && text.charAt(6) == '\n' ? 7 : 6;
    Dialect rest = sniffDialect(text.substring(Math.min(next, text.length())));
    Dialect.LineEnding ending = text.length() == 5 ? Dialect.LineEnding.NONE
        : next == 7 ? Dialect.LineEnding.CRLF
        : text.charAt(5) == '\r' ? Dialect.LineEnding.CR : Dialect.LineEnding.LF;
    return new Dialect(text.charAt(4), rest.quote(), ending, Dialect.Header.FIRST_LINE,
        Dialect.Preamble.SEP_LINE);
  }

  /**
   * Chooses the delimiter whose count per line is most often the same, non-zero, across the first
   * lines (quoted parts ignored); ties go to the order , ; tab |.
   */
  static Dialect sniffDialect(String text) {
    Dialect.LineEnding ending = lineEnding(text);
    char best = ',';
    double bestScore = 0;
    for (char d : DELIMITERS) {
      int[] counts = countsPerLine(text, d);
      double score = consistency(counts);
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    if (bestScore == 0) {
      best = singleColumnHeader(text, best);
    }
    return new Dialect(best, '"', ending);
  }

  /**
   * The header names one column whatever the delimiter: the delimiter found (outside quotes) on
   * the most records is taken if, and only if, it is on at least half of them and the quotes read
   * well with it (each quoted value ends at a delimiter or a line end); else {@code fallback}. A
   * value that holds a '|' now and then does not split a one-column file.
   */
  private static char singleColumnHeader(String text, char fallback) {
    char best = fallback;
    int bestLines = 0;
    for (char d : DELIMITERS) {
      int[] counts = countsPerLine(text, d);
      int lines = 0;
      for (int i = 1; i < counts.length; i++) {
        lines += counts[i] > 0 ? 1 : 0;
      }
      int records = counts.length - 1;
      if (lines > bestLines && lines * 2 >= records && quotesReadWell(text, d)) {
        best = d;
        bestLines = lines;
      }
    }
    return best;
  }

  /** Whether every quote of the sample opens a field or closes one before a delimiter or line end. */
  private static boolean quotesReadWell(String text, char d) {
    boolean inQuotes = false;
    boolean fieldStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            inQuotes = false;
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            if (next != d && next != '\n' && next != '\r') {
              return false;
            }
          }
        }
        continue;
      }
      if (c == '"') {
        if (!fieldStart) {
          return false;
        }
        inQuotes = true;
      }
      fieldStart = c == d || c == '\n' || c == '\r';
    }
    return true;
  }

  private static Dialect.LineEnding lineEnding(String text) {
    int cr = text.indexOf('\r');
    int lf = text.indexOf('\n');
    if (cr < 0 && lf < 0) {
      return Dialect.LineEnding.NONE;
    }
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      return lf == cr + 1 ? Dialect.LineEnding.CRLF : Dialect.LineEnding.CR;
    }
    return Dialect.LineEnding.LF;
  }

  /**
   * Delimiter count on each record of the sample (outside quotes), from the first non-empty line
   * (the header) on; the last, maybe cut, is left out.
   */
  private static int[] countsPerLine(String text, char d) {
    int[] counts = new int[SNIFF_LINES];
    int lines = 0;
    int count = 0;
    boolean content = false; // the current line has a character
    boolean inQuotes = false;
    for (int i = 0; i < text.length() && lines < SNIFF_LINES; i++) {
      char c = text.charAt(i);
      if (!inQuotes && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        // Empty lines before the header are skipped; the header counts even without d.
        if (content || lines > 0) {
          counts[lines++] = count;
        }
        count = 0;
        content = false;
        continue;
      }
      content = true;
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && c == d) {
        count++;
      }
    }
    if (lines == 0 && count > 0) {
      counts[lines++] = count;
    }
    return Arrays.copyOf(counts, lines);
  }

  /**
   * Score of a delimiter: the share of lines whose count equals the header's, times a small
   * bonus for more columns; zero when the header line has none.
   */
  private static double consistency(int[] counts) {
    if (counts.length == 0 || counts[0] == 0) {
      return 0;
    }
    int same = 0;
    for (int c : counts) {
      if (c == counts[0]) {
        same++;
      }
    }
    double share = (double) same / counts.length;
    return share * 100 + Math.min(counts[0], 50) / 100.0;
  }
}
