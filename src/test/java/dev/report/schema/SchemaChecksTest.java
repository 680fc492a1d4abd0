package dev.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Cli;
import dev.report.ExitCode;
import dev.report.ReportResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Table Schema check through the whole pipeline: a folder with a {@code datapackage.json}
 * and a CSV, {@code Report.run} on it, and the issues read back from {@code issues.csv}, each
 * with its exact message.
 */
class SchemaChecksTest {
  @TempDir Path tmp;

  /** One resource, {@code t.csv}, with the schema {@code {"fields": [FIELDS] MORE}}. */
  private static String schema(String fields, String more) {
    return """
        {"resources": [{"path": "t.csv", "schema": {"fields": [%s]%s}}]}
        """.formatted(fields, more);
  }

  private List<String> issues(String descriptor, String csv) {
    return Fixture.in(tmp).file("datapackage.json", descriptor).file("t.csv", csv).issues();
  }

  private static String typeError(long line, String field, String expected) {
    return "t.csv:" + line + ":" + field + ": error: type-error: expected " + expected
        + ", as the schema says of \"" + field + "\"; kept as text";
  }

  // Types

  @Test
  void integers() {
    assertThat(issues(schema("""
        {"name": "n", "type": "integer"}""", ""), "n\n1\n2.5\nx\n+4\n-12\n1e3\n"))
        .containsExactly(
            typeError(3, "n", "an integer"),
            typeError(4, "n", "an integer"),
            typeError(7, "n", "an integer"));
  }

  @Test
  void numbersWithADecimalCommaAndSpacesBetweenThousands() {
    // A space as groupChar also accepts the no-break spaces Excel writes (U+00A0, U+202F).
    String descriptor = schema("""
        {"name": "n", "type": "number", "decimalChar": ",", "groupChar": " "},
        {"name": "i", "type": "integer", "groupChar": " "}""", "");
    String csv = "n;i\n"
        + "1 234,5;1 000\n"
        + "1\u00A0234,5;1\u00A0000\n"
        + "1\u202F234,5;1\u202F000\n"
        + "-0,25;-7\n"
        + "1.5;1.5\n"
        + "1,2,3;abc\n";
    assertThat(issues(descriptor, csv)).containsExactly(
        typeError(6, "n", "a number with ',' as decimal mark and ' ' between thousands"),
        typeError(6, "i", "an integer with ' ' between thousands"),
        typeError(7, "n", "a number with ',' as decimal mark and ' ' between thousands"),
        typeError(7, "i", "an integer with ' ' between thousands"));
  }

  @Test
  void datesInAStrptimeFormat() {
    assertThat(issues(schema("""
        {"name": "d", "type": "date", "format": "%d/%m/%Y"}""", ""),
        "d\n1/2/2024\n31/12/2024\n2024-01-01\n31/02/2024\n12/31/2024\n"))
        .containsExactly(
            typeError(4, "d", "a date in the form %d/%m/%Y"),
            typeError(5, "d", "a date in the form %d/%m/%Y"),
            typeError(6, "d", "a date in the form %d/%m/%Y"));
  }

  @Test
  void booleansWithTheirOwnTrueAndFalseValues() {
    assertThat(issues(schema("""
        {"name": "b", "type": "boolean", "trueValues": ["oui", "o"], "falseValues": ["non"]}""",
        ""), "b\noui\nnon\no\ntrue\nNon\n"))
        .containsExactly(
            typeError(5, "b", "true (oui, o) or false (non)"),
            typeError(6, "b", "true (oui, o) or false (non)"));
  }

  @Test
  void yearsYearMonthsTimesAndDateTimes() {
    String descriptor = schema("""
        {"name": "y", "type": "year"}, {"name": "ym", "type": "yearmonth"},
        {"name": "t", "type": "time"}, {"name": "dt", "type": "datetime"}""", "");
    String csv = """
        y,ym,t,dt
        2024,2024-05,12:30:00,2024-05-01T12:00:00Z
        1999,1999-12,23:59:59+02:00,2024-05-01T12:00:00
        24,2024-13,25:00:00,2024-05-01
        """;
    assertThat(issues(descriptor, csv)).containsExactly(
        typeError(4, "y", "a year (yyyy)"),
        typeError(4, "ym", "a year and month (yyyy-mm)"),
        typeError(4, "t", "a time (hh:mm:ss)"),
        typeError(4, "dt", "a date and time (yyyy-mm-ddThh:mm:ss)"));
  }

