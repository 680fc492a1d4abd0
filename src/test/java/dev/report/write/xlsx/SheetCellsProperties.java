package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Whatever cells a sheet is given (any double, any text, shared or inline, booleans, styled
 * blanks, formulas with their cached values, in rows and columns with gaps), POI reads back each
 * cell with its type, value and style, no other cell, and the sheet's dimension as the range of
 * the cells written; each distinct shared string is stored once.
 */
class SheetCellsProperties {
  /** The styles cells are written with, registered in this order (index 0 is PLAIN). */
  private static final List<Style> STYLES = List.of(Style.PLAIN,
      Style.PLAIN.withFormat("0.00"), Style.PLAIN.withWrap(),
      Style.PLAIN.withFont(new Style.Font(true, 12, Style.Color.BLUE, false)));

  sealed interface Value {}

  record Num(double v) implements Value {}

  record Text(String s) implements Value {}

  record Shared(String s) implements Value {}

  record Bool(boolean b) implements Value {}

  record Blank() implements Value {}

  record Formula(String f, double cached) implements Value {}

  /** A cell {@code gap} columns after the previous one of its row (the first: after column -1). */
  record Cell(int gap, int style, Value value) {}

  /** A row {@code gap} rows after the previous one of its sheet (the first: after row -1). */
  record Row(int gap, List<Cell> cells) {}

