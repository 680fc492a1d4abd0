package dev.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign keys across the files of a Data Package, through the whole pipeline: each failing
 * child row once, with the parent key it likely means.
 */
class ForeignKeyTest {
  private static final Path HOTES = Path.of("..", "shared", "samples", "messy", "hotes.csv");

  @TempDir Path tmp;

  /** hosts.csv keyed by {@code name}; spend.csv's {@code host} points at it. */
  private static final String HOSTS_AND_SPEND = """
      {"resources": [
        {"name": "hosts", "path": "hosts.csv", "schema": {
          "fields": [{"name": "name"}, {"name": "since", "type": "integer"}],
          "primaryKey": "name"}},
        {"name": "spend", "path": "spend.csv", "schema": {
          "fields": [{"name": "host"}, {"name": "usd", "type": "number"}],
          "foreignKeys": [{"fields": "host", "reference": {"resource": "hosts", "fields": "name"}}]}}
      ]}
      """;

  @Test
  void aMisspeltKeyGetsTheParentKeyItLikelyMeans() {
    assertThat(Fixture.in(tmp).file("datapackage.json", HOSTS_AND_SPEND)
        .file("hosts.csv", "name,since\nNvidia,2020\nAWS,2021\n")
        .file("spend.csv", "host,usd\nNvidia,1\nNvdia,2\nnvidia,3\nIBM,4\nNvdia,5\nAWS,6\n")
        .issues()).containsExactly(
        "spend.csv:3:host: error: foreign-key: host \"Nvdia\" is not a value of name in hosts.csv "
            + "(did you mean \"Nvidia\"?)",
        // Only the case differs: the same did-you-mean.
        "spend.csv:4:host: error: foreign-key: host \"nvidia\" is not a value of name in hosts.csv "
            + "(did you mean \"Nvidia\"?)",
        "spend.csv:5:host: error: foreign-key: host \"IBM\" is not a value of name in hosts.csv",
        // Each failing row once, however often its key fails.
        "spend.csv:6:host: error: foreign-key: host \"Nvdia\" is not a value of name in hosts.csv "
            + "(did you mean \"Nvidia\"?)");
  }

  @Test
  void whenTheFieldsHaveOneNameTheMessageNamesOnlyTheFile() {
    assertThat(Fixture.in(tmp).file("datapackage.json", """
        {"resources": [
          {"name": "hosts", "path": "hosts.csv", "schema": {"fields": [{"name": "host"}]}},
          {"name": "spend", "path": "spend.csv", "schema": {
            "fields": [{"name": "host"}, {"name": "usd", "type": "number"}],
            "foreignKeys": [{"fields": "host", "reference": {"resource": "hosts", "fields": "host"}}]}}
        ]}
        """)
        .file("hosts.csv", "host\nNvidia\nAWS\n")
        .file("spend.csv", "host,usd\nNvdia,1\nAWS,2\n")
        .issues()).containsExactly(
        "spend.csv:2:host: error: foreign-key: host \"Nvdia\" is not in hosts.csv "
            + "(did you mean \"Nvidia\"?)");
  }

  @Test
  void aBadParentRowIsReportedOnTheParentAloneAndEmptyKeysAreNotChecked() {
    // Groq's "since" is not an integer: one error in hosts.csv, none for the spend on Groq.
    assertThat(Fixture.in(tmp).file("datapackage.json", HOSTS_AND_SPEND)
        .file("hosts.csv", "name,since\nNvidia,2020\nGroq,soon\n")
        .file("spend.csv", "host,usd\nGroq,1\n,2\nNvidia,3\n")
        .issues()).containsExactly(
        "hosts.csv:3:since: error: type-error: expected an integer, as the schema says of "
            + "\"since\"; kept as text");
  }

  @Test
  void compositeKeys() {
    assertThat(Fixture.in(tmp).file("datapackage.json", """
        {"resources": [
          {"name": "hosts", "path": "hosts.csv", "schema": {
            "fields": [{"name": "region"}, {"name": "name"}], "primaryKey": ["region", "name"]}},
          {"name": "spend", "path": "spend.csv", "schema": {
            "fields": [{"name": "region"}, {"name": "host"}, {"name": "usd", "type": "number"}],
            "foreignKeys": [{"fields": ["region", "host"],
              "reference": {"resource": "hosts", "fields": ["region", "name"]}}]}}
        ]}
        """)
        .file("hosts.csv", "region,name\nEU,Nvidia\nUS,AWS\n")
        .file("spend.csv", "region,host,usd\nEU,Nvidia,1\nUS,Nvidia,2\nUS,AWS,3\n,,4\n")
        .issues()).containsExactly(
        "spend.csv:3:region: error: foreign-key: (region, host) (\"US\", \"Nvidia\") is not a "
            + "value of (region, name) in hosts.csv (did you mean (\"EU\", \"Nvidia\")?)");
  }

