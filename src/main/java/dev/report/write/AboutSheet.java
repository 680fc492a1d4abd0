package dev.report.write;

import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The last sheet: how the report was made, and exactly which input bytes it was made from. */
final class AboutSheet {
  /** One input as read: its profile and the SHA-256 of its bytes. */
  record Input(TableProfile profile, String sha256) {}

  static final List<String> INPUT_HEADER = List.of("File", "Path", "Size (bytes)", "SHA-256",
      "Encoding", "Delimiter", "Quote", "Line ending", "Records", "Columns", "Schema");
  static final List<String> COLUMN_HEADER =
      List.of("File", "Column", "Type", "Excel format", "Values", "Missing");

  private final SXSSFSheet sheet;
  private final Styles styles;
  private int next;

  AboutSheet(SXSSFWorkbook wb, Styles styles, SheetNames names) {
    this.styles = styles;
    this.sheet = wb.createSheet(names.reserve("About"));
    int[] widths = {24, 40, 14, 66, 16, 10, 8, 12, 10, 10, 12};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    Print.setUp(sheet, "About", Print.HeaderRow.ONCE);
  }

  void write(RunInfo run, List<Input> inputs) {
    text(row(), 0, "About this report", styles.title);
    next++;
    pair("Tool", run.tool());
    pair("Command", run.commandLine());
    pair("Generated", run.generatedAt());
    pair("Assumed where the data cannot tell", run.assumptions());
    pair("Time zone", run.timeZone());
    pair("Java", run.java());
    next++;
    text(row(), 0, "Inputs", styles.bold);
    header(INPUT_HEADER);
    for (Input in : inputs) {
      TableProfile t = in.profile();
      boolean table = t.status() == TableProfile.Status.TABLE;
      Row r = row();
      text(r, 0, t.fileName(), styles.text);
      text(r, 1, t.file().toString(), styles.text);
      number(r, 2, t.size());
      text(r, 3, in.sha256(), styles.text);
      text(r, 4, t.status() == TableProfile.Status.NOT_TEXT ? "not text" : t.encoding().label(),
          styles.text);
      if (table) {
        text(r, 5, t.dialect().delimiterLabel(), styles.text);
        text(r, 6, String.valueOf(t.dialect().quote()), styles.text);
        text(r, 7, t.dialect().lineEnding().label(), styles.text);
        number(r, 8, t.records());
        number(r, 9, t.width());
        text(r, 10, "inferred", styles.text);
      }
    }
    next++;
    text(row(), 0, "Columns (inferred schema)", styles.bold);
    header(COLUMN_HEADER);
    for (Input in : inputs) {
      TableProfile t = in.profile();
      for (int i = 0; i < t.columns().size(); i++) {
        ColumnType type = t.types().get(i);
        Row r = row();
        text(r, 0, t.fileName(), styles.text);
        text(r, 1, t.columns().get(i), styles.text);
        text(r, 2, type.kind().label(), styles.text);
        text(r, 3, type.excelFormat(), styles.text);
        number(r, 4, t.profiles().get(i).values());
        number(r, 5, t.profiles().get(i).missing());
      }
    }
  }

  private Row row() {
    return sheet.createRow(next++);
  }

  private void pair(String key, String value) {
    Row r = row();
    text(r, 0, key, styles.bold);
    text(r, 1, value, styles.text);
  }

  private void header(List<String> names) {
    Cells.header(row(), names, styles.header);
  }

  private void text(Row r, int col, String s, CellStyle style) {
    Cells.text(r, col, s, style);
  }

  private void number(Row r, int col, long v) {
    Cells.number(r, col, v, styles.integer);
  }
}