  @Test
  void stringFormats() {
    String descriptor = schema("""
        {"name": "e", "format": "email"}, {"name": "u", "type": "string", "format": "uri"},
        {"name": "id", "format": "uuid"}""", "");
    String csv = """
        e,u,id
        ada@example.org,https://example.org/a?b=1,123e4567-e89b-12d3-a456-426614174000
        ada.example.org,example.org,123e4567
        """;
    assertThat(issues(descriptor, csv)).containsExactly(
        typeError(3, "e", "an email address"),
        typeError(3, "u", "a URI"),
        typeError(3, "id", "a UUID"));
  }

  // Constraints

  @Test
  void requiredMinimumMaximumAndExclusiveBounds() {
    String descriptor = schema("""
        {"name": "id", "constraints": {"required": true}},
        {"name": "n", "type": "integer", "constraints": {"minimum": 1, "maximum": 10}},
        {"name": "x", "type": "number", "constraints": {"exclusiveMinimum": 0, "exclusiveMaximum": 1}},
        {"name": "d", "type": "date", "constraints": {"minimum": "2024-01-01"}}""", "");
    String csv = """
        id,n,x,d
        a,1,0.5,2024-01-01
        ,0,0,2023-12-31
        c,11,1,2024-06-01
        d,10,0.999,2025-01-01
        """;
    assertThat(issues(descriptor, csv)).containsExactly(
        "t.csv:3:id: error: constraint-error: \"id\" is required, but the value is missing",
        "t.csv:3:n: error: constraint-error: \"0\" is below the minimum of \"n\", 1",
        "t.csv:3:x: error: constraint-error: \"0\" is not above the exclusive minimum of \"x\", 0",
        "t.csv:3:d: error: constraint-error: \"2023-12-31\" is below the minimum of \"d\", 2024-01-01",
        "t.csv:4:n: error: constraint-error: \"11\" is above the maximum of \"n\", 10",
        "t.csv:4:x: error: constraint-error: \"1\" is not below the exclusive maximum of \"x\", 1");
  }

  @Test
  void lengthsAndPatterns() {
    String descriptor = schema("""
        {"name": "s", "constraints": {"minLength": 2, "maxLength": 4}},
        {"name": "code", "constraints": {"pattern": "[A-Z]{2}[0-9]+"}}""", "");
    String csv = """
        s,code
        ab,FR1
        a,fr1
        abcde,FR
        été,FR12
        """;
    assertThat(issues(descriptor, csv)).containsExactly(
        "t.csv:3:s: error: constraint-error: \"a\" has 1 character; \"s\" needs at least 2",
        "t.csv:3:code: error: constraint-error: \"fr1\" does not match the pattern of \"code\", [A-Z]{2}[0-9]+",
        "t.csv:4:s: error: constraint-error: \"abcde\" has 5 characters; \"s\" allows at most 4",
        "t.csv:4:code: error: constraint-error: \"FR\" does not match the pattern of \"code\", [A-Z]{2}[0-9]+");
  }

  @Test
  void enumsSayWhichAllowedValueIsMeant() {
    String descriptor = schema("""
        {"name": "kind", "constraints": {"enum": ["cloud", "chips", "platform"]}},
        {"name": "tier", "type": "integer", "constraints": {"enum": [1, 2]}}""", "");
    String csv = """
        kind,tier
        cloud,1
        clod,02
        Cloud,3
        database,2
        """;
    assertThat(issues(descriptor, csv)).containsExactly(
        "t.csv:3:kind: error: constraint-error: \"clod\" is not one of the values allowed in "
            + "\"kind\": cloud, chips, platform (did you mean \"cloud\"?)",
        "t.csv:4:kind: error: constraint-error: \"Cloud\" is not one of the values allowed in "
            + "\"kind\": cloud, chips, platform (did you mean \"cloud\"?)",
        "t.csv:4:tier: error: constraint-error: \"3\" is not one of the values allowed in "
            + "\"tier\": 1, 2",
        "t.csv:5:kind: error: constraint-error: \"database\" is not one of the values allowed in "
            + "\"kind\": cloud, chips, platform");
  }

