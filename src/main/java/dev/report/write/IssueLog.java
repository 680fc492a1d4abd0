package dev.report.write;

import dev.report.ReportException;
import dev.report.check.CellText;
import dev.report.check.Issue;
import dev.report.check.IssueSink;
import dev.report.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.report.write.xlsx.A1;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;

/**
 * Takes every issue as it is found and writes it at once to the Issues sheet and to issues.csv,
 * keeping only counts and the first few per file for the console. Checks emit a file's issues in
 * line and column order and files come in name order, so both outputs come out sorted.
 */
final class IssueLog implements IssueSink {
  /** The Issues sheet's and issues.csv's header; the first six columns are a contract. */
  static final List<String> HEADER =
      List.of("Severity", "File", "Line", "Column", "Value", "Problem", "Rule", "Suggestion");
  /** Characters of a value shown in the Issues sheet and issues.csv. */
  static final int VALUE_MAX = 1_000;

  /** Issue counts of one file. */
  static final class Counts {
    long errors;
    long warnings;
    /** Where the file's first issue is on the Issues sheet: sheet name and 0-based row, or null. */
    String firstSheet;
    int firstRow;
    /** The first CONSOLE_PER_FILE issues, then further errors until it holds that many errors. */
    final List<Issue> first = new ArrayList<>();
  }

  private final SheetSeries sheet;
  private final Writer csv;
  /** issues.csv's final path, named when writing it fails. */
  private final Path csvPath;
  private final Styles styles;
  private final Map<String, Counts> byFile = new LinkedHashMap<>();
  private String atFile;
  private long atLine;
  private String atSheet;
  private int atRow;
  private SheetLayout atLayout;
  private long total;
  /** Line numbers made links so far (see {@link Links#MAX_PER_SHEET_SERIES}). */
  private int links;

  IssueLog(Workbook wb, Styles styles, SheetNames names, Writer csv, Path csvPath,
      int maxRows) {
    this.styles = styles;
    this.sheet = new SheetSeries(wb, styles, names, names.reserve("Issues"), HEADER, maxRows,
        IssueLog::layout);
    this.csv = csv;
    this.csvPath = csvPath;
    writeCsvRow(HEADER);
  }

  /**
   * Says where the record checked next is written, so that its issues link to its cells:
   * {@code line} of {@code file} is row {@code rowIndex} (0-based) of {@code sheetName}.
   */
  void at(String file, long line, String sheetName, int rowIndex, SheetLayout layout) {
    this.atLayout = layout;
    this.atFile = file;
    this.atLine = line;
    this.atSheet = sheetName;
    this.atRow = rowIndex;
  }

  @Override
  public void accept(Issue issue) {
    total++;
    Counts c = counts(issue.file());
    if (issue.severity() == Severity.ERROR) {
      c.errors++;
    } else if (issue.severity() == Severity.WARNING) {
      c.warnings++;
    }
    if (c.first.size() < IssueCounts.CONSOLE_PER_FILE
        || issue.severity() == Severity.ERROR && c.errors <= IssueCounts.CONSOLE_PER_FILE) {
      c.first.add(issue);
    }
    String value = shorten(issue.value());
    if (c.firstSheet == null) {
      c.firstSheet = sheet.nextSheetName();
      c.firstRow = sheet.nextRowIndex();
    }
    int r = sheet.claimRow(); // first: it may start a continuation sheet
    Sheet s = sheet.currentSheet();
    s.startRow(r);
    text(s, 0, issue.severity().label());
    text(s, 1, issue.file());
    if (issue.line() > 0) {
      s.number(2, styles.integer, issue.line());
      if (issue.file().equals(atFile) && issue.line() == atLine
          && links++ < Links.MAX_PER_SHEET_SERIES) {
        String col = A1.column(Math.max(0, atLayout.sheetColumn1(issue.column()) - 1));
        s.internalLink(r, 2, A1.sheet(atSheet) + "!" + col + (atRow + 1));
      }
    }
    text(s, 3, issue.columnName());
    text(s, 4, value);
    text(s, 5, issue.problem());
    text(s, 6, issue.rule().code());
    text(s, 7, issue.suggestion());
    s.endRow();
    writeCsvRow(List.of(issue.severity().label(), issue.file(),
        issue.line() > 0 ? Long.toString(issue.line()) : "", issue.columnName(), value,
        issue.problem(), issue.rule().code(), issue.suggestion()));
  }

  /** Frozen header, print setup and column widths of each sheet of the log. */
  private static void layout(Sheet s) {
    s.freezeHeaderRow();
    Print.setUp(s, "Issues", Print.HeaderRow.REPEAT);
    int[] widths = {9, 22, 7, 18, 24, 90, 16, 40};
    for (int i = 0; i < widths.length; i++) {
      s.columnWidth(i, widths[i]);
    }
  }

  Counts counts(String file) {
    return byFile.computeIfAbsent(file, f -> new Counts());
  }

  /** The sheets of the log: Issues, then Issues (2), ... */
  List<Sheet> sheets() {
    return sheet.sheets();
  }

  long total() {
    return total;
  }

  /** Writes the "no issues" line when there were none. */
  void finish() {
    if (total == 0) {
      Sheet s = sheet.currentSheet();
      s.startRow(sheet.claimRow());
      text(s, 0, "No issues found.");
      s.endRow();
    } else {
      // On each sheet of the log.
      List<Sheet> sheets = sheet.sheets();
      for (int i = 0; i < sheets.size(); i++) {
        sheets.get(i).autoFilter(sheet.lastRowIndex(i), HEADER.size() - 1);
      }
    }
  }

  private void text(Sheet s, int col, String text) {
    Cells.text(s, col, text, styles.text);
  }

  /** At most {@code VALUE_MAX} characters and a mark, never half of a surrogate pair. */
  private static String shorten(String s) {
    if (s.length() <= VALUE_MAX) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(VALUE_MAX - 1)) ? VALUE_MAX - 1 : VALUE_MAX;
    return s.substring(0, end) + "…";
  }

  private void writeCsvRow(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          csv.write(',');
        }
        csv.write(Csv.quote(Csv.inert(fields.get(i))));
      }
      csv.write("\r\n");
    } catch (IOException e) {
      throw ReportException.unwritable(csvPath, ReportException.reason(e), e);
    }
  }
}
