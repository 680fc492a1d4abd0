package dev.report.write;

import dev.report.write.xlsx.Style;
import dev.report.write.xlsx.Workbook;
import java.util.HashMap;
import java.util.Map;

/** The report's cell styles, as the indexes cells are written with; each registered once. */
final class Styles {
  /** How a cell is marked when it has an issue. */
  /** A cell's mark: none, an issue's, or changed since the earlier report (issue 17). */
  enum Mark { NONE, WARNING, ERROR, CHANGED }

  private static final Style.Font BOLD = new Style.Font(true, 11, null, false);

  private final Workbook wb;
  private final Map<String, Integer> byKey = new HashMap<>();
  final int header;
  final int title;
  final int subtitle;
  final int link;
  final int text;
  /** Text in a column too long to show on one line at its capped width. */
  final int wrapped;
  final int integer;
  final int bold;

  Styles(Workbook wb) {
    this.wb = wb;
    header = wb.style(Style.PLAIN.withFormat("@").withFont(BOLD)
        .withFill(Style.Color.GREY_25_PERCENT).withBottomBorder()
        .withVertical(Style.Vertical.CENTER));
    title = wb.style(Style.PLAIN.withFont(new Style.Font(true, 16, null, false)));
    subtitle = wb.style(Style.PLAIN.withFont(
        new Style.Font(false, 11, Style.Color.GREY_50_PERCENT, false)));
    link = wb.style(Style.PLAIN.withFont(new Style.Font(false, 11, Style.Color.BLUE, true)));
    bold = wb.style(Style.PLAIN.withFont(BOLD));
    text = cell("@", Mark.NONE);
    wrapped = wb.style(spec("@", Mark.NONE).withWrap());
    integer = cell("#,##0", Mark.NONE);
  }

  /** The style of a data cell with Excel number format {@code format}, marked or not. */
  int cell(String format, Mark mark) {
    return byKey.computeIfAbsent(format + '\u0000' + mark, k -> wb.style(spec(format, mark)));
  }

  private static Style spec(String format, Mark mark) {
    Style s = Style.PLAIN.withFormat(format).withVertical(Style.Vertical.TOP);
    return switch (mark) {
      case NONE -> s;
      case WARNING -> s.withFill(Style.Color.LIGHT_YELLOW);
      case ERROR -> s.withFill(Style.Color.ROSE);
      case CHANGED -> s.withFill(Style.Color.LIGHT_TURQUOISE);
    };
  }
}
