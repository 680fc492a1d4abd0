package dev.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.report.read.ReadOptions;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker driven as {@code Report} drives it: {@code start()}, then every record of the
 * second pass, then {@code finish()}. Each bad input gets its exact list of issues, in the order
 * they are emitted, and that order must be {@link Issue#ORDER} (the Issues sheet relies on it).
 */
class TableCheckerTest {
  @TempDir Path tmp;

  private static final Severity E = Severity.ERROR;
  private static final Severity W = Severity.WARNING;

  private static final String GIVE_NAME = "give the column a name";
  private static final String OWN_NAME = "give each column its own name";
  private static final String ADD_MISSING = "add the missing delimiters or values";
  private static final String REMOVE_EXTRA =
      "remove the extra delimiter, or quote a value that holds one";
  private static final String REMOVE_LINE = "remove the line";
  private static final String EMPTY_LINE = "an empty line between records";
  private static final String BLANK_RECORD = "the record is blank: every cell is empty";
  private static final String STRAY = "a quote opens a field here and is never closed; it was "
      + "read as an ordinary character so that the rest of the file could be read";
  private static final String TEXT_AFTER = "text follows the closing quote of this field; the field"
      + " was read as written, its quotes as ordinary characters";
  private static final String QUOTE_ALL =
      "quote the whole value, or double a quote that is part of the text";
  private static final String CLOSE_QUOTE =
      "close the quote, or double a quote that is part of the text";
  private static final String CONTROL =
      "the value holds control characters, which Excel cannot show; they were removed in the workbook";

  /** Writes {@code csv} as UTF-8 to {@code name} and checks it. */
  private List<Issue> check(String name, String csv) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return check(file);
  }

  /** Both passes and the checker, exactly as {@code Report.table} runs them. */
  static List<Issue> check(Path file) throws IOException {
    TableProfile t = TableReader.profile(file, ReadOptions.DEFAULT);
    List<Issue> issues = new ArrayList<>();
    TableChecker checker = new TableChecker(t, issues::add);
    checker.start();
    TableReader.read(t, checker::record);
    checker.finish();
    assertThat(issues).as("issues in emitted order").isSortedAccordingTo(Issue.ORDER);
    return issues;
  }

  private static Issue issue(String file, Severity severity, long line, int column, String name,
      String value, String problem, Rule rule, String suggestion) {
    return new Issue(severity, file, line, column, name, value, problem, rule, suggestion);
  }

  // ---- the header ----------------------------------------------------------------------------

  @Test
  void blankHeaderLabelsAreWarningsThatSayTheNameGiven() throws IOException {
    String f = "blank-label.csv";
    List<Issue> issues = check(f, "id,,age,  \n1,a,30,x\n2,b,40,y\n");
    assertThat(issues).containsExactly(
        issue(f, W, 1, 2, "column 2", "",
            "the header of column 2 is blank; it is named \"column 2\"", Rule.BLANK_LABEL,
            GIVE_NAME),
        issue(f, W, 1, 4, "column 4", "  ",
            "the header of column 4 is blank; it is named \"column 4\"", Rule.BLANK_LABEL,
            GIVE_NAME));
  }

  @Test
  void aHeaderOfNoBreakSpacesIsBlankAsTheReaderSeesIt() throws IOException {
    // The reader trims no-break spaces from labels (spreadsheets leave them), so this column is
    // named "column 2"; the checker must call it blank, not a duplicate of itself.
    String f = "nbsp-label.csv";
    List<Issue> issues = check(f, "id,\u00A0,age\n1,a,30\n");
    assertThat(issues).containsExactly(
        issue(f, W, 1, 2, "column 2", "\u00A0",
            "the header of column 2 is blank; it is named \"column 2\"", Rule.BLANK_LABEL,
            GIVE_NAME));
  }

  @Test
  void aLabelWithATrailingNoBreakSpaceIsNotADuplicate() throws IOException {
    String f = "nbsp-name.csv";
    assertThat(check(f, "id,name\u00A0,age\n1,a,30\n")).isEmpty();
  }

  @Test
  void duplicateHeaderLabelsIgnoringCaseAreWarningsThatPointToTheFirst() throws IOException {
    String f = "duplicate-label.csv";
    List<Issue> issues = check(f, "id,name,Name,id, NAME \n1,a,b,2,c\n");
    assertThat(issues).containsExactly(
        issue(f, W, 1, 3, "Name (2)", "Name",
            "the header \"Name\" is also the header of column 2; this column is named \"Name (2)\"",
            Rule.DUPLICATE_LABEL, OWN_NAME),
        issue(f, W, 1, 4, "id (2)", "id",
            "the header \"id\" is also the header of column 1; this column is named \"id (2)\"",
            Rule.DUPLICATE_LABEL, OWN_NAME),
        issue(f, W, 1, 5, "NAME (3)", " NAME ",
            "the header \"NAME\" is also the header of column 2; this column is named \"NAME (3)\"",
            Rule.DUPLICATE_LABEL, OWN_NAME));
  }

  @Test
  void aLabelThatClashesWithANameGivenToABlankLabelPointsToThatColumn() throws IOException {
    // Column 1 is blank, so it is named "column 1"; the label "column 1" of column 2 is then
    // renamed. No other label is "column 1": the issue must not point to the column itself.
    String f = "clash.csv";
    List<Issue> issues = check(f, ",column 1\na,b\n");
    assertThat(issues).containsExactly(
        issue(f, W, 1, 1, "column 1", "",
            "the header of column 1 is blank; it is named \"column 1\"", Rule.BLANK_LABEL,
            GIVE_NAME),
        issue(f, W, 1, 2, "column 1 (2)", "column 1",
            "the header \"column 1\" is also the name given to column 1; this column is named"
                + " \"column 1 (2)\"",
            Rule.DUPLICATE_LABEL, OWN_NAME));
  }

  @Test
  void headerIssuesAreOnTheHeadersOwnLineWhenEmptyLinesComeFirst() throws IOException {
    // Empty lines before the header are not reported; the header is physical line 3.
    String f = "late-header.csv";
    List<Issue> issues = check(f, "\n\nid,\n1,2\n");
    assertThat(issues).containsExactly(
        issue(f, W, 3, 2, "column 2", "",
            "the header of column 2 is blank; it is named \"column 2\"", Rule.BLANK_LABEL,
            GIVE_NAME));
  }

  // ---- the shape of records ------------------------------------------------------------------

  @Test
  void aShortRecordHasOneMissingCellErrorPerMissingCell() throws IOException {
    String f = "short.csv";
    List<Issue> issues = check(f, "a,b,c,d\n1,2,3,4\n5,6\n7,8,9,10\n");
    assertThat(issues).containsExactly(
        issue(f, E, 3, 3, "c", "", "the record has 2 of the header's 4 cells; \"c\" is missing",
            Rule.MISSING_CELL, ADD_MISSING),
        issue(f, E, 3, 4, "d", "", "the record has 2 of the header's 4 cells; \"d\" is missing",
            Rule.MISSING_CELL, ADD_MISSING));
  }

  @Test
  void aLongRecordHasOneExtraCellErrorPerExtraCellWithItsValue() throws IOException {
    String f = "long.csv";
    List<Issue> issues = check(f, "a,b\n1,2\n3,4,x,y\n5,6\n");
    assertThat(issues).containsExactly(
        issue(f, E, 3, 3, "column 3", "x",
            "the record has 4 cells but the header has 2; the extra value is kept in column"
                + " \"column 3\"",
            Rule.EXTRA_CELL, REMOVE_EXTRA),
        issue(f, E, 3, 4, "column 4", "y",
            "the record has 4 cells but the header has 2; the extra value is kept in column"
                + " \"column 4\"",
            Rule.EXTRA_CELL, REMOVE_EXTRA));
  }

  @Test
  void aDelimiterOnlyRecordIsABlankRowWarningAndNothingElse() throws IOException {
    String f = "blank-row.csv";
    // The blank record is also short (2 of 3 cells): blank-row says it all.
    List<Issue> issues = check(f, "a,b,c\n1,2,3\n,,\n4,5,6\n,\n7,8,9\n");
    assertThat(issues).containsExactly(
        issue(f, W, 3, 0, "", "", BLANK_RECORD, Rule.BLANK_ROW, REMOVE_LINE),
        issue(f, W, 5, 0, "", "", BLANK_RECORD, Rule.BLANK_ROW, REMOVE_LINE));
  }

  @Test
  void emptyLinesBetweenRecordsAreBlankRowsButNotAtTheEnd() throws IOException {
    String f = "empty-lines.csv";
    List<Issue> issues = check(f, "a,b\n1,2\n\n\n3,4\n\n5,6\n\n\n\n");
    assertThat(issues).containsExactly(
        issue(f, W, 3, 0, "", "", EMPTY_LINE, Rule.BLANK_ROW, REMOVE_LINE),
        issue(f, W, 4, 0, "", "", EMPTY_LINE, Rule.BLANK_ROW, REMOVE_LINE),
        issue(f, W, 6, 0, "", "", EMPTY_LINE, Rule.BLANK_ROW, REMOVE_LINE));
  }

  @Test
  void emptyLinesWithCrlfCountOneLineEach() throws IOException {
    String f = "empty-lines-crlf.csv";
    List<Issue> issues = check(f, "a,b\r\n1,2\r\n\r\n3,4\r\n\r\n");
    assertThat(issues).containsExactly(
        issue(f, W, 3, 0, "", "", EMPTY_LINE, Rule.BLANK_ROW, REMOVE_LINE));
  }

  @Test
  void emptyLinesBetweenTheHeaderAndTheFirstRecordAreReported() throws IOException {
    String f = "gap.csv";
    List<Issue> issues = check(f, "a,b\n\n1,2\n");
    assertThat(issues).containsExactly(
        issue(f, W, 2, 0, "", "", EMPTY_LINE, Rule.BLANK_ROW, REMOVE_LINE));
  }

  @Test
  void aCleanFileHasNoIssues() throws IOException {
    assertThat(check("clean.csv", "id,name,amount\n1,Ann,12.5\n2,Bob,7\n3,\"C, D\",\n")).isEmpty();
  }

  // ---- values ---------------------------------------------------------------------------------

  @Test
  void aValueThatDoesNotFitAnInferredNumericColumnIsATypeErrorWarning() throws IOException {
    String f = "type-error.csv";
    List<Issue> issues = check(f, "n,label\n1,a\n2,b\n3,c\n4,d\n5,e\n6,f\n7,g\n8,h\n9,i\n12x,j\n");
    assertThat(issues).containsExactly(
        issue(f, W, 11, 1, "n", "12x",
            "expected a whole number like the other values of \"n\" (10 values); kept as text",
            Rule.TYPE_ERROR, ""));
  }

  @Test
  void aTrailingMinusIsSaidAndTheNumberSuggested() throws IOException {
    // Issue 19, item 24: it was called a decimal-mark problem.
    String f = "minus.csv";
    List<Issue> issues = check(f, "x\n1.5\n2.25\n3\n4.75\n1500-\n");
    assertThat(issues).containsExactly(
        issue(f, W, 6, 1, "x", "1500-",
            "expected a number with '.' as decimal mark like the other values of \"x\""
                + " (5 values), but the minus sign comes after the number; kept as text",
            Rule.TYPE_ERROR, "did you mean -1500?"));
  }

  @Test
  void aNumberNearerToZeroThanExcelHoldsIsReportedNotMadeZero() throws IOException {
    // Issue 19, item 17: 1e-400 was read as 0 with no issue.
    String f = "tiny.csv";
    List<Issue> issues = check(f, "x\n1.5\n2.25\n3\n4.75\n1e-400\n1e400\n0.5\n0.25\n1.75\n2\n5\n4\n");
    assertThat(issues).containsExactly(
        issue(f, W, 6, 1, "x", "1e-400",
            "expected a number with '.' as decimal mark like the other values of \"x\""
                + " (12 values), but the number is nearer to 0 than any Excel holds (2.2e-308 is "
                + "the least); kept as text",
            Rule.TYPE_ERROR, "if it means 0, write 0"),
        issue(f, W, 7, 1, "x", "1e400",
            "expected a number with '.' as decimal mark like the other values of \"x\""
                + " (12 values), but the number is beyond the largest one Excel holds (about "
                + "1.8e308); kept as text",
            Rule.TYPE_ERROR, ""));
  }

  @Test
  void numbersWithALetterThatMayBeAUnitAreTextWithOneWarningForTheColumn() throws IOException {
    // Issue 19, item 5: 5 m was read as 5,000,000.
    String f = "units.csv";
    List<Issue> issues = check(f, "name,length\nA,5 m\nB,12 m\nC,0.5 m\n");
    assertThat(issues).containsExactly(
        issue(f, W, 1, 2, "length", "5 m",
            "the values of \"length\" are numbers followed by \"m\" (such as 5 m), a unit or a "
                + "magnitude (thousand, million, billion); they were kept as text",
            Rule.AMBIGUOUS_VALUE, "if it is a unit, name it in the header and write the numbers "
                + "alone; if it is a magnitude, write million or bn, or name the currency in the "
                + "header (such as revenue_usd)"));
    assertThat(check("revenue.csv", "name,revenue_usd\nA,5 m\nB,12 m\nC,0.5 m\n")).isEmpty();
  }

  @Test
  void anAmountInAnotherCurrencyIsReadAndReportedAtItsCell() throws IOException {
    // Issue 19, item 7: the column was text, with no issue.
    String f = "fx.csv";
    List<Issue> issues = check(f, "item,price\nA,$60\nB,€5\nC,£3\nD,5 €\nE,60 USD\n");
    String suggestion = "convert it to $, or keep amounts in each currency in a column of their own";
    assertThat(issues).containsExactly(
        issue(f, W, 3, 2, "price", "€5", "the amount is in € but \"price\" is in $, its most "
            + "frequent currency; it was read as the number 5 all the same, shown in € and counted "
            + "in the column's totals", Rule.MIXED_FORMATS, suggestion),
        issue(f, W, 4, 2, "price", "£3", "the amount is in £ but \"price\" is in $, its most "
            + "frequent currency; it was read as the number 3 all the same, shown in £ and counted "
            + "in the column's totals", Rule.MIXED_FORMATS, suggestion),
        issue(f, W, 5, 2, "price", "5 €", "the amount is in € but \"price\" is in $, its most "
            + "frequent currency; it was read as the number 5 all the same, shown in € and counted "
            + "in the column's totals", Rule.MIXED_FORMATS, suggestion));
  }

  @Test
  void oneAmountAmongPlainNumbersIsReportedAndDoesNotMakeTheColumnAmounts() throws IOException {
    String f = "yen.csv";
    List<Issue> issues = check(f, "n\n100\n200\n300\n400\n500\n600\n700\n800\n900\n¥300\n");
    assertThat(issues).containsExactly(
        issue(f, W, 11, 1, "n", "¥300", "expected a whole number like the other values of \"n\""
            + " (10 values), but it is written in ¥ and the column's numbers are not; kept as text",
            Rule.TYPE_ERROR, ""));
  }

  @Test
  void aBadDecimalIsATypeErrorThatNamesTheDecimalMark() throws IOException {
    String f = "decimal.csv";
    List<Issue> issues = check(f, "x\n1.5\n2.25\n3\n4.75\nabout 5\n");
    assertThat(issues).containsExactly(
        issue(f, W, 6, 1, "x", "about 5",
            "expected a number with '.' as decimal mark like the other values of \"x\""
                + " (5 values); kept as text",
            Rule.TYPE_ERROR, ""));
  }

  @Test
  void aStrayQuoteThatRunsToTheEndIsReadAsACharacterAndTheRestStaysRecords() throws IOException {
    String f = "unterminated.csv";
    List<Issue> issues = check(f, "a,b\n1,2\n3,\"open\n4,5\n");
    // The quote kept in its value makes the column text: two of its three values are numbers.
    assertThat(issues).containsExactly(
        issue(f, W, 1, 2, "b", "\"open", "the values of \"b\" are mostly numbers (2 of 3), too"
            + " few for a column of numbers (at least 80%), so all were kept as text; the others"
            + " are written \"open", Rule.MIXED_FORMATS, "write a missing value as an empty cell or"
            + " n/a, and a remark in a column of its own"),
        issue(f, E, 3, 2, "b", "\"open", STRAY, Rule.FORMAT_ERROR, CLOSE_QUOTE));
  }

  @Test
  void aStrayQuoteInTheHeaderIsReportedAtItsLabel() throws IOException {
    String f = "unterminated-header.csv";
    List<Issue> issues = check(f, "a,\"b\n1,2\n");
    assertThat(issues).containsExactly(
        issue(f, E, 1, 2, "\"b", "\"b", STRAY, Rule.FORMAT_ERROR, CLOSE_QUOTE));
  }

  @Test
  void aLoneQuoteAtTheEndIsAStrayQuoteNotABlankRecord() throws IOException {
    String f = "unterminated-blank.csv";
    List<Issue> issues = check(f, "a,b\n1,2\n,\"");
    assertThat(issues).containsExactly(
        issue(f, E, 3, 2, "b", "\"", STRAY, Rule.FORMAT_ERROR, CLOSE_QUOTE));
  }

  @Test
  void aStrayQuoteClosedByALaterOneNoLongerBreaksTheRecordsBetween() throws IOException {
    String f = "runaway.csv";
    List<Issue> issues = check(f, "host,note,n\nAWS,ok,1\nGroq,\"rapide,2\nDell,fine,3\n"
        + "IBM,\"quoted, fine\",4\n");
    assertThat(issues).containsExactly(
        issue(f, E, 3, 2, "note", "\"rapide", STRAY, Rule.FORMAT_ERROR, CLOSE_QUOTE));
  }

  @Test
  void aStrayQuoteNeverSwallowsLinesShapedLikeRecords() throws IOException {
    // The quote opens on a line that is a whole record; the next line inside is one too.
    String f = "swallow.csv";
    List<Issue> issues = check(f, "name,path,note,qty\nIntel,E:\\x,\"unclosed quote starts here,40\n"
        + "AMD,F:\\y,fine,50\nDell,C:\\z,a \"\"quoted\"\" word\",60\n");
    assertThat(issues).containsExactly(issue(f, E, 2, 3, "note", "\"unclosed quote starts here",
        STRAY, Rule.FORMAT_ERROR, CLOSE_QUOTE));
    String g = "swallow-quoted.csv";
    List<Issue> quoted = check(g, "name,path,note,qty\nIntel,E:\\x,\"unclosed quote starts here,40\n"
        + "AMD,F:\\y,fine,50\nDell,C:\\z,\"a \"\"quoted\"\" word\",60\n");
    assertThat(quoted).containsExactly(issue(g, E, 2, 3, "note", "\"unclosed quote starts here",
        STRAY, Rule.FORMAT_ERROR, CLOSE_QUOTE));
  }

  @Test
  void aQuoteFollowedByTextIsNotAClosingQuote() throws IOException {
    String f = "text-after.csv";
    List<Issue> issues = check(f, "name,note,qty\nA,\"Big sale,1\nB,ok,2\nC,\"Final\" offer,3\n"
        + "D,ok,4\nTV,\"55\" screen,1\n");
    assertThat(issues).containsExactly(
        issue(f, E, 2, 2, "note", "\"Big sale", STRAY, Rule.FORMAT_ERROR, CLOSE_QUOTE),
        issue(f, E, 4, 2, "note", "\"Final\" offer", TEXT_AFTER, Rule.FORMAT_ERROR, QUOTE_ALL),
        issue(f, E, 6, 2, "note", "\"55\" screen", TEXT_AFTER, Rule.FORMAT_ERROR, QUOTE_ALL));
    // Across a line break, and without lines shaped like records inside: a stray quote too.
    String g = "text-after-lines.csv";
    List<Issue> across = check(g, "name,note,qty\nA,\"Big\nsale\" now,1\n");
    assertThat(across).containsExactly(
        issue(g, E, 2, 2, "note", "\"Big", STRAY, Rule.FORMAT_ERROR, CLOSE_QUOTE),
        issue(g, E, 2, 3, "qty", "", "the record has 2 of the header's 3 cells; \"qty\" is missing",
            Rule.MISSING_CELL, ADD_MISSING),
        issue(g, E, 3, 3, "qty", "", "the record has 2 of the header's 3 cells; \"qty\" is missing",
            Rule.MISSING_CELL, ADD_MISSING));
  }

  @Test
  void aRealMultiLineValueInAShortRecordIsNotTakenForAStrayQuote() throws IOException {
    String f = "multiline-short.csv";
    List<Issue> issues = check(f, "a,b,c\n1,\"two\nlines\"\n");
    assertThat(issues).containsExactly(issue(f, E, 2, 3, "c", "",
        "the record has 2 of the header's 3 cells; \"c\" is missing", Rule.MISSING_CELL,
        "add the missing delimiters or values"));
  }

  @Test
  void aControlCharacterInAValueIsAWarningWithTheValue() throws IOException {
    String f = "control.csv";
    List<Issue> issues = check(f, "a,b\n1,plain text\n2,bell\u0007here\n3,tab\tand\u007Fdel\n");
    assertThat(issues).containsExactly(
        issue(f, W, 3, 2, "b", "bell\u0007here", CONTROL, Rule.CONTROL_CHARACTER, ""),
        issue(f, W, 4, 2, "b", "tab\tand\u007Fdel", CONTROL, Rule.CONTROL_CHARACTER, ""));
  }

  @Test
  void aValueOverExcelsLimitIsTextTooLongWithItsStartAsValue() throws IOException {
    String f = "long-text.csv";
    String atLimit = "y".repeat(CellText.MAX_LENGTH);
    String over = "x".repeat(CellText.MAX_LENGTH + 1);
    List<Issue> issues = check(f, "a,b\n1," + atLimit + "\n2," + over + "\n");
    assertThat(issues).containsExactly(
        issue(f, W, 3, 2, "b", "x".repeat(80) + "…",
            "the value has 32768 characters; an Excel cell holds 32767, so the workbook shows"
                + " it cut",
            Rule.TEXT_TOO_LONG, ""));
  }

  @Test
  void theStartOfATooLongValueDoesNotSplitASurrogatePair() throws IOException {
    String f = "long-emoji.csv";
    String raw = "x".repeat(79) + "\uD83D\uDE00".repeat(20_000);
    List<Issue> issues = check(f, "a\n" + raw + "\n");
    assertThat(issues).containsExactly(
        issue(f, W, 2, 1, "a", "x".repeat(79) + "…",
            "the value has 40079 characters; an Excel cell holds 32767, so the workbook shows"
                + " it cut",
            Rule.TEXT_TOO_LONG, ""));
  }

  // ---- whole files ---------------------------------------------------------------------------

  @Test
  void anEmptyFileIsAnEmptyTableWarningAboutTheWholeFile() throws IOException {
    String f = "empty.csv";
    Issue expected = issue(f, W, 0, 0, "", "", "the file is empty: no header and no records",
        Rule.EMPTY_TABLE, "");
    assertThat(check(f, "")).containsExactly(expected);
    assertThat(check(f, "\n\n\r\n")).containsExactly(expected);
  }

  @Test
  void aHeaderOnlyFileIsAnEmptyTableWarningOnLine1() throws IOException {
    String f = "header-only.csv";
    Issue expected = issue(f, W, 1, 0, "", "", "the file has a header but no records",
        Rule.EMPTY_TABLE, "");
    assertThat(check(f, "a,b,c\n")).containsExactly(expected);
    assertThat(check(f, "a,b,c")).containsExactly(expected);
    // Empty lines after the header are at the end of the file: not reported.
    assertThat(check(f, "a,b,c\n\n\n")).containsExactly(expected);
  }

  @Test
  void aBinaryFileIsAnEncodingErrorAboutTheWholeFile() throws IOException {
    String f = "image.csv";
    Path file = tmp.resolve(f);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H',
        'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    Files.write(file, png);
    assertThat(check(file)).containsExactly(
        issue(f, E, 0, 0, "", "",
            "the file is not text (it holds binary bytes); it was not read as a table",
            Rule.ENCODING_ERROR, "export it again as CSV"));
  }

  // ---- order ---------------------------------------------------------------------------------

  @Test
  void manyIssuesComeOutInLineThenColumnOrderAsEmitted() throws IOException {
    String f = "mixed.csv";
    String csv = "id,,ID,n\n"
        + "1,a,x,1\n"
        + "2,b\n"
        + "\n"
        + ",,,\n"
        + "3,c,y,2,extra\n"
        + "4,d\u0001,z,3\n"
        + "5,e,w,4\n"
        + "6,f,v,5\n"
        + "7,g,u,oops\n";
    List<Issue> issues = check(f, csv);
    assertThat(issues).extracting(Issue::line, Issue::column, Issue::rule).containsExactly(
        tuple(1L, 2, Rule.BLANK_LABEL),
        tuple(1L, 3, Rule.DUPLICATE_LABEL),
        tuple(3L, 3, Rule.MISSING_CELL),
        tuple(3L, 4, Rule.MISSING_CELL),
        tuple(4L, 0, Rule.BLANK_ROW),
        tuple(5L, 0, Rule.BLANK_ROW),
        tuple(6L, 5, Rule.EXTRA_CELL),
        tuple(7L, 2, Rule.CONTROL_CHARACTER),
        tuple(10L, 4, Rule.TYPE_ERROR));
    assertThat(issues).isSortedAccordingTo(Issue.ORDER);
    List<Issue> sorted = new ArrayList<>(issues);
    sorted.sort(Issue.ORDER);
    assertThat(issues).isEqualTo(sorted);
  }

  @Test
  void severalIssuesOnOneCellComeOutInRuleOrder() throws IOException {
    // Column 3 exists only beyond the header; its values are whole numbers but one.
    String f = "one-cell.csv";
    String bad = "\u0002" + "q".repeat(CellText.MAX_LENGTH);
    String csv = "a,b\n1,2,5\n1,2,6\n1,2,7\n1,2,8\n1,2," + bad + "\n";
    List<Issue> issues = check(f, csv);
    assertThat(issues).extracting(Issue::line, Issue::column, Issue::rule).containsExactly(
        tuple(2L, 3, Rule.EXTRA_CELL),
        tuple(3L, 3, Rule.EXTRA_CELL),
        tuple(4L, 3, Rule.EXTRA_CELL),
        tuple(5L, 3, Rule.EXTRA_CELL),
        tuple(6L, 3, Rule.EXTRA_CELL),
        tuple(6L, 3, Rule.TYPE_ERROR),
        tuple(6L, 3, Rule.TEXT_TOO_LONG),
        tuple(6L, 3, Rule.CONTROL_CHARACTER));
    assertThat(issues.get(5)).isEqualTo(issue(f, W, 6, 3, "column 3", bad,
        "expected a whole number like the other values of \"column 3\" (5 values); kept as text",
        Rule.TYPE_ERROR, ""));
    assertThat(issues.get(6).value()).isEqualTo("\u0002" + "q".repeat(79) + "…");
    assertThat(issues.get(7).value()).isEqualTo(bad);
  }

  @Test
  void datesWrittenInMoreThanOneFormAreAWarningAtTheHeader() throws IOException {
    String f = "forms.csv";
    List<Issue> issues = check(f, "d\n18/07/2023\n2024-04-18\n24 avril 2024\n");
    assertThat(issues).containsExactly(issue(f, W, 1, 1, "d",
        "18/07/2023, 2024-04-18, 24 avril 2024",
        "the dates of \"d\" are written in more than one form (18/07/2023, 2024-04-18, "
            + "24 avril 2024); all were read as dates, numeric ones day first",
        Rule.MIXED_FORMATS, "write every date the same way, best as yyyy-mm-dd"));
  }

  @Test
  void datesThatReadBothWaysAreAWarningThatNamesTheOrderUsedAndTheFix() throws IOException {
    String f = "ambiguous-dates.csv";
    List<Issue> issues = check(f, "d\n03/04/2024\n05/06/2024\n07/07/2024\n");
    assertThat(issues).containsExactly(issue(f, W, 1, 1, "d", "03/04/2024",
        "no date of \"d\" shows whether the day or the month comes first (such as 03/04/2024); "
            + "they were read month first",
        Rule.AMBIGUOUS_VALUE, "if days come first, run with --locale en-GB or fr-FR"));
    // One date with a day above 12 settles it: no doubt left.
    assertThat(check("settled.csv", "d\n03/04/2024\n25/06/2024\n")).isEmpty();
  }

  @Test
  void numbersThatReadBothWaysAreAWarningThatNamesTheMarkUsedAndTheFix() throws IOException {
    String f = "ambiguous-numbers.csv";
    List<Issue> issues = check(f, "x\n\"1,234\"\n\"2,345\"\n");
    assertThat(issues).containsExactly(issue(f, W, 1, 1, "x", "1,234",
        "no number of \"x\" shows whether '.' or ',' is the decimal mark (such as 1,234); "
            + "they were read with '.' as decimal mark",
        Rule.AMBIGUOUS_VALUE, "if ',' is the decimal mark, run with --locale fr-FR or de-DE"));
    assertThat(check("settled-numbers.csv", "x\n\"1,234\"\n\"2,345.5\"\n")).isEmpty();
  }

  @Test
  void aRecordThatRepeatsAnEarlierOneExactlyIsAWarning() throws IOException {
    String f = "dup.csv";
    List<Issue> issues = check(f, "a,b\n1,x\n2,y\n1,x\n");
    assertThat(issues).containsExactly(issue(f, W, 4, 0, "", "",
        "the record repeats line 2 exactly", Rule.DUPLICATE_ROW, "remove one of the two"));
  }

  @Test
  void aRareSpellingOfACommonCategoryIsAWarningWithTheLikelyValue() throws IOException {
    String f = "kinds.csv";
    List<Issue> issues = check(f, "host,kind\nA,cloud\nB,cloud\nC,Cloud\nD,chips\nE,chips\n"
        + "F,Groq\nG,Groq\nH,Grok\nI,Q1\nJ,Q1\nK,Q2\nL,cloud\nM,chips\nN,Groq\n");
    assertThat(issues).containsExactly(
        issue(f, W, 4, 2, "kind", "Cloud", "\"Cloud\" differs from \"cloud\" (3 records of "
            + "\"kind\") only by case, spacing or one letter", Rule.NEAR_DUPLICATE,
            "did you mean \"cloud\"?"),
        issue(f, W, 9, 2, "kind", "Grok", "\"Grok\" differs from \"Groq\" (3 records of "
            + "\"kind\") only by case, spacing or one letter", Rule.NEAR_DUPLICATE,
            "did you mean \"Groq\"?"));
  }

  @Test
  void aRepeatInAFirstColumnOfOtherwiseUniqueNamesIsAWarning() throws IOException {
    String f = "hosts.csv";
    List<Issue> issues = check(f, "host,note\nAWS,a\nAzure,b\nGroq,c\nDell,d\nIBM,e\nAWS,f\n");
    assertThat(issues).containsExactly(issue(f, W, 7, 1, "host", "AWS",
        "\"AWS\" is already in \"host\" at line 2, where nearly every other value appears once",
        Rule.DUPLICATE_VALUE, "remove the repeated record, or tell the two apart"));
  }

  @Test
  void aTabAroundATextValueIsCalledATab() throws IOException {
    // Issue 19, item 24: a leading tab was called "spaces".
    String f = "tab.csv";
    List<Issue> issues = check(f, "host,kind\nA,cloud\nB,\tcloud\nC,chips\nD,\u00A0chips\t\t\n");
    assertThat(issues).containsExactly(
        issue(f, W, 3, 2, "kind", "\tcloud",
            "the value has a tab before or after it, so it differs from \"cloud\"", Rule.SPACES,
            "remove the tab"),
        issue(f, W, 5, 2, "kind", "\u00A0chips\t\t",
            "the value has tabs and no-break spaces before or after it, so it differs from "
                + "\"chips\"", Rule.SPACES, "remove the tabs and no-break spaces"));
  }

  @Test
  void spacesAroundATextValueAreAWarning() throws IOException {
    String f = "spaces.csv";
    List<Issue> issues = check(f, "host,kind\nA,cloud\nB,cloud \nC,chips\nD,chips\n");
    assertThat(issues).containsExactly(issue(f, W, 3, 2, "kind", "cloud ",
        "the value has spaces before or after it, so it differs from \"cloud\"", Rule.SPACES,
        "remove the spaces"));
  }

  @Test
  void theMessySampleGetsItsCasingAndItsDuplicateReported() throws IOException {
    Path hotes = Path.of("..", "shared", "samples", "messy", "hotes.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(hotes), "shared sample present");
    List<Issue> issues = check(hotes);
    assertThat(issues).extracting(Issue::line, Issue::column, Issue::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1L, 3, Rule.MIXED_FORMATS),
        org.assertj.core.groups.Tuple.tuple(4L, 2, Rule.NEAR_DUPLICATE),
        org.assertj.core.groups.Tuple.tuple(8L, 1, Rule.DUPLICATE_VALUE));
    assertThat(issues.get(1).suggestion()).isEqualTo("did you mean \"cloud\"?");
  }
}