  @Property(tries = 150, seed = "20261128")
  void everyCellReadsBackAsWritten(@ForAll("sheets") List<List<Row>> sheets) throws IOException {
    Path file = Files.createTempFile("cells", ".xlsx");
    try {
      Workbook wb = new Workbook();
      for (Style s : STYLES) {
        assertThat(wb.style(s)).isEqualTo(STYLES.indexOf(s));
      }
      Set<String> shared = new LinkedHashSet<>();
      List<List<Row>> written = new ArrayList<>();
      for (int i = 0; i < sheets.size(); i++) {
        // Every other sheet streamed: its rows go straight to its file, in XML of our own,
        // which must read back as POI's own cells do. A streamed sheet takes no formula: its
        // formulas become their cached numbers.
        Workbook.RowMode mode = i % 2 == 0 ? Workbook.RowMode.CELLS : Workbook.RowMode.STREAMED;
        List<Row> rows = mode == Workbook.RowMode.CELLS ? sheets.get(i) : withoutFormulas(sheets.get(i));
        written.add(rows);
        Sheet sheet = wb.addSheet("S" + i, mode);
        int row = -1;
        for (Row r : rows) {
          row += r.gap();
          sheet.startRow(row);
          int col = -1;
          for (Cell c : r.cells()) {
            col += c.gap();
            write(wb, sheet, col, c, shared);
          }
          sheet.endRow();
        }
        assertThat(sheet.lastRow()).isEqualTo(row);
      }
      Xlsx.write(wb, file);

      try (XSSFWorkbook poi = Xlsx.open(file)) {
        assertThat(poi.getNumberOfSheets()).isEqualTo(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
          check(poi.getSheetAt(i), written.get(i));
        }
        // Each distinct text once in the shared strings, whichever sheet or row used it.
        assertThat(poi.getSharedStringSource().getUniqueCount()).isEqualTo(shared.size());
        int k = 0;
        for (String s : shared) {
          assertThat(poi.getSharedStringSource().getItemAt(k++).getString())
              .isEqualTo(readBack(s));
        }
        // And no item after them.
        int size = shared.size();
        assertThatThrownBy(() -> poi.getSharedStringSource().getItemAt(size))
            .isInstanceOf(IndexOutOfBoundsException.class);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void write(Workbook wb, Sheet sheet, int col, Cell c, Set<String> shared) {
    Value v = c.value();
    if (v instanceof Num n) {
      sheet.number(col, c.style(), n.v());
    } else if (v instanceof Text t) {
      sheet.text(col, c.style(), t.s());
    } else if (v instanceof Shared s) {
      shared.add(s.s());
      sheet.shared(col, c.style(), wb.sharedString(s.s()));
    } else if (v instanceof Bool b) {
      sheet.bool(col, c.style(), b.b());
    } else if (v instanceof Blank) {
      sheet.blank(col, c.style());
    } else if (v instanceof Formula f) {
      sheet.formula(col, c.style(), f.f(), f.cached());
    }
  }

  private static void check(XSSFSheet sheet, List<Row> rows) {
    int row = -1;
    int minCol = Integer.MAX_VALUE;
    int maxCol = -1;
    for (Row r : rows) {
      row += r.gap();
      XSSFRow poiRow = sheet.getRow(row);
      assertThat((Object) poiRow).as("row %d", row).isNotNull();
      assertThat(poiRow.getPhysicalNumberOfCells()).isEqualTo(r.cells().size());
      int col = -1;
      for (Cell c : r.cells()) {
        col += c.gap();
        minCol = Math.min(minCol, col);
        maxCol = Math.max(maxCol, col);
        XSSFCell cell = poiRow.getCell(col);
        assertThat(cell).as("cell %s", A1.cell(row, col)).isNotNull();
        check(cell, c);
      }
    }
    assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(rows.size());
    int first = rows.get(0).gap() - 1;
    String dimension = first == row && minCol == maxCol ? A1.cell(row, minCol)
        : A1.range(first, minCol, row, maxCol);
    assertThat(sheet.getCTWorksheet().getDimension().getRef()).isEqualTo(dimension);
  }

  private static void check(XSSFCell cell, Cell c) {
    String at = cell.getReference();
    assertThat(cell.getCellStyle().getIndex()).as("style of %s", at).isEqualTo((short) c.style());
    Value v = c.value();
    if (v instanceof Num n) {
      if (Double.isNaN(n.v()) || Double.isInfinite(n.v())) {
        error(cell, CellType.ERROR, Double.isNaN(n.v()) ? "#NUM!" : "#DIV/0!");
      } else {
        assertThat(cell.getCellType()).as(at).isEqualTo(CellType.NUMERIC);
        // A spreadsheet has one zero: -0.0 reads back as 0.0.
        assertThat(cell.getNumericCellValue()).as(at).isEqualTo(n.v() == 0 ? 0.0 : n.v());
      }
    } else if (v instanceof Text || v instanceof Shared) {
      String s = v instanceof Text t ? t.s() : ((Shared) v).s();
      assertThat(cell.getCellType()).as(at).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).as(at).isEqualTo(readBack(s));
    } else if (v instanceof Bool b) {
      assertThat(cell.getCellType()).as(at).isEqualTo(CellType.BOOLEAN);
      assertThat(cell.getBooleanCellValue()).as(at).isEqualTo(b.b());
    } else if (v instanceof Blank) {
      assertThat(cell.getCellType()).as(at).isEqualTo(CellType.BLANK);
    } else if (v instanceof Formula f) {
      assertThat(cell.getCellType()).as(at).isEqualTo(CellType.FORMULA);
      assertThat(cell.getCellFormula()).as(at).isEqualTo(f.f());
      double x = f.cached();
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        error(cell, CellType.FORMULA, Double.isNaN(x) ? "#NUM!" : "#DIV/0!");
      } else {
        assertThat(cell.getCachedFormulaResultType()).as(at).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(at).isEqualTo(x == 0 ? 0.0 : x);
      }
    }
  }

  private static void error(XSSFCell cell, CellType type, String error) {
    assertThat(cell.getCellType()).as(cell.getReference()).isEqualTo(type);
    if (type == CellType.FORMULA) {
      assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.ERROR);
    }
    assertThat(FormulaError.forInt(cell.getErrorCellValue()).getString()).isEqualTo(error);
  }

  private static List<Row> withoutFormulas(List<Row> rows) {
    return rows.stream().map(r -> new Row(r.gap(), r.cells().stream()
        .map(c -> c.value() instanceof Formula f ? new Cell(c.gap(), c.style(), new Num(f.cached()))
            : c).toList())).toList();
  }

