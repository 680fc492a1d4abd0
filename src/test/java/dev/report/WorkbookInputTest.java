package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.check.Rule;
import dev.report.check.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel workbooks as inputs (issue 16): a multi-sheet workbook and a one-sheet workbook beside a
 * CSV file, read, checked and reported like CSV files; the report reopened with POI.
 */
class WorkbookInputTest {
  @TempDir Path tmp;
  private Cli.Run run;
  private Path out;

  @BeforeEach
  void report() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    WorkbookFixtures.budget(in);
    WorkbookFixtures.codes(in);
    Files.writeString(in.resolve("hosts.csv"), "host,city\nh1,Paris\nh2,Lyon\n");
    // Excel's lock file of an open workbook: skipped quietly.
    Files.writeString(in.resolve("~$budget.xlsx"), "locked by someone");
    out = tmp.resolve("out");
    run = Cli.run(in.toString(), "-o", out.toString());
  }

  private XSSFWorkbook report(Path dir) throws IOException {
    try (InputStream s = Files.newInputStream(dir.resolve("report.xlsx"))) {
      return new XSSFWorkbook(s);
    }
  }

  @Test
  void eachVisibleSheetIsATableNamedAfterItsSheetOrItsOnlyWorkbook() throws IOException {
    // Warnings only (the same checks as for CSV files): exit 0.
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    try (XSSFWorkbook wb = report(out)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).contains("Partners", "Capex", "codes", "hosts").doesNotContain("Secret");
    }
    assertThat(run.out()).contains("budget.xlsx [Partners]").contains("codes.xlsx [Sheet1]")
        .doesNotContain("~$");
  }

  @Test
  void valuesKeepWhatExcelKnew() throws IOException {
    try (XSSFWorkbook wb = report(out)) {
      Sheet p = wb.getSheet("Partners");
      // The title and the blank row above the header are not data: the header is row 3.
      assertThat(p.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
      Row acme = p.getRow(1);
      assertThat(acme.getCell(0).getStringCellValue()).isEqualTo("Acme");
      Cell joined = acme.getCell(1);
      assertThat(joined.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(joined)).isTrue();
      assertThat(joined.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
      Cell share = acme.getCell(2);
      assertThat(share.getNumericCellValue()).isEqualTo(0.25);
      assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(acme.getCell(3).getNumericCellValue()).isEqualTo(1200);
      assertThat(acme.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      // A formula gives its cached value.
      assertThat(acme.getCell(4).getNumericCellValue()).isEqualTo(2400);
      assertThat(acme.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(acme.getCell(5).getBooleanCellValue()).isTrue();
      // A number stored as text in a number column becomes the number.
      assertThat(p.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(p.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1500);
      // An impossible text date stays as written.
      assertThat(p.getRow(3).getCell(1).getStringCellValue()).isEqualTo("31/02/2024");
      // No cached value, an error value: missing, not guessed.
      assertThat(p.getRow(3).getCell(4) == null
          || p.getRow(3).getCell(4).getCellType() == CellType.BLANK).isTrue();
      assertThat(p.getRow(4).getCell(2) == null
          || p.getRow(4).getCell(2).getCellType() == CellType.BLANK).isTrue();
      Sheet codes = wb.getSheet("codes");
      assertThat(codes.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(codes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("00417");
      assertThat(codes.getRow(3).getCell(0).getStringCellValue()).isEqualTo("04200");
    }
  }

  @Test
  void issuesNameTheWorkbookTheSheetItsRowAndTheHeader() {
    List<String> briefs = IssuesCsv.read(out).stream().map(IssuesCsv.Row::brief).toList();
    assertThat(briefs).containsExactly(
        "budget.xlsx:0:: info: sheet-skipped: the sheet \"Secret\" is hidden: it was not read",
        "budget.xlsx [Capex]:7:high: warning: type-error: expected a whole number like the other"
            + " values of \"high\" (6 values); kept as text",
        "budget.xlsx [Partners]:5:revenue: warning: number-as-text: a number stored as text in a"
            + " column of numbers: it is read as the number (format the cell as a number in the"
            + " workbook)",
        // As for a CSV file: an impossible date is kept as text, with its issue at its cell.
        "budget.xlsx [Partners]:6:joined: warning: type-error: \"31/02/2024\" is not a date that"
            + " exists: there is no month 31; kept as text (check the day and the month)",
        "budget.xlsx [Partners]:6:double: warning: no-cached-value: the formula has no saved value"
            + " (the workbook was saved without calculating it): it is read as a missing value,"
            + " not guessed (open the workbook in Excel or LibreOffice and save it again)",
        "budget.xlsx [Partners]:7:share: warning: cell-error: the cell holds the error value #N/A:"
            + " it is read as a missing value (fix the formula or its inputs in the workbook)");
    assertThat(run.err()).contains("budget.xlsx [Capex]:7:high: warning: expected a whole number");
  }

  @Test
  void theAboutSheetSaysWhereEachSheetsHeaderWasAndWhichCellsWereRead() throws IOException {
    try (XSSFWorkbook wb = report(out)) {
      Sheet about = wb.getSheet("About");
      Row partners = null;
      for (Row r : about) {
        Cell c = r.getCell(0);
        if (c != null && c.getCellType() == CellType.STRING
            && c.getStringCellValue().equals("budget.xlsx [Partners]") && r.getCell(11) != null) {
          partners = r;
          break;
        }
      }
      assertThat(partners).isNotNull();
      assertThat(partners.getCell(3).getStringCellValue()).hasSize(64);
      assertThat(partners.getCell(4).getStringCellValue()).isEqualTo("Excel sheet");
      assertThat(partners.getCell(8).getNumericCellValue()).isEqualTo(6);
      assertThat(partners.getCell(11).getNumericCellValue()).isEqualTo(3);
      assertThat(partners.getCell(12).getStringCellValue()).isEqualTo("Partners!A3:F9");
    }
  }
}
