package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report describe}: the descriptor it writes says what the data shows, validates the data it
 * was made from, and catches what a tightened constraint forbids.
 */
class DescribeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private Path copyExample() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> files = Files.list(Cli.EXAMPLE)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    return in;
  }

  @Test
  void theExampleValidatesAgainstItsOwnDescriptionAndATightenedOneCatchesTheExcess()
      throws IOException {
    Path in = copyExample();
    Cli.Run described = Cli.run("describe", in.toString());
    assertThat(described.exitCode()).as(described.err()).isZero();
    assertThat(described.out()).startsWith("Wrote " + in.resolve("datapackage.json")
        + ": 3 resources, 13 fields, 2 primary keys, 0 foreign keys.\n");

    Cli.Run checked = Cli.run(in.toString(), "-o", dir.resolve("out").toString());
    assertThat(checked.exitCode()).as(checked.err()).isZero();
    assertThat(checked.err()).isEmpty();
    assertThat(IssuesCsv.read(dir.resolve("out"))).isEmpty();

    // Tightened: no more than 36 billion at the low end of the guidance.
    ObjectNode pkg = (ObjectNode) JSON.readTree(in.resolve("datapackage.json").toFile());
    JsonNode low = field(pkg, "capex_guidance", "low_usd_billion");
    assertThat(low.get("type").asText()).isEqualTo("number");
    ((ObjectNode) low).putObject("constraints").put("maximum", 36);
    JSON.writeValue(in.resolve("datapackage.json").toFile(), pkg);

    Cli.Run tightened = Cli.run(in.toString(), "-o", dir.resolve("out2").toString());
    assertThat(tightened.exitCode()).isEqualTo(1);
    List<String> lines = Files.readAllLines(in.resolve("capex_guidance.csv"));
    List<String> issues = IssuesCsv.read(dir.resolve("out2")).stream().map(IssuesCsv.Row::brief).toList();
    assertThat(issues).isNotEmpty();
    for (String issue : issues) {
      assertThat(issue).matches("capex_guidance\\.csv:\\d+:low_usd_billion: error: constraint-error: "
          + "\"[0-9.]+\" is above the maximum of \"low_usd_billion\", 36");
    }
    // Exactly the records whose low end is above 36, at their lines.
    long above = lines.stream().skip(1).filter(l -> Double.parseDouble(l.split(",")[2]) > 36).count();
    assertThat(issues).hasSize((int) above);
  }

  /**
   * A backslash is an ordinary character of a file name on Linux and macOS: describe wrote
   * "back/slash.csv", and the run then stopped on a path that is not there (issue 19, item 23).
   */
  @Test
  void aFileNameWithABackslashIsDescribedAsItIsAndThenRead() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/',
        "a backslash separates folders on Windows");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("back\\slash.csv"), "name,amount\na,1\nb,2\n",
        StandardCharsets.UTF_8);
    assertThat(Cli.run("describe", in.toString()).exitCode()).isZero();
    JsonNode pkg = JSON.readTree(in.resolve("datapackage.json").toFile());
    assertThat(pkg.get("resources").get(0).get("path").asText()).isEqualTo("back\\slash.csv");
    Cli.Run checked = Cli.run(in.toString(), "-o", dir.resolve("out").toString());
    assertThat(checked.exitCode()).as(checked.err()).isZero();
    assertThat(checked.err()).isEmpty();
  }

  @Test
  void neverReplacesADescriptorWithoutForce() throws IOException {
    Path in = copyExample();
    Files.writeString(in.resolve("datapackage.json"), "{\"mine\": true}\n");
    Cli.Run refused = Cli.run("describe", in.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("report: " + in.resolve("datapackage.json")
        + " already exists; run describe with --force to replace it\n");
    assertThat(Files.readString(in.resolve("datapackage.json"))).isEqualTo("{\"mine\": true}\n");

    Cli.Run forced = Cli.run("describe", "--force", in.toString());
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(JSON.readTree(in.resolve("datapackage.json").toFile()).get("resources")).hasSize(3);
    try (Stream<Path> files = Files.list(in)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void frenchNumbersDatesBooleansAndKeysAreDescribedAsWritten() throws IOException {
    Path in = Files.createDirectories(dir.resolve("fr"));
    Files.writeString(in.resolve("hosts.csv"), """
        code;nom;actif;depuis;part;budget
        01;Nvidia;oui;18/07/2023;15 %;1\u00A0234,5
        02;AWS;non;19/07/2023;10 %;2\u00A0000,25
        03;Azure;oui;20/12/2023;12,5 %;300,75
        """, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("spend.csv"), """
        host,amount
        Nvidia,10
        AWS,20
        Nvidia,30
        """, StandardCharsets.UTF_8);
    Cli.Run described = Cli.run("describe", in.toString());
    assertThat(described.exitCode()).as(described.err()).isZero();
    JsonNode pkg = JSON.readTree(in.resolve("datapackage.json").toFile());
    JsonNode hosts = resource(pkg, "hosts");
    assertThat(hosts.get("dialect").get("delimiter").asText()).isEqualTo(";");
    assertThat(field(pkg, "hosts", "code").toString())
        .isEqualTo("{\"name\":\"code\",\"type\":\"string\"}");
    assertThat(field(pkg, "hosts", "actif").toString()).isEqualTo(
        "{\"name\":\"actif\",\"type\":\"boolean\",\"trueValues\":[\"oui\"],\"falseValues\":[\"non\"]}");
    assertThat(field(pkg, "hosts", "depuis").toString())
        .isEqualTo("{\"name\":\"depuis\",\"type\":\"date\",\"format\":\"%d/%m/%Y\"}");
    assertThat(field(pkg, "hosts", "part").toString()).isEqualTo(
        "{\"name\":\"part\",\"type\":\"number\",\"decimalChar\":\",\",\"bareNumber\":false}");
    assertThat(field(pkg, "hosts", "budget").toString()).isEqualTo(
        "{\"name\":\"budget\",\"type\":\"number\",\"decimalChar\":\",\",\"groupChar\":\" \"}");
    assertThat(hosts.get("schema").get("primaryKey").asText()).isEqualTo("code");
    JsonNode fk = resource(pkg, "spend").get("schema").get("foreignKeys");
    assertThat(fk.toString()).isEqualTo(
        "[{\"fields\":\"host\",\"reference\":{\"resource\":\"hosts\",\"fields\":\"nom\"}}]");

    // As is, it validates; the cells are typed as the data reads (15 % stays a percent).
    Path out = dir.resolve("out");
    Cli.Run checked = Cli.run(in.toString(), "-o", out.toString());
    assertThat(checked.exitCode()).as(checked.err()).isZero();
    assertThat(IssuesCsv.read(out)).isEmpty();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
      Sheet s = wb.getSheet("hosts");
      Cell part = s.getRow(1).getCell(4);
      assertThat(part.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(part.getNumericCellValue()).isEqualTo(0.15);
      assertThat(part.getCellStyle().getDataFormatString()).contains("%");
      Cell budget = s.getRow(1).getCell(5);
      assertThat(budget.getNumericCellValue()).isEqualTo(1234.5);
      Cell code = s.getRow(1).getCell(0);
      assertThat(code.getCellType()).isEqualTo(CellType.STRING);
      assertThat(code.getStringCellValue()).isEqualTo("01");
    }

    // A host that is not in hosts.csv is now a foreign-key error with its did-you-mean.
    Files.writeString(in.resolve("spend.csv"), "Nvdia,40\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Cli.Run bad = Cli.run(in.toString(), "-o", dir.resolve("out2").toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(IssuesCsv.read(dir.resolve("out2"))).extracting(IssuesCsv.Row::brief).containsExactly(
        "spend.csv:5:host: error: foreign-key: host \"Nvdia\" is not a value of nom in hosts.csv"
            + " (did you mean \"Nvidia\"?)");
  }

  private static JsonNode resource(JsonNode pkg, String name) {
    for (JsonNode r : pkg.get("resources")) {
      if (r.get("name").asText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no resource " + name + " in " + pkg);
  }

  private static JsonNode field(JsonNode pkg, String resource, String name) {
    for (JsonNode f : resource(pkg, resource).get("schema").get("fields")) {
      if (f.get("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no field " + name + " in " + resource);
  }
}
