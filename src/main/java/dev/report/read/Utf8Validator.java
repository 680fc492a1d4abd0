package dev.report.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a whole file is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates). */
final class Utf8Validator {
  private Utf8Validator() {}

  /** What a file's bytes are, read as UTF-8. */
  enum Verdict {
    /** Well-formed UTF-8 throughout (ASCII included). */
    VALID,
    /**
     * Not UTF-8, and no multi-byte UTF-8 character anywhere: the file reads as Windows-1252
     * throughout.
     */
    NO_UTF8,
    /** Both: multi-byte UTF-8 characters and bytes that are not UTF-8. */
    MIXED
  }

  /**
   * What {@link #tally} found in a run of bytes.
   *
   * @param multibyte well-formed multi-byte characters
   * @param invalid bytes (or maximal invalid prefixes) that start no well-formed character
   * @param end where an unfinished character at the end of the run starts, else the run's end
   */
  record Tally(int multibyte, int invalid, int end) {}

  /**
   * Counts {@code buf[from..end)}: after an invalid byte, reading goes on at the next byte. An
   * unfinished character at the end is not counted; {@link Tally#end} says where it starts.
   */
  static Tally tally(byte[] buf, int from, int end) {
    int multibyte = 0;
    int invalid = 0;
    int i = from;
    while (i < end) {
      int b = buf[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
          : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (len == 0) {
        invalid++;
        i++;
        continue;
      }
      int have = Math.min(len, end - i);
      int cp = b & (0xFF >> (len + 1));
      boolean ok = true;
      for (int k = 1; k < have && ok; k++) {
        int c = buf[i + k] & 0xFF;
        ok = (c & 0xC0) == 0x80;
        cp = (cp << 6) | (c & 0x3F);
      }
      if (ok && have < len) {
        return new Tally(multibyte, invalid, i);
      }
      int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
      if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        invalid++;
        i++;
        continue;
      }
      multibyte++;
      i += len;
    }
    return new Tally(multibyte, invalid, end);
  }

  /** Reads the whole file after its first {@code skip} bytes (a byte order mark). */
  static Verdict classify(Path file, int skip) throws IOException {
    long multibyte = 0;
    long invalid = 0;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(Math.min(skip, Files.size(file)));
      byte[] buf = new byte[1 << 16];
      int carry = 0;
      int n;
      while ((n = in.read(buf, carry, buf.length - carry)) > 0) {
        int end = carry + n;
        Tally t = tally(buf, 0, end);
        multibyte += t.multibyte();
        invalid += t.invalid();
        if (multibyte > 0 && invalid > 0) {
          return Verdict.MIXED;
        }
        carry = end - t.end();
        System.arraycopy(buf, t.end(), buf, 0, carry);
      }
      invalid += carry > 0 ? 1 : 0;
    }
    return invalid == 0 ? Verdict.VALID : multibyte == 0 ? Verdict.NO_UTF8 : Verdict.MIXED;
  }

  static boolean isValid(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int carry = 0; // bytes of an unfinished sequence kept at the start of buf
      int n;
      while ((n = in.read(buf, carry, buf.length - carry)) > 0) {
        int end = carry + n;
        int i = validate(buf, end);
        if (i < 0) {
          return false;
        }
        carry = end - i;
        System.arraycopy(buf, i, buf, 0, carry);
      }
      return carry == 0;
    }
  }

  /**
   * Validates {@code buf[0..end)}; returns -1 on an invalid sequence, else the index where an
   * unfinished final sequence starts (or {@code end}).
   */
  static int validate(byte[] buf, int end) {
    int i = 0;
    while (i < end) {
      int b = buf[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        min = 0x10000;
      } else {
        return -1;
      }
      if (i + len > end) {
        return i;
      }
      int cp = b & (0xFF >> (len + 1));
      for (int k = 1; k < len; k++) {
        int c = buf[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return -1;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return -1;
      }
      i += len;
    }
    return end;
  }
}
