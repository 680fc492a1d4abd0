package dev.report.write;

import dev.report.check.CellText;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Clickable links for cells whose whole text is a web or mail address: only {@code http},
 * {@code https} and {@code mailto}, never {@code javascript:}, {@code file:} or anything else.
 */
final class Links {
  /**
   * Links per table, and line numbers linked on the Issues sheet, at most: POI keeps every link in
   * memory until the workbook is written (300,000 of them ran out of a 256 MB heap), so the rest
   * of a huge column of addresses stays plain text, and later line numbers are plain numbers.
   */
  static final int MAX_PER_SHEET_SERIES = 10_000;
  /** Excel's limit on a hyperlink's address. */
  static final int MAX_ADDRESS = 2_000;

  private Links() {}

  /** What a safe address links to. */
  enum Type { WEB, MAIL }

  /** The kind of link {@code text} makes, or null when it is not a single safe address. */
  static Type type(String text) {
    String t = text.strip();
    if (t.length() < 8 || t.length() > MAX_ADDRESS) {
      return null;
    }
    Type type;
    if (t.regionMatches(true, 0, "http://", 0, 7) || t.regionMatches(true, 0, "https://", 0, 8)) {
      type = Type.WEB;
    } else if (t.regionMatches(true, 0, "mailto:", 0, 7)) {
      type = Type.MAIL;
    } else {
      return null;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>') {
        return null;
      }
    }
    // The address is written to the workbook's XML as it is: no character XML cannot hold.
    if (CellText.hasControl(t)) {
      return null;
    }
    try {
      URI uri = new URI(t);
      if (type == Type.WEB && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return null;
      }
    } catch (URISyntaxException e) {
      return null;
    }
    return type;
  }
}