  /**
   * Spreadsheets read {@code _xHHHH_} in a text as the character U+HHHH: the writer protects a
   * literal one (as {@code _x005F_xHHHH_}) in cells, shared strings and comments, so that every
   * text reads back as given, and only once (a text already in that form stays as given too).
   */
  @Test
  void escapeLikeTextReadsBackAsGiven() throws IOException {
    Path file = Files.createTempFile("escapes", ".xlsx");
    try {
      Workbook wb = new Workbook();
      Sheet sheet = wb.addSheet("S");
      sheet.startRow(0);
      sheet.text(0, 0, "_x0041_");
      sheet.text(1, 0, "_x005F_x0041_ _x00e9_ _x12 _x0041");
      sheet.shared(2, 0, wb.sharedString("_x0042_"));
      sheet.shared(3, 0, wb.sharedString("a_x0042_b_x0043_"));
      sheet.endRow();
      sheet.comment(0, 0, "_x0043_", "Ann", 1, 1);
      sheet.comment(0, 1, "see _x00E9_", "Ann", 1, 1);
      Xlsx.write(wb, file);
      try (XSSFWorkbook poi = Xlsx.open(file)) {
        XSSFRow row = poi.getSheetAt(0).getRow(0);
        assertThat(List.of(row.getCell(0).getStringCellValue(),
            row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue(),
            row.getCell(3).getStringCellValue(), row.getCell(0).getCellComment().getString()
                .getString(), row.getCell(1).getCellComment().getString().getString()))
            .containsExactly("_x0041_", "_x005F_x0041_ _x00e9_ _x12 _x0041", "_x0042_",
                "a_x0042_b_x0043_", "_x0043_", "see _x00E9_");
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * A text as it reads back: characters XML 1.0 cannot hold (controls other than tab, LF and CR;
   * U+FFFE, U+FFFF) become '?'; CR stays CR.
   */
  static String readBack(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean invalid = ch < ' ' && ch != '\t' && ch != '\n' && ch != '\r'
          || ch == '\uFFFE' || ch == '\uFFFF';
      b.append(invalid ? '?' : ch);
    }
    return b.toString();
  }

  @Provide
  Arbitrary<List<List<Row>>> sheets() {
    Arbitrary<Integer> rowGap = gaps(50, 1_000, 40_000);
    Arbitrary<Integer> colGap = gaps(30, 600, 1_300);
    Arbitrary<Cell> cell = Combinators.combine(colGap,
        Arbitraries.integers().between(0, STYLES.size() - 1), values()).as(Cell::new);
    Arbitrary<Row> row = Combinators.combine(rowGap, cell.list().ofMinSize(1).ofMaxSize(12))
        .as(Row::new);
    return row.list().ofMinSize(1).ofMaxSize(20).list().ofMinSize(1).ofMaxSize(3);
  }

  private static Arbitrary<Value> values() {
    return Arbitraries.oneOf(numbers().map(Num::new), texts().map(Text::new),
        // A small pool, so that texts repeat across cells, rows and sheets.
        Arbitraries.oneOf(Arbitraries.of("a", "b", " padded ", "Zürich", ""), texts())
            .map(Shared::new),
        Arbitraries.of(true, false).map(Bool::new), Arbitraries.just(new Blank()),
        Combinators.combine(Arbitraries.of("1+2", "SUM(A1:C3)", "IF(A1<>\"x&y\",\"<ok>\",0)",
            "'It''s'!B7*2", "ROUND(PI(),2)", "\"a\"&\"b\""), numbers()).as(Formula::new));
  }

  static Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().withSpecialValue(Double.NaN)
            .withSpecialValue(Double.POSITIVE_INFINITY).withSpecialValue(Double.NEGATIVE_INFINITY)
            .withSpecialValue(Double.MIN_VALUE).withSpecialValue(-Double.MAX_VALUE),
        Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
            .map(Long::doubleValue),
        // Decimals with a few places, the usual spreadsheet number.
        Combinators.combine(Arbitraries.integers().between(-10_000_000, 10_000_000),
            Arbitraries.of(10.0, 100.0, 1000.0, 10000.0, 100000.0)).as((m, p) -> m / p),
        Arbitraries.of(-0.0, 0.1 + 0.2, 1e-5, 1e-300, 4.9e-324, 1e308, 2.2250738585072014e-308,
            123456789012345678.0, 0.30000000000000004, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  /** Texts made of awkward pieces: markup, line breaks, spaces at the ends, emoji, controls. */
  static Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().ascii().ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(3),
        Arbitraries.of(" ", "  ", "\n", "\r", "\r\n", "\t", "<", ">", "&", "\"", "'", "]]>",
            "&amp;", "😀", "𝄞", "é", "€", "中文", "\u00A0", "\u0085", "\u2028", "\uFFFE", "\uFFFF",
            "\uFFFD", "=1+2", "_x0041_", "_x00e9_", "_x", "x00", "41_"));
    return piece.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  /** Mostly 1 (neighbours), sometimes a few, now and then a long way. */
  private static Arbitrary<Integer> gaps(int few, int farFrom, int farTo) {
    return Arbitraries.integers().between(0, 11).flatMap(k -> k < 8 ? Arbitraries.just(1)
        : k < 11 ? Arbitraries.integers().between(2, few)
        : Arbitraries.integers().between(farFrom, farTo));
  }
}
