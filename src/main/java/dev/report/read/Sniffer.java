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
    if (bom == null && looksBinary(head, n)) {
      return new Probe(TextEncoding.UTF_8, Dialect.DEFAULT, true, size);
    }
    TextEncoding encoding = bom != null ? bom
        : Utf8Validator.isValid(file) ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1252;
    int skip = encoding.bomLength();
    String text = new String(head, skip, n - skip, encoding.charset());
    return new Probe(encoding, sniffDialect(text), false, size);
  }

  /**
   * True when the head holds a NUL byte or many control characters: a text file has neither
   * (UTF-16 without a byte-order mark is not supported, and reads as binary).
   */
  static boolean looksBinary(byte[] head, int n) {
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
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
