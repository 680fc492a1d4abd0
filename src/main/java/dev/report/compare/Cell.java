package dev.report.compare;

import dev.report.analyze.ExcelDate;
import dev.report.check.CellText;
import dev.report.read.ColumnType;
import dev.report.read.Value;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A data cell as the workbook holds it, the form in which a baseline and a new value are compared:
 * a number (dates and times as Excel serials), a text, a boolean or nothing. A range is its text.
 */
public sealed interface Cell {
  Cell BLANK = new Blank();

  record Num(double value) implements Cell {}

  record Txt(String text) implements Cell {}

  record Bool(boolean value) implements Cell {}

  record Blank() implements Cell {}

  /** The cell a data sheet writes for {@code v} in the column's first (or only) sheet column. */
  static Cell of(Value v) {
    if (v instanceof Value.Empty) {
      return BLANK;
    } else if (v instanceof Value.Decimal d) {
      return new Num(d.value());
    } else if (v instanceof Value.Date d) {
      return ExcelDate.fits(d.date().atStartOfDay())
          ? new Num(ExcelDate.serial(d.date().atStartOfDay())) : new Txt(CellText.clean(d.text()));
    } else if (v instanceof Value.DateTime d) {
      return ExcelDate.fits(d.dateTime())
          ? new Num(ExcelDate.serial(d.dateTime())) : new Txt(CellText.clean(d.text()));
    } else if (v instanceof Value.Time t) {
      return new Num(ExcelDate.serial(t.time()));
    } else if (v instanceof Value.Bool b) {
      return new Bool(b.value());
    }
    // A range, a value that does not fit its column, a text: its text.
    return new Txt(CellText.clean(v.text()));
  }

  /** Whether both are cells of one kind (a number and a text are not). */
  static boolean sameKind(Cell a, Cell b) {
    return a.getClass() == b.getClass() || a instanceof Blank || b instanceof Blank;
  }

  /**
   * The cell as a person reads it, for notes, keys and changes.csv: a number in plain digits, a
   * date or time of a column of {@code kind} as ISO 8601, a boolean as TRUE or FALSE.
   */
  static String show(Cell c, ColumnType.Kind kind) {
    if (c instanceof Txt t) {
      return t.text();
    } else if (c instanceof Bool b) {
      return b.value() ? "TRUE" : "FALSE";
    } else if (c instanceof Num n) {
      return number(n.value(), kind);
    }
    return "";
  }

  private static String number(double v, ColumnType.Kind kind) {
    if (kind != null && (kind.isTemporal() || kind == ColumnType.Kind.TIME) && v >= 0 && v < 2_958_466) {
      LocalDateTime t = DateUtil.getLocalDateTime(v, false, true).truncatedTo(ChronoUnit.SECONDS);
      return switch (kind) {
        case DATE, MONTH -> t.toLocalDate().toString();
        case TIME -> t.toLocalTime().toString();
        default -> t.toString().replace('T', ' ');
      };
    }
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