  @Test
  void uniqueValuesCompareAsTheirType() {
    String descriptor = schema("""
        {"name": "id", "type": "integer", "constraints": {"unique": true}},
        {"name": "name", "constraints": {"unique": true}}""", "");
    assertThat(issues(descriptor, "id,name\n1,a\n01,b\n2,\n3,\n4,a\n")).containsExactly(
        "t.csv:3:id: error: unique-error: \"01\" is already in \"id\" at line 2; its values must be unique",
        "t.csv:6:name: error: unique-error: \"a\" is already in \"name\" at line 2; its values must be unique");
  }

  // Keys

  @Test
  void primaryKeyDuplicatedAndEmpty() {
    String descriptor = schema("""
        {"name": "id"}, {"name": "v", "type": "integer"}""", """
        , "primaryKey": "id\"""");
    assertThat(issues(descriptor, "id,v\nx,1\nx,2\n,3\n\ny,4\n")).containsExactly(
        "t.csv:3:id: error: primary-key: the primary key id \"x\" is already at line 2 "
            + "(give every record its own key)",
        "t.csv:4:id: error: primary-key: the primary key id is empty (give every record its key)",
        // An empty line between records is a blank row, and so a record without its key.
        "t.csv:5:: warning: blank-row: an empty line between records (remove the line)",
        "t.csv:5:id: error: primary-key: the primary key id is empty (give every record its key)");
  }

  @Test
  void compositePrimaryKey() {
    String descriptor = schema("""
        {"name": "region"}, {"name": "year", "type": "integer"}, {"name": "usd", "type": "number"}""",
        """
        , "primaryKey": ["region", "year"]""");
    String csv = """
        region,year,usd
        EU,2024,1
        US,2024,2
        EU,2025,3
        EU,02024,4
        ,2026,5
        US,,6
        """;
    assertThat(issues(descriptor, csv)).containsExactly(
        "t.csv:5:region: error: primary-key: the primary key (region, year) (\"EU\", \"02024\") "
            + "is already at line 2 (give every record its own key)",
        "t.csv:6:region: error: primary-key: the primary key (region, year) is empty in part "
            + "(give every record its key)",
        "t.csv:7:year: error: primary-key: the primary key (region, year) is empty in part "
            + "(give every record its key)");
  }

  @Test
  void uniqueKeys() {
    String descriptor = schema("""
        {"name": "a"}, {"name": "b", "type": "integer"}, {"name": "c"}""", """
        , "uniqueKeys": [["a", "b"], ["c"]]""");
    String csv = """
        a,b,c
        x,1,p
        x,2,q
        x,1.0,r
        x,01,s
        y,3,q
        z,,p
        """;
    assertThat(issues(descriptor, csv)).containsExactly(
        "t.csv:4:b: error: type-error: expected an integer, as the schema says of \"b\"; kept as text",
        "t.csv:5:a: error: unique-error: the values of (a, b), (\"x\", \"01\"), are already at "
            + "line 2; together they must be unique",
        "t.csv:6:c: error: unique-error: \"q\" is already in \"c\" at line 3; its values must be unique",
        "t.csv:7:c: error: unique-error: \"p\" is already in \"c\" at line 2; its values must be unique");
  }

  // Header and shape

  @Test
  void missingAndExtraCells() {
    String descriptor = schema("""
        {"name": "a"}, {"name": "b"}, {"name": "c", "constraints": {"required": true}}""", "");
    assertThat(issues(descriptor, "a,b,c\n1,2,3\n1,2\n1,2,3,4\n")).containsExactly(
        "t.csv:3:c: error: missing-cell: the record has 2 of the schema's 3 fields; \"c\" is "
            + "missing (add the missing delimiters or values)",
        "t.csv:3:c: error: constraint-error: \"c\" is required, but the value is missing",
        "t.csv:4:column 4: error: extra-cell: the record has 4 cells but the schema has 3 fields; "
            + "the extra value is kept in column \"column 4\" (remove the extra delimiter, or "
            + "quote a value that holds one)");
  }

