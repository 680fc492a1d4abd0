package dev.report.write;

import dev.report.write.xlsx.Sheet;

/**
 * Sheets print as a reader expects: landscape, header row on every page, one page wide, or
 * several with the first column on each when one page would make the text too small to read.
 */
final class Print {
  /** Whether the sheet's first row is a header to print on every page. */
  enum HeaderRow { REPEAT, ONCE }

  private Print() {}

  /** {@code source} names what the sheet shows, in the footer. */
  static void setUp(Sheet s, String source, HeaderRow header) {
    // '&' starts a header/footer code, so a literal one is doubled.
    s.printSetUp(source.replace("&", "&&"), "Page &P of &N", header == HeaderRow.REPEAT);
  }

  /** Excel's default column width, in characters (8.43, rounded up). */
  static final int DEFAULT_WIDTH = 9;

  /**
   * Characters of column width that one page prints with text no smaller than 8 pt. A4 landscape
   * less Excel's default margins (0.7 inch each side) is about 10.3 inches, 742 pt; a character of
   * column width is 7 pixels of the 11-pt default font, 5.25 pt, so about 140 characters print at
   * 100%; shrunk to 8 pt (73%), about 190.
   */
  static final int CHARS_PER_PAGE = 190;

  /**
   * Prints a sheet {@code chars} characters wide on as many pages wide as keep its text readable
   * ({@link #CHARS_PER_PAGE} each), the first column (what names each row) repeated on each.
   */
  static void pagesWide(Sheet s, int chars) {
    int pages = Math.max(1, (chars + CHARS_PER_PAGE - 1) / CHARS_PER_PAGE);
    if (pages > 1) {
      s.printPagesWide(pages, true);
    }
  }
}
