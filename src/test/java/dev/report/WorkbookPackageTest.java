package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data Package resources that point at a workbook's sheet, as Frictionless writes them (a
 * {@code dialect} with the {@code sheet}), and {@code report describe} writing them (issue 16,
 * items 2 and 7).
 */
class WorkbookPackageTest {
  @TempDir Path tmp;

  private Path in() throws IOException {
    return Files.createDirectories(tmp.resolve("in"));
  }

  @Test
  void describeWritesOneResourcePerSheetAndTheRunValidatesAgainstIt() throws IOException {
    WorkbookFixtures.budget(in());
    Cli.Run described = Cli.run("describe", in().toString());
    assertThat(described.exitCode()).as(described.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(in().resolve("datapackage.json").toFile());
    List<String> sheets = new java.util.ArrayList<>();
    for (JsonNode r : root.get("resources")) {
      assertThat(r.get("path").asText()).isEqualTo("budget.xlsx");
      assertThat(r.get("format").asText()).isEqualTo("xlsx");
      sheets.add(r.get("dialect").get("sheet").asText());
    }
    assertThat(sheets).containsExactly("Capex", "Partners");
    Cli.Run run = Cli.run(in().toString(), "-o", tmp.resolve("out").toString());
    // The described types are now the schema's: the values that did not fit them are errors.
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("budget.xlsx [Capex]", "budget.xlsx [Partners]");
    assertThat(run.err().lines().filter(l -> l.contains(": error: ")).toList()).containsExactly(
        "budget.xlsx [Capex]:7:high: error: expected an integer, as the schema says of \"high\";"
            + " kept as text",
        "budget.xlsx [Partners]:6:joined: error: expected a date, as the schema says of"
            + " \"joined\"; kept as text");
  }

  @Test
  void aResourcesSheetIsCheckedAgainstItsSchema() throws IOException {
    WorkbookFixtures.budget(in());
    Files.writeString(in().resolve("datapackage.json"), """
        {"resources": [{"name": "capex", "path": "budget.xlsx", "format": "xlsx",
          "dialect": {"excel": {"sheet": "Capex"}},
          "schema": {"fields": [{"name": "item", "type": "string"},
            {"name": "high", "type": "integer", "constraints": {"minimum": 15}}]}}]}
        """);
    Cli.Run run = Cli.run(in().toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(IssuesCsv.read(tmp.resolve("out")).stream()
        .filter(i -> i.file().equals("budget.xlsx [Capex]") && i.line() == 2).toList())
        .extracting(IssuesCsv.Row::column, IssuesCsv.Row::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("high", "10"));
  }

  @Test
  void aSheetThatIsNotInTheWorkbookIsAUsageErrorWithDidYouMean() throws IOException {
    WorkbookFixtures.budget(in());
    Files.writeString(in().resolve("datapackage.json"), """
        {"resources": [{"name": "capex", "path": "budget.xlsx", "dialect": {"sheet": "Capx"}}]}
        """);
    Cli.Run run = Cli.run(in().toString(), "-o", tmp.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("report: datapackage.json: resources[0] (capex): the"
        + " sheet \"Capx\" is not a sheet of budget.xlsx that is read (its sheets: Partners, Capex,"
        + " Secret; hidden, chart and empty sheets are not read); did you mean \"Capex\"?");
  }
}
