package dev.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Whether a data sheet holds every record of its CSV, in order, each cell its own value: a text
 * cell the text as written, a number cell a number with the text's digits and sign, a date cell
 * the text's day, month and year, a true/false cell the text's word, a blank cell an empty or
 * placeholder text. It judges by meaning, without re-implementing the reader.
 */
final class SheetMatchesRecords {
  /** The texts the README lists as "no value" (compared trimmed, ignoring case). */
  private static final Set<String> PLACEHOLDERS =
      Set.of("", "n/a", "na", "-", "\u2014", "\u2013", "n/d", "nd", "null", "none", "#n/a", "nan");
  private static final Set<String> TRUE = Set.of("true", "yes", "oui");
  private static final Set<String> FALSE = Set.of("false", "no", "non");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private SheetMatchesRecords() {}

  /** {@code records}: the data records (header not), each the texts of its cells. */
  static void check(Sheet sheet, List<List<String>> records) {
    assertThat(sheet.getLastRowNum()).as("data rows of %s", sheet.getSheetName())
        .isEqualTo(records.size());
    List<Column> columns = tableColumns(sheet.getRow(0));
    for (int r = 0; r < records.size(); r++) {
      Row row = sheet.getRow(r + 1);
      List<String> record = records.get(r);
      for (int c = 0; c < Math.max(record.size(), columns.size()); c++) {
        assertThat(c).as("record %d has more cells than the sheet has columns", r + 1)
            .isLessThan(columns.size());
        int at = columns.get(c).at();
        Cell cell = row == null ? null : row.getCell(at);
        String text = c < record.size() ? record.get(c) : null;
        String where = "record " + (r + 1) + ", cell " + (c + 1) + " (" + text + ")";
        if (text == null) {
          assertThat(cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK)
              .as(where + ": a cell the record does not have").isTrue();
          continue;
        }
        matches(cell, text, where);
        if (columns.get(c).range() && row != null) {
          lowAndHigh(row.getCell(at + 1), row.getCell(at + 2), where);
        }
      }
    }
  }

  /** A table column's sheet column (0-based), and whether its low and high ends follow it. */
  private record Column(int at, boolean range) {}

  /**
   * The sheet column (0-based) of each table column: one each, but a range column's low and high
   * ends come right after it, headed by its name and " low", " high".
   */
  private static List<Column> tableColumns(Row header) {
    List<String> names = new ArrayList<>();
    for (int j = 0; header != null && j < header.getLastCellNum(); j++) {
      Cell c = header.getCell(j);
      names.add(c == null ? "" : c.getStringCellValue());
    }
    List<Column> out = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      boolean range = j + 2 < names.size() && names.get(j + 1).startsWith(names.get(j) + " low")
          && names.get(j + 2).startsWith(names.get(j) + " high");
      out.add(new Column(j, range));
      if (range) {
        j += 2;
      }
    }
    return out;
  }

  /** A range's two ends: blank, or numbers with the low one first. */
  private static void lowAndHigh(Cell low, Cell high, String where) {
    boolean lowNumber = low != null && low.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC;
    boolean highNumber = high != null && high.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC;
    assertThat(lowNumber).as(where + ": both ends of a range or neither").isEqualTo(highNumber);
    if (lowNumber) {
      assertThat(low.getNumericCellValue()).as(where + ": low end")
          .isLessThanOrEqualTo(high.getNumericCellValue());
    }
  }

  private static void matches(Cell cell, String text, String where) {
    String trimmed = text.strip().toLowerCase(Locale.ROOT);
    if (cell == null) {
      assertThat(PLACEHOLDERS).as(where + ": no cell").contains(trimmed);
      return;
    }
    switch (cell.getCellType()) {
      case BLANK -> assertThat(PLACEHOLDERS).as(where + ": blank").contains(trimmed);
      case STRING -> assertThat(cell.getStringCellValue()).as(where).isEqualTo(text);
      case BOOLEAN -> assertThat(cell.getBooleanCellValue() ? TRUE : FALSE).as(where)
          .contains(trimmed);
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          isDate(cell.getLocalDateTimeCellValue(), text, where);
        } else {
          isNumber(cell.getNumericCellValue(), text, where);
        }
      }
      default -> fail(where + ": a " + cell.getCellType() + " cell");
    }
  }

  /** The number's significant digits are the text's, and a negative number's text says so. */
  private static void isNumber(double value, String text, String where) {
    String digits = significant(new BigDecimal(Double.toString(Math.abs(value)))
        .stripTrailingZeros().toPlainString());
    String written = significant(text);
    // The reader keeps 15 significant digits, as Excel does.
    assertThat(written).as(where + ": digits of " + value).startsWith(
        digits.length() > 15 ? digits.substring(0, 15) : digits);
    if (value < 0) {
      assertThat(text).as(where + ": sign of " + value).containsAnyOf("-", "(", "\u2212");
    }
  }

  private static String significant(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString().replaceAll("^0+|0+$", "");
  }

  /** The text's numbers include the date's day, month and year (or its last two digits). */
  private static void isDate(LocalDateTime value, String text, String where) {
    List<Integer> numbers = new ArrayList<>();
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group().length() > 9 ? "0" : m.group()));
    }
    assertThat(numbers).as(where + ": date " + value).contains(value.getDayOfMonth());
    assertThat(numbers).as(where + ": date " + value)
        .containsAnyOf(value.getYear(), value.getYear() % 100);
    boolean monthName = text.chars().anyMatch(Character::isLetter);
    if (!monthName) {
      assertThat(numbers).as(where + ": date " + value).contains(value.getMonthValue());
    }
  }
}
