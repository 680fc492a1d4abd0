package dev.report.write;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Sheets print as a reader expects: landscape, one page wide, header row on every page. */
final class Print {
  /** Whether the sheet's first row is a header to print on every page. */
  enum HeaderRow { REPEAT, ONCE }

  private Print() {}

  /** {@code source} names what the sheet shows, in the footer. */
  static void setUp(Sheet s, String source, HeaderRow header) {
    PrintSetup p = s.getPrintSetup();
    p.setLandscape(true);
    p.setPaperSize(PrintSetup.A4_PAPERSIZE);
    p.setFitWidth((short) 1);
    p.setFitHeight((short) 0);
    s.setFitToPage(true);
    s.setAutobreaks(true);
    if (header == HeaderRow.REPEAT) {
      s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }
    // '&' starts a header/footer code, so a literal one is doubled.
    s.getFooter().setLeft(source.replace("&", "&&"));
    s.getFooter().setRight("Page &P of &N");
  }
}
