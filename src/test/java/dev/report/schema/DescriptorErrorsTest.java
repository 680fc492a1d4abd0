package dev.report.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.report.Cli;
import dev.report.ExitCode;
import dev.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad descriptor ends the run before any file is read: exit code 2 and one message that points
 * at the property (or the line and column) to fix.
 */
class DescriptorErrorsTest {
  @TempDir Path tmp;

  /** A folder with {@code t.csv} and {@code descriptor} as {@code name}. */
  private Fixture folder(String name, String descriptor) {
    return Fixture.in(tmp).file(name, descriptor).file("t.csv", "a,b\n1,2\n");
  }

  private static void fails(Fixture f, String message) {
    assertThatThrownBy(f::run)
        .isInstanceOf(ReportException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((ReportException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    assertThat(f.output()).doesNotExist();
  }

  private void fails(String descriptor, String message) {
    fails(folder("datapackage.json", descriptor), message);
  }

  /** One resource, {@code t.csv}, with the schema {@code {"fields": [FIELDS] MORE}}. */
  private static String schema(String fields, String more) {
    return """
        {"resources": [{"path": "t.csv", "schema": {"fields": [%s]%s}}]}
        """.formatted(fields, more);
  }

  private Path in() {
    return tmp.resolve("in").toAbsolutePath().normalize();
  }

  // Syntax

  @Test
  void invalidJsonIsPlacedAtItsLineAndColumn() {
    fails("{\"resources\": [\n  {\"path\": \"t.csv\",}\n]}\n",
        "datapackage.json:2:20: not valid JSON: Unexpected character ('}' (code 125)): was "
            + "expecting double-quote to start field name");
  }

  @Test
  void invalidYamlIsPlacedAtItsLineAndColumn() {
    fails(folder("datapackage.yaml", "resources:\n  - path: t.csv\n   name: t\n"),
        "datapackage.yaml:3:4: not valid YAML: while parsing a block collection: expected "
            + "<block end>, but found '<block mapping start>'");
  }

  @Test
  void duplicateKeysAreRefused() {
    fails("{\"resources\": [{\"path\": \"t.csv\", \"path\": \"u.csv\"}]}",
        "datapackage.json:1:40: not valid JSON: Duplicate field 'path'");
    fails(Fixture.in(tmp.resolve("yaml")).file("datapackage.yaml",
            "resources:\n  - path: t.csv\nresources: []\n").file("t.csv", "a\n1\n"),
        "datapackage.yaml:3:10: not valid YAML: Duplicate field 'resources'");
  }

  @Test
  void yamlAliasesAreRefusedSoAnAliasBombIsToo() {
    fails(folder("datapackage.yaml", """
        a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        resources:
          - path: t.csv
        """), "datapackage.yaml:2:8: the YAML alias *a is not read; write the value out in full "
        + "where it is used");
    // Read as Jackson reads them, an alias would be the text of its name: "fields" would be "f".
    fails(Fixture.in(tmp.resolve("plain")).file("datapackage.yaml", """
        common: &f [{name: a}, {name: b}]
        resources:
          - path: t.csv
            schema: {fields: *f}
        """).file("t.csv", "a,b\n1,2\n"),
        "datapackage.yaml:4:22: the YAML alias *f is not read; write the value out in full where "
            + "it is used");
  }

  @Test
  void anEmptyDescriptor() {
    fails("", "datapackage.json: the file is empty");
  }

  // Properties

  @Test
  void anUnknownTypeGetsItsDidYouMean() {
    fails(schema("""
        {"name": "a"}, {"name": "b", "type": "numbr"}""", ""),
        "datapackage.json: resources[0].schema.fields[1].type: \"numbr\" is not a Table Schema "
            + "type; did you mean \"number\"? (types: string, number, integer, boolean, date, "
            + "time, datetime, year, yearmonth, any, object, array, list, duration, geopoint, "
            + "geojson)");
  }

  @Test
  void aMisspeltPropertyIsRefused() {
    fails(schema("""
        {"name": "a", "contraints": {"required": true}}, {"name": "b"}""", ""),
        "datapackage.json: resources[0].schema.fields[0].contraints: \"contraints\" is not a "
            + "property here; did you mean \"constraints\"?");
    fails("{\"resourcs\": [{\"path\": \"t.csv\"}]}",
        "datapackage.json: resourcs: \"resourcs\" is not a property here; did you mean "
            + "\"resources\"?");
  }

  @Test
  void aBadFormatPattern() {
    fails(schema("""
        {"name": "a", "type": "date", "format": "%d/%q/%Y"}, {"name": "b"}""", ""),
        "datapackage.json: resources[0].schema.fields[0].format: \"%d/%q/%Y\" is not a format "
            + "this tool reads: %q is not a strptime directive (known: %Y %y %m %d %H %I %M %S "
            + "%f %p %b %B %a %A %j %z %%)");
    fails(schema("""
        {"name": "a", "type": "date", "format": "dd/mm/yyyy"}, {"name": "b"}""", ""),
        "datapackage.json: resources[0].schema.fields[0].format: \"dd/mm/yyyy\" is not a format "
            + "this tool reads: it has no directive such as %Y or %d");
  }

  @Test
  void aConstraintValueOfTheWrongType() {
    fails(schema("""
        {"name": "a", "type": "integer", "constraints": {"minimum": "one"}}, {"name": "b"}""", ""),
        "datapackage.json: resources[0].schema.fields[0].constraints.minimum: \"one\" is not an "
            + "integer as the field \"a\" is");
    fails(schema("""
        {"name": "a", "constraints": {"maxLength": "3"}}, {"name": "b"}""", ""),
        "datapackage.json: resources[0].schema.fields[0].constraints.maxLength: expected a whole "
            + "number of 0 or more, found \"3\"");
    fails(schema("""
        {"name": "a", "constraints": {"required": "yes"}}, {"name": "b"}""", ""),
        "datapackage.json: resources[0].schema.fields[0].constraints.required: expected true or "
            + "false, found the string \"yes\"");
  }

  @Test
  void aMinimumOnAStringField() {
    fails(schema("""
        {"name": "a", "constraints": {"minimum": 3}}, {"name": "b"}""", ""),
        "datapackage.json: resources[0].schema.fields[0].constraints.minimum: minimum does not "
            + "apply to a string field: to bound its length, give minLength; remove it, or give the"
            + " field an ordered type (number, integer, date, time, datetime, year, yearmonth)");
  }

  // Keys

  @Test
  void aPrimaryKeyNamingAnUnknownField() {
    fails(schema("""
        {"name": "host"}, {"name": "usd"}""", """
        , "primaryKey": ["hst"]"""),
        "datapackage.json: resources[0].schema.primaryKey: \"hst\" is not a field of the "
            + "schema; did you mean \"host\"? (fields: host, usd)");
  }

  @Test
  void aForeignKeyToAnUnknownResource() {
    fails(folder("datapackage.json", """
        {"resources": [
          {"name": "hosts", "path": "t.csv"},
          {"name": "spend", "path": "spend.csv", "schema": {"fields": [{"name": "host"}],
            "foreignKeys": [{"fields": "host", "reference": {"resource": "host", "fields": "a"}}]}}]}
        """).file("spend.csv", "host\nx\n"),
        "datapackage.json: resources[1].schema.foreignKeys[0].reference.resource: \"host\" is "
            + "not a resource of the package; did you mean \"hosts\"? (resources: hosts, spend)");
  }

  @Test
  void aForeignKeyWithAsManyFieldsOnNeitherSide() {
    fails(schema("""
        {"name": "a"}, {"name": "b"}""", """
        , "foreignKeys": [{"fields": ["a", "b"], "reference": {"resource": "", "fields": "a"}}]"""),
        "datapackage.json: resources[0].schema.foreignKeys[0].reference.fields: the key has 2 "
            + "field(s) here but 1 in the reference; they are matched one to one: list as many on"
            + " each side");
  }

  @Test
  void aForeignKeyToAnUnknownFieldOfItsParent() throws IOException {
    Fixture f = folder("datapackage.json", """
        {"resources": [
          {"name": "hosts", "path": "hosts.csv", "schema": {"fields": [{"name": "name"}]}},
          {"name": "spend", "path": "t.csv", "schema": {"fields": [{"name": "a"}, {"name": "b"}],
            "foreignKeys": [{"fields": "a", "reference": {"resource": "hosts", "fields": "nme"}}]}}]}
        """).file("hosts.csv", "name\nx\n");
    fails(f, "datapackage.json: resources[1].schema.foreignKeys[0].reference.fields: \"nme\" is "
        + "not a field of hosts; did you mean \"name\"?");
    // A parent without a schema: its header names the column, once the file is read.
    Files.writeString(f.input().resolve("datapackage.json"), """
        {"resources": [
          {"name": "hosts", "path": "hosts.csv"},
          {"name": "spend", "path": "t.csv", "schema": {"fields": [{"name": "a"}, {"name": "b"}],
            "foreignKeys": [{"fields": "a", "reference": {"resource": "hosts", "fields": "nme"}}]}}]}
        """);
    fails(f, "datapackage.json: resources[1].schema.foreignKeys[0].reference.fields: \"nme\" is "
        + "not a column of hosts.csv; did you mean \"name\"?");
  }

  // Messages that give the fix (issue 15, item 6)

  @Test
  void aGroupCharThatIsAlsoTheDecimalMarkSaysWhichDecimalCharToAdd() {
    fails(schema("{\"name\": \"a\", \"type\": \"number\", \"groupChar\": \".\"}", ""),
        "datapackage.json: resources[0].schema.fields[0].groupChar: groupChar \".\" is also the"
            + " decimal mark, which is \".\" unless decimalChar says otherwise: add"
            + " \"decimalChar\": \",\"");
    fails(schema("{\"name\": \"a\", \"type\": \"number\", \"groupChar\": \",\","
        + " \"decimalChar\": \",\"}", ""),
        "datapackage.json: resources[0].schema.fields[0].decimalChar: the decimal mark must differ"
            + " from groupChar \",\": give each its own character, such as \"decimalChar\": \",\","
            + " \"groupChar\": \".\"");
  }

  @Test
  void boundsOnAnUnorderedTypeAndAnEmptyEnumSayWhatToDo() {
    fails(schema("{\"name\": \"a\", \"type\": \"boolean\", \"constraints\": {\"minimum\": 1}}",
        ""), "datapackage.json: resources[0].schema.fields[0].constraints.minimum: minimum does not"
            + " apply to a boolean field: remove it, or give the field an ordered type (number,"
            + " integer, date, time, datetime, year, yearmonth)");
    fails(schema("{\"name\": \"a\", \"constraints\": {\"enum\": []}}", ""),
        "datapackage.json: resources[0].schema.fields[0].constraints.enum: an empty enum allows no"
            + " value at all: list the allowed values, or remove \"enum\"");
  }

  @Test
  void aPackageWithoutResourcesSaysHowToListThem() {
    fails("{\"resources\": []}", "datapackage.json: resources: the package has no resources: list"
        + " each CSV file as {\"name\": ..., \"path\": ...} (report describe writes them)");
  }

  // Paths

  @Test
  void aDialectWhoseDelimiterIsTheQuoteOrWhoseQuoteMayBeTheDelimiter() {
    // Found by DescriptorFuzzProperties: both were an internal error (exit 70).
    fails("{\"resources\": [{\"path\": \"t.csv\", \"dialect\": {\"delimiter\": \"\\\"\"}}]}",
        "datapackage.json: resources[0].dialect.delimiter: '\"' cannot be the delimiter: it is "
            + "the quote character; give another \"delimiter\" or \"quoteChar\"");
    fails("{\"resources\": [{\"path\": \"t.csv\", \"dialect\": {\"quoteChar\": \",\"}}]}",
        "datapackage.json: resources[0].dialect.quoteChar: ',' may be the file's delimiter; give "
            + "the \"delimiter\" too");
  }

  @Test
  void aPathOutsideTheFolder() {
    fails("{\"resources\": [{\"path\": \"../x.csv\"}]}",
        "datapackage.json: resources[0].path: \"../x.csv\" is outside the folder of "
            + "datapackage.json; paths must stay inside " + in());
  }

  @Test
  void anAbsolutePath() {
    Path absolute = tmp.resolve("in").resolve("t.csv").toAbsolutePath();
    fails("{\"resources\": [{\"path\": \"" + absolute + "\"}]}",
        "datapackage.json: resources[0].path: \"" + absolute + "\" is outside the folder of "
            + "datapackage.json; paths must stay inside " + in());
  }

  @Test
  void aUrlIsNotDownloaded() {
    fails("{\"resources\": [{\"path\": \"https://example.org/t.csv\"}]}",
        "datapackage.json: resources[0].path: \"https://example.org/t.csv\" is a URL; report "
            + "works offline and does not download it: save the file in " + in()
            + " and give its path");
  }

  @Test
  void aMissingFileGetsTheNameOfOneThatIsThere() {
    fails("{\"resources\": [{\"path\": \"T.csv\"}]}",
        "datapackage.json: resources[0].path: \"T.csv\" is not in " + in()
            + "; did you mean \"t.csv\"?");
    fails("{\"resources\": [{\"path\": \"spend.csv\"}]}",
        "datapackage.json: resources[0].path: \"spend.csv\" is not in " + in());
  }

  @Test
  void aSymbolicLinkOutOfTheFolder() throws IOException {
    Path secret = Files.writeString(tmp.resolve("secret.csv"), "a\n1\n");
    Fixture f = folder("datapackage.json", "{\"resources\": [{\"path\": \"link.csv\"}]}");
    Files.createSymbolicLink(f.input().resolve("link.csv"), secret);
    fails(f, "datapackage.json: resources[0].path: \"link.csv\" links to a file outside " + in());
  }

  @Test
  void twoDescriptorsInOneFolder() {
    Fixture f = folder("datapackage.json", "{\"resources\": [{\"path\": \"t.csv\"}]}")
        .file("datapackage.yaml", "resources: [{path: t.csv}]\n");
    fails(f, "both datapackage.json and datapackage.yaml are in " + f.input() + ": keep one");
  }

  // The command line

  @Test
  void theCommandLineSaysItInOneLineWithExitCodeTwo() {
    Fixture f = folder("datapackage.json", schema("""
        {"name": "a"}, {"name": "b", "type": "numbr"}""", ""));
    Cli.Run run = Cli.run(f.input().toString(), "-o", f.output().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("report: datapackage.json: resources[0].schema.fields[1].type: "
        + "\"numbr\" is not a Table Schema type; did you mean \"number\"? (types: string, number, "
        + "integer, boolean, date, time, datetime, year, yearmonth, any, object, array, list, "
        + "duration, geopoint, geojson)" + System.lineSeparator());
    assertThat(f.output()).doesNotExist();
  }

  @Test
  void theCommandLineShowsNoStackTraceForASyntaxError() {
    Fixture f = folder("datapackage.json", "{\"resources\": [}");
    Cli.Run run = Cli.run(f.input().toString(), "-o", f.output().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("report: datapackage.json:1:16: not valid JSON: ");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
