package dev.report.write;

import dev.report.read.ColumnType;
import dev.report.read.TableProfile;
import java.util.List;
import dev.report.write.xlsx.A1;
import dev.report.write.xlsx.Sheet;
import dev.report.write.xlsx.Workbook;

/** The last sheet: how the report was made, and exactly which input bytes it was made from. */
final class AboutSheet {
  /** One input as read: its profile and the SHA-256 of its bytes. */
  record Input(TableProfile profile, String sha256) {}

  static final List<String> INPUT_HEADER = List.of("File", "Path", "Size (bytes)", "SHA-256",
      "Encoding", "Delimiter", "Quote", "Line ending", "Records", "Columns", "Schema",
      "Header row", "Range read");
  static final List<String> COLUMN_HEADER =
      List.of("File", "Column", "Type", "Excel format", "Values", "Missing");

  private final Styles styles;
  private final Rows rows;

  AboutSheet(Workbook wb, Styles styles, SheetNames names) {
    this.styles = styles;
    Sheet sheet = wb.addSheet(names.reserve("About"));
    this.rows = new Rows(sheet, styles);
    // Column A holds the labels of write(): the longest, "Assumed where the data cannot tell",
    // is 34 characters.
    int[] widths = {36, 40, 14, 66, 16, 10, 8, 12, 10, 10, 12, 12, 16};
    for (int i = 0; i < widths.length; i++) {
      sheet.columnWidth(i, widths[i]);
    }
    Print.setUp(sheet, "About", Print.HeaderRow.ONCE);
  }

  void write(RunInfo run, List<Input> inputs) {
    rows.line("About this report", styles.title);
    rows.gap();
    pair("Tool", run.tool());
    pair("Command", run.commandLine());
    pair("Generated", run.generatedAt());
    pair("Assumed where the data cannot tell", run.assumptions());
    pair("Time zone", run.timeZone());
    pair("Java", run.java());
    rows.gap();
    rows.line("Inputs", styles.bold);
    rows.header(INPUT_HEADER);
    for (Input in : inputs) {
      TableProfile t = in.profile();
      boolean table = t.status() == TableProfile.Status.TABLE;
      rows.start();
      rows.text(0, t.fileName(), styles.text);
      rows.text(1, t.file().toString(), styles.text);
      rows.number(2, t.size());
      rows.text(3, in.sha256(), styles.text);
      if (t.sheet() != null) {
        // A worksheet: where its header was found and which cells were read.
        rows.text(4, "Excel sheet", styles.text);
        if (table) {
          rows.number(8, t.records());
          rows.number(9, t.width());
          rows.text(10, "inferred", styles.text);
          rows.number(11, t.sheet().headerRow());
          rows.text(12, A1.sheetAsWritten(t.sheet().sheet()) + "!" + t.sheet().range(),
              styles.text);
        }
      } else {
        rows.text(4, t.status() == TableProfile.Status.NOT_TEXT ? "not text"
            : t.encoding().label(), styles.text);
      }
      if (table && t.sheet() == null) {
        rows.text(5, t.dialect().delimiterOrigin(), styles.text);
        rows.text(6, String.valueOf(t.dialect().quote()), styles.text);
        rows.text(7, t.dialect().lineEnding().label(), styles.text);
        rows.number(8, t.records());
        rows.number(9, t.width());
        rows.text(10, "inferred", styles.text);
      }
      rows.end();
    }
    rows.gap();
    rows.line("Columns (inferred schema)", styles.bold);
    rows.header(COLUMN_HEADER);
    for (Input in : inputs) {
      TableProfile t = in.profile();
      for (int i = 0; i < t.columns().size(); i++) {
        ColumnType type = t.types().get(i);
        rows.start();
        rows.text(0, t.fileName(), styles.text);
        rows.text(1, t.columns().get(i), styles.text);
        rows.text(2, type.kind().label(), styles.text);
        rows.text(3, type.excelFormat(), styles.text);
        rows.number(4, t.profiles().get(i).values());
        rows.number(5, t.profiles().get(i).missing());
        rows.end();
      }
    }
  }

  private void pair(String key, String value) {
    rows.start();
    rows.text(0, key, styles.bold);
    rows.text(1, value, styles.text);
    rows.end();
  }
}