  @Test
  void aSelfReferenceComparesValuesAsTheirType() {
    assertThat(Fixture.in(tmp).file("datapackage.json", """
        {"resources": [{"name": "people", "path": "people.csv", "schema": {
          "fields": [{"name": "id", "type": "integer"}, {"name": "manager", "type": "integer"}],
          "primaryKey": "id",
          "foreignKeys": [{"fields": "manager", "reference": {"resource": "", "fields": "id"}}]}}]}
        """)
        .file("people.csv", "id,manager\n1,\n2,1\n3,02\n4,9\n5,4\n")
        .issues()).containsExactly(
        "people.csv:5:manager: error: foreign-key: manager \"9\" is not a value of id in this table");
  }

  @Test
  void aParentWithoutSchemaIsFoundByItsHeader() {
    assertThat(Fixture.in(tmp).file("datapackage.json", """
        {"resources": [
          {"name": "hosts", "path": "hosts.csv"},
          {"name": "spend", "path": "spend.csv", "schema": {
            "fields": [{"name": "host"}, {"name": "usd", "type": "number"}],
            "foreignKeys": [{"fields": "host", "reference": {"resource": "hosts", "fields": "name"}}]}}
        ]}
        """)
        .file("hosts.csv", "kind,name\ncloud,Nvidia\ncloud,Azure\n")
        .file("spend.csv", "host,usd\nNvidia,1\nAzur,2\n")
        .issues()).containsExactly(
        "spend.csv:3:host: error: foreign-key: host \"Azur\" is not a value of name in hosts.csv "
            + "(did you mean \"Azure\"?)");
  }

  /**
   * The shared messy sample (read where it lies, copied at test time into a temporary folder),
   * beside a partners list that its {@code Hôte} column must match.
   */
  @Test
  void theMessySampleAgainstAPartnersList() throws IOException {
    Assumptions.assumeTrue(Files.exists(HOTES), "the shared sample is not beside the checkout");
    Fixture f = Fixture.in(tmp).file("datapackage.json", """
        {"resources": [
          {"name": "partners", "path": "partners.csv"},
          {"name": "hotes", "path": "hotes.csv", "schema": {
            "fields": [
              {"name": "Hôte"}, {"name": "Type"}, {"name": "Depuis le", "type": "date", "format": "any"},
              {"name": "Revenus partagés (M$)", "type": "number", "decimalChar": ",", "groupChar": " ",
                "missingValues": ["", "n/d"]},
              {"name": "Part estimée", "type": "number", "bareNumber": false},
              {"name": "Remarque"}],
            "foreignKeys": [{"fields": "Hôte",
              "reference": {"resource": "partners", "fields": "name"}}]}}
        ]}
        """).file("partners.csv", """
        name
        AWS
        Azure
        Google Cloud
        Databricks
        Groq
        Snowflake
        """);
    Files.copy(HOTES, f.input().resolve("hotes.csv"));
    // Every value reads as its field says (n/d is missing, 2 200 has a no-break space, 15 % is
    // 15); the schema says which columns are unique, so the repeated AWS is not guessed at.
    assertThat(f.issues()).containsExactly(
        "hotes.csv:4:Type: warning: near-duplicate: \"Cloud\" differs from \"cloud\" (3 records "
            + "of \"Type\") only by case, spacing or one letter (did you mean \"cloud\"?)",
        "hotes.csv:5:Hôte: error: foreign-key: Hôte \"Databrick\" is not a value of name in "
            + "partners.csv (did you mean \"Databricks\"?)");
  }

  /** The same sample without a descriptor: what the data alone shows, each at its line. */
  @Test
  void theMessySampleAloneShowsItsCasingAndItsRepeatedRow() throws IOException {
    Assumptions.assumeTrue(Files.exists(HOTES), "the shared sample is not beside the checkout");
    Fixture f = Fixture.in(tmp);
    Files.copy(HOTES, f.input().resolve("hotes.csv"));
    assertThat(f.issues()).containsExactly(
        "hotes.csv:1:Depuis le: warning: mixed-formats: the dates of \"Depuis le\" are written in "
            + "more than one form (18/07/2023, 2024-04-18); all were read as dates, numeric ones "
            + "day first (write every date the same way, best as yyyy-mm-dd)",
        "hotes.csv:4:Type: warning: near-duplicate: \"Cloud\" differs from \"cloud\" (3 records "
            + "of \"Type\") only by case, spacing or one letter (did you mean \"cloud\"?)",
        "hotes.csv:8:Hôte: warning: duplicate-value: \"AWS\" is already in \"Hôte\" at line 2, "
            + "where nearly every other value appears once (remove the repeated record, or tell "
            + "the two apart)");
  }
}
