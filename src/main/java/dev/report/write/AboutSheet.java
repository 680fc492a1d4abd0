package dev.report.write;

import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.List;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;

/** The last sheet: how the report was made, and exactly which input bytes it was made from. */
final class AboutSheet {
  /** One input as read: its profile and the SHA-256 of its bytes. */
  record Input(TableProfile profile, String sha256) {}

  static final List<String> INPUT_HEADER = List.of("File", "Path", "Size (bytes)", "SHA-256",
      "Encoding", "Delimiter", "Quote", "Line ending", "Records", "Columns", "Schema");
  static final List<String> COLUMN_HEADER =
      List.of("File", "Column", "Type", "Excel format", "Values", "Missing");

  private final Sheet sheet;
  private final Styles styles;
  private int next;

  AboutSheet(Workbook wb, Styles styles, SheetNames names) {
    this.styles = styles;
    this.sheet = wb.addSheet(names.reserve("About"));
    int[] widths = {24, 40, 14, 66, 16, 10, 8, 12, 10, 10, 12};
    for (int i = 0; i < widths.length; i++) {
      sheet.columnWidth(i, widths[i]);
    }
    Print.setUp(sheet, "About", Print.HeaderRow.ONCE);
  }

  void write(RunInfo run, List<Input> inputs) {
    line("About this report", styles.title);
    next++;
    pair("Tool", run.tool());
    pair("Command", run.commandLine());
    pair("Generated", run.generatedAt());
    pair("Assumed where the data cannot tell", run.assumptions());
    pair("Time zone", run.timeZone());
    pair("Java", run.java());
    next++;
    line("Inputs", styles.bold);
    header(INPUT_HEADER);
    for (Input in : inputs) {
      TableProfile t = in.profile();
      boolean table = t.status() == TableProfile.Status.TABLE;
      row();
      text(0, t.fileName(), styles.text);
      text(1, t.file().toString(), styles.text);
      number(2, t.size());
      text(3, in.sha256(), styles.text);
      text(4, t.status() == TableProfile.Status.NOT_TEXT ? "not text" : t.encoding().label(),
          styles.text);
      if (table) {
        text(5, t.dialect().delimiterLabel(), styles.text);
        text(6, String.valueOf(t.dialect().quote()), styles.text);
        text(7, t.dialect().lineEnding().label(), styles.text);
        number(8, t.records());
        number(9, t.width());
        text(10, "inferred", styles.text);
      }
      sheet.endRow();
    }
    next++;
    line("Columns (inferred schema)", styles.bold);
    header(COLUMN_HEADER);
    for (Input in : inputs) {
      TableProfile t = in.profile();
      for (int i = 0; i < t.columns().size(); i++) {
        ColumnType type = t.types().get(i);
        row();
        text(0, t.fileName(), styles.text);
        text(1, t.columns().get(i), styles.text);
        text(2, type.kind().label(), styles.text);
        text(3, type.excelFormat(), styles.text);
        number(4, t.profiles().get(i).values());
        number(5, t.profiles().get(i).missing());
        sheet.endRow();
      }
    }
  }

  /** Starts the next row; the caller ends it. */
  private void row() {
    sheet.startRow(next++);
  }

  /** A row of one cell in column A. */
  private void line(String s, int style) {
    row();
    text(0, s, style);
    sheet.endRow();
  }

  private void pair(String key, String value) {
    row();
    text(0, key, styles.bold);
    text(1, value, styles.text);
    sheet.endRow();
  }

  private void header(List<String> names) {
    Cells.header(sheet, next++, names, styles.header);
  }

  private void text(int col, String s, int style) {
    Cells.text(sheet, col, s, style);
  }

  private void number(int col, long v) {
    sheet.number(col, styles.integer, v);
  }
}
