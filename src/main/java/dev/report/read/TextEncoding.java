package dev.report.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings the reader recognises, with the number of byte-order-mark bytes to skip. */
public enum TextEncoding {
  UTF_8("UTF-8", StandardCharsets.UTF_8, 0),
  UTF_8_BOM("UTF-8 with BOM", StandardCharsets.UTF_8, 3),
  /**
   * UTF-8 with bytes that are not: read line by line ({@code LineDecoder}), each line that
   * reads as Windows-1252 and holds no UTF-8 character as Windows-1252, the other bad bytes as
   * U+FFFD.
   */
  UTF_8_MIXED("UTF-8, not all valid", StandardCharsets.UTF_8, 0),
  UTF_8_BOM_MIXED("UTF-8 with BOM, not all valid", StandardCharsets.UTF_8, 3),
  UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE, 2),
  UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE, 2),
  /** Told from the NUL bytes of its ASCII characters (see {@code Sniffer}). */
  UTF_16LE_NO_BOM("UTF-16LE without BOM", StandardCharsets.UTF_16LE, 0),
  UTF_16BE_NO_BOM("UTF-16BE without BOM", StandardCharsets.UTF_16BE, 0),
  WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"), 0);

  private final String label;
  private final Charset charset;
  private final int bomLength;

  TextEncoding(String label, Charset charset, int bomLength) {
    this.label = label;
    this.charset = charset;
    this.bomLength = bomLength;
  }

  /** The name shown to users, e.g. {@code UTF-8 with BOM}. */
  public String label() {
    return label;
  }

  public Charset charset() {
    return charset;
  }

  /** Whether the file is read line by line, some lines as UTF-8 and some not. */
  boolean mixed() {
    return this == UTF_8_MIXED || this == UTF_8_BOM_MIXED;
  }

  /**
   * Whether every U+FFFD of the text stands for bytes that could not be read: the file is not
   * all UTF-8 (a literal U+FFFD of a valid UTF-8 line is then taken for one too).
   */
  public boolean replacesBadBytes() {
    return mixed() || this == WINDOWS_1252;
  }

  /** Bytes at the start of the file that are a byte-order mark, not text. */
  public int bomLength() {
    return bomLength;
  }

  /**
   * The encoding announced by a byte-order mark at the start of {@code head}, or {@code null} when
   * there is none (the caller then looks for UTF-16 from its NUL bytes, tries UTF-8 and falls back
   * to Windows-1252).
   */
  static TextEncoding fromBom(byte[] head, int length) {
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return UTF_8_BOM;
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return UTF_16LE;
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return UTF_16BE;
    }
    return null;
  }
}
