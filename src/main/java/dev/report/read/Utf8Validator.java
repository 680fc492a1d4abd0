package dev.report.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a whole file is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates). */
final class Utf8Validator {
  private Utf8Validator() {}

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