  @Test
  void labelsMatchedByPosition() {
    String descriptor = schema("""
        {"name": "host"}, {"name": "kind"}, {"name": "usd", "type": "number"}""", "");
    assertThat(issues(descriptor, "host,Kind,price\nAWS,cloud,1\n")).containsExactly(
        "t.csv:1:Kind: error: incorrect-label: the header of column 2 is \"Kind\" but the schema "
            + "names field 2 \"kind\" (only case or spaces differ) (rename the column or the field)",
        "t.csv:1:price: error: incorrect-label: the header of column 3 is \"price\" but the "
            + "schema names field 3 \"usd\" (rename the column or the field)");
  }

  @Test
  void extraAndMissingLabels() {
    assertThat(issues(schema("""
        {"name": "host"}""", ""), "host,note\nAWS,a\n")).containsExactly(
        "t.csv:1:note: error: extra-label: the header \"note\" (column 2) is not a field of the "
            + "schema, which has 1 field (add the field to the schema, or remove the column)",
        "t.csv:2:note: error: extra-cell: the record has 2 cells but the schema has 1 field; the "
            + "extra value is kept in column \"note\" (remove the extra delimiter, or quote a "
            + "value that holds one)");
  }

  @Test
  void aFieldWithoutAColumnIsNamedAfterItEvenWhereALongerRecordMadeOne() {
    String descriptor = schema("""
        {"name": "host"}, {"name": "kind"}, {"name": "usd", "type": "number"}""", "");
    assertThat(issues(descriptor, "host,kind\nAWS,cloud,1\nGroq,chips\n")).containsExactly(
        "t.csv:1:usd: error: missing-label: the schema's field \"usd\" has no column in the file "
            + "(its header has 2 columns) (add the column, or remove the field from the schema)",
        "t.csv:3:usd: error: missing-cell: the record has 2 of the schema's 3 fields; \"usd\" is "
            + "missing (add the missing delimiters or values)");
  }

  @Test
  void fieldsMatchEqualMatchesByName() {
    String descriptor = schema("""
        {"name": "host"}, {"name": "usd", "type": "number"}""", """
        , "fieldsMatch": "equal\"""");
    assertThat(issues(descriptor, "usd,host\n1,AWS\n2,Groq\n")).isEmpty();
    // A header that is not a field: its did-you-mean is a field that has no column.
    assertThat(Fixture.in(tmp.resolve("2")).file("datapackage.json", descriptor)
        .file("t.csv", "host,note,usds\nAWS,a,1\n").issues()).containsExactly(
        "t.csv:1:note: error: extra-label: the header \"note\" is not a field of the schema "
            + "(add the field to the schema, or remove the column)",
        "t.csv:1:usds: error: extra-label: the header \"usds\" is not a field of the schema; did "
            + "you mean \"usd\"? (add the field to the schema, or remove the column)",
        "t.csv:1:usd: error: missing-label: the schema's field \"usd\" has no column in the file "
            + "(its header has 3 columns) (add the column, or remove the field from the schema)");
  }

  @Test
  void fieldsMatchSubsetAllowsMoreColumnsButNotFewer() {
    String descriptor = schema("""
        {"name": "host"}, {"name": "usd", "type": "number"}""", """
        , "fieldsMatch": "subset\"""");
    assertThat(issues(descriptor, "note,usd,host\na,1,AWS\nb,x,Groq\n")).containsExactly(
        typeError(3, "usd", "a number"));
    // The field without a column is said once, at the header: the records match their header.
    assertThat(Fixture.in(tmp.resolve("2")).file("datapackage.json", descriptor)
        .file("t.csv", "host,note\nAWS,a\nGroq,b\nAzure\n").issues()).containsExactly(
        "t.csv:1:usd: error: missing-label: the schema's field \"usd\" has no column in the file "
            + "(its header has 2 columns) (add the column, or remove the field from the schema)",
        "t.csv:4:note: error: missing-cell: the record has 1 of the header's 2 cells; \"note\" is "
            + "missing (add the missing delimiters or values)");
  }

