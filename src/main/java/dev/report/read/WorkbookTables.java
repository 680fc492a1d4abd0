package dev.report.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The tables of an Excel workbook: one per visible, non-empty worksheet, each profiled by the
 * first pass. Tables are named after their sheet; see {@link #name}.
 */
public final class WorkbookTables {
  private WorkbookTables() {}

  /**
   * What a workbook holds.
   *
   * @param tables one per visible worksheet that has cells, in workbook order
   * @param skipped one sentence per sheet passed over (hidden, a chart, empty)
   * @param sheets the names of all its sheets, in workbook order
   * @param left the worksheets not read because report.yaml says {@code skip: true}
   * @param filled by sheet name, in workbook order: which merged ranges were filled down from
   *     their top cell, for the sheets where some were
   */
  public record Found(List<TableProfile> tables, List<String> skipped, List<String> sheets,
      List<String> left, Map<String, String> filled) {}

  /** Whether {@code file} is read as a workbook: named {@code *.xlsx}, {@code *.xlsm}, {@code *.xls}. */
  public static boolean isWorkbook(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
  }

  /** First pass over every sheet of {@code file}; a workbook that cannot be opened is an IOException. */
  public static Found profile(Path file, ReadOptions options) throws IOException {
    return profile(file, options, sheet -> false);
  }

  /** The same, with the worksheets that {@code leaveOut} accepts (by name) not read at all. */
  public static Found profile(Path file, ReadOptions options, Predicate<String> leaveOut)
      throws IOException {
    List<String> left = new ArrayList<>();
    List<TableProfile> tables = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> sheets = new ArrayList<>();
    Map<String, String> filled = new LinkedHashMap<>();
    try (XlsxFile book = XlsxFile.open(file)) {
      for (XlsxFile.SheetEntry s : book.sheets) {
        sheets.add(s.name());
        switch (s.kind()) {
          case HIDDEN -> skipped.add("the sheet \"" + s.name() + "\" is hidden: it was not read");
          case CHART -> skipped.add("the sheet \"" + s.name() + "\" is a chart: it was not read");
          case WORKSHEET -> {
            if (leaveOut.test(s.name())) {
              left.add(s.name());
              continue;
            }
            TableProfile t = SheetTable.profile(file, book, s, sheets.size(), options,
                said -> filled.put(s.name(), said));
            if (t.status() == TableProfile.Status.EMPTY) {
              skipped.add("the sheet \"" + s.name() + "\" is empty: it was not read");
            } else {
              tables.add(t);
            }
          }
        }
      }
    }
    return new Found(tables, skipped, sheets, left, filled);
  }

  /**
   * Names the tables of one workbook: the file's name for its only table, else the sheet's.
   * {@link #prefix} makes names unique across inputs afterwards.
   */
  public static List<TableProfile> name(Path file, List<TableProfile> tables) {
    return name(file, tables, tables.size());
  }

  /**
   * The same, for a workbook of {@code count} tables: those left out by report.yaml count, so
   * that leaving one out renames no other.
   */
  public static List<TableProfile> name(Path file, List<TableProfile> tables, int count) {
    String base = file.getFileName().toString();
    base = base.substring(0, base.lastIndexOf('.'));
    List<TableProfile> out = new ArrayList<>();
    for (TableProfile t : tables) {
      out.add(t.withSheet(t.sheet().named(count == 1 ? base : t.sheet().sheet())));
    }
    return out;
  }

  /** The table renamed {@code <file> <sheet>}: its name is also another table's. */
  public static TableProfile prefix(TableProfile t) {
    String base = t.file().getFileName().toString();
    base = base.substring(0, base.lastIndexOf('.'));
    return t.withSheet(t.sheet().named(base + " " + t.sheet().sheet()));
  }
}
