package dev.report.write;

import dev.report.write.xlsx.Sheet;

/** Sheets print as a reader expects: landscape, one page wide, header row on every page. */
final class Print {
  /** Whether the sheet's first row is a header to print on every page. */
  enum HeaderRow { REPEAT, ONCE }

  private Print() {}

  /** {@code source} names what the sheet shows, in the footer. */
  static void setUp(Sheet s, String source, HeaderRow header) {
    // '&' starts a header/footer code, so a literal one is doubled.
    s.printSetUp(source.replace("&", "&&"), "Page &P of &N", header == HeaderRow.REPEAT);
  }
}