  @Test
  void fieldsMatchSupersetAndPartialAllowFewerColumns() {
    String superset = schema("""
        {"name": "host"}, {"name": "usd", "type": "number"}""", """
        , "fieldsMatch": "superset\"""");
    assertThat(issues(superset, "host\nAWS\nGroq\n")).isEmpty();
    String partial = schema("""
        {"name": "host"}, {"name": "usd", "type": "number"}""", """
        , "fieldsMatch": "partial\"""");
    assertThat(Fixture.in(tmp.resolve("2")).file("datapackage.json", partial)
        .file("t.csv", "usd,note\n1,a\nx,b\n").issues()).containsExactly(
        typeError(3, "usd", "a number"));
    // Partial: at least one field must have its column.
    assertThat(Fixture.in(tmp.resolve("3")).file("datapackage.json", partial)
        .file("t.csv", "note\na\n").issues()).containsExactly(
        "t.csv:1:host: error: missing-label: the schema's field \"host\" has no column in the file "
            + "(its header has 1 column) (add the column, or remove the field from the schema)",
        "t.csv:1:usd: error: missing-label: the schema's field \"usd\" has no column in the file "
            + "(its header has 1 column) (add the column, or remove the field from the schema)");
  }

  // Missing values and numbers as written

  @Test
  void missingValuesOfTheSchemaAndOfAField() {
    // A field's missingValues replace the schema's.
    String descriptor = schema("""
        {"name": "a", "type": "integer", "constraints": {"required": true}},
        {"name": "b", "type": "integer", "missingValues": ["-"]}""", """
        , "missingValues": ["", "n/a"]""");
    assertThat(issues(descriptor, "a,b\nn/a,-\n1,n/a\n-,\n")).containsExactly(
        "t.csv:2:a: error: constraint-error: \"a\" is required, but the value is missing",
        typeError(3, "b", "an integer"),
        typeError(4, "a", "an integer"),
        typeError(4, "b", "an integer"));
  }

  @Test
  void bareNumberFalseAllowsCurrencySignsAndPercents() {
    String descriptor = schema("""
        {"name": "price", "type": "number", "bareNumber": false},
        {"name": "bare", "type": "number"}""", "");
    assertThat(issues(descriptor, "price,bare\n€95,95\n95%,€95\nUSD 1.5,95%\n")).containsExactly(
        typeError(3, "bare", "a number"),
        typeError(4, "bare", "a number"));
  }

  // Dialects

  @Test
  void aHeaderlessDialectNamesTheColumnsAfterTheFields() throws IOException {
    Fixture f = Fixture.in(tmp).file("datapackage.json", """
        {"resources": [{"path": "t.csv", "dialect": {"header": false},
          "schema": {"fields": [{"name": "host"}, {"name": "usd", "type": "integer"}]}}]}
        """).file("t.csv", "AWS,1\nGroq,x\nAzure,3,extra\n");
    assertThat(f.issues()).containsExactly(
        typeError(2, "usd", "an integer"),
        "t.csv:3:column 3: error: extra-cell: the record has 3 cells but the schema has 2 fields; "
            + "the extra value is kept in column \"column 3\" (remove the extra delimiter, or "
            + "quote a value that holds one)");
    try (XSSFWorkbook wb = workbook(f)) {
      Sheet t = wb.getSheet("t");
      assertThat(t.getRow(0).getCell(0).getStringCellValue()).isEqualTo("host");
      assertThat(t.getRow(0).getCell(1).getStringCellValue()).isEqualTo("usd");
      assertThat(t.getRow(1).getCell(0).getStringCellValue()).isEqualTo("AWS");
      assertThat(t.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
      assertThat(t.getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void aDelimiterDialectIsUsedAsStated() {
    // Sniffed, this file is read with ',' (one per line, as ';'): the dialect decides.
    String csv = "host, region;usd\nAWS, EU;15\nGroq, US;x\n";
    ReportResult sniffed = Fixture.in(tmp.resolve("sniffed")).file("t.csv", csv).run().result();
    assertThat(sniffed.tables().get(0).delimiter()).isEqualTo(",");
    String descriptor = """
        {"resources": [{"path": "t.csv", "dialect": {"delimiter": ";"},
          "schema": {"fields": [{"name": "host, region"}, {"name": "usd", "type": "number"}]}}]}
        """;
    Fixture f = Fixture.in(tmp).file("datapackage.json", descriptor).file("t.csv", csv);
    assertThat(f.issues()).containsExactly(typeError(3, "usd", "a number"));
    assertThat(f.result().tables().get(0).delimiter()).isEqualTo(";");
  }

  @Test
  void anUnsupportedTypeIsKeptAsTextWithOneWarning() {
    Fixture f = Fixture.in(tmp).file("datapackage.json", schema("""
        {"name": "where", "type": "geopoint"}, {"name": "host"}""", ""))
        .file("t.csv", "where,host\n\"1,2\",AWS\nnowhere,Groq\n");
    assertThat(f.issues()).containsExactly(
        "datapackage.json:0:: warning: not-checked: resources[0].schema.fields[0] (\"where\"): "
            + "geopoint values are kept as text and not checked");
    assertThat(f.result().exitCode()).isEqualTo(ExitCode.OK);
  }

  // The workbook and the exit code

  @Test
  void schemaTypedCellsLandTypedInTheWorkbook() throws IOException {
    Fixture f = Fixture.in(tmp).file("datapackage.json", """
        {"resources": [{"path": "spend.csv", "schema": {"fields": [
          {"name": "host"},
          {"name": "usd", "type": "number", "decimalChar": ",", "groupChar": " "},
          {"name": "since", "type": "date", "format": "%d/%m/%Y"},
          {"name": "code", "type": "string"}]}}]}
        """).file("spend.csv", """
        host;usd;since;code
        AWS;1 234,5;18/07/2023;007
        Groq;n/d;1/4/2024;010
        """);
    assertThat(f.issues()).containsExactly("spend.csv:3:usd: error: type-error: expected a number "
        + "with ',' as decimal mark and ' ' between thousands, as the schema says of \"usd\"; "
        + "kept as text");
    try (XSSFWorkbook wb = workbook(f)) {
      Sheet s = wb.getSheet("spend");
      Row aws = s.getRow(1);
      assertThat(aws.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(aws.getCell(1).getNumericCellValue()).isEqualTo(1234.5);
      Cell since = aws.getCell(2);
      assertThat(since.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
      assertThat(since.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 7, 18));
      // A string field keeps its leading zeros: a code, not a number.
      assertThat(aws.getCell(3).getCellType()).isEqualTo(CellType.STRING);
      assertThat(aws.getCell(3).getStringCellValue()).isEqualTo("007");
      Row groq = s.getRow(2);
      assertThat(groq.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(groq.getCell(1).getStringCellValue()).isEqualTo("n/d");
      assertThat(groq.getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2024, 4, 1));
    }
  }

  @Test
  void errorsGiveExitCodeOneUnlessFailOnNever() {
    Fixture f = Fixture.in(tmp).file("datapackage.json", schema("""
        {"name": "n", "type": "integer"}""", "")).file("t.csv", "n\n1\nx\n");
    ReportResult result = f.run().result();
    assertThat(result.errors()).isEqualTo(1);
    assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_ERRORS);
    Cli.Run failing = Cli.run(f.input().toString(), "-o", tmp.resolve("cli").toString());
    assertThat(failing.exitCode()).as(failing.err()).isEqualTo(1);
    Cli.Run never = Cli.run(f.input().toString(), "-o", tmp.resolve("never").toString(),
        "--fail-on", "never");
    assertThat(never.exitCode()).as(never.err()).isZero();
    // A clean file under the same schema: 0.
    Fixture clean = Fixture.in(tmp.resolve("clean")).file("datapackage.json", schema("""
        {"name": "n", "type": "integer"}""", "")).file("t.csv", "n\n1\n2\n");
    assertThat(clean.run().result().exitCode()).isEqualTo(ExitCode.OK);
  }

  private static XSSFWorkbook workbook(Fixture f) throws IOException {
    try (InputStream in = Files.newInputStream(f.output().resolve("report.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }
}
