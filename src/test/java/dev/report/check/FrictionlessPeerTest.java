package dev.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import dev.report.Report;
import dev.report.ReportResult;
import dev.report.ReportConfig;

/**
 * The frictionless peer suite, read where it lies in {@code ../shared/peer-suites/frictionless/}
 * (never copied into the project). For every case that frictionless validates by inference only
 * ({@code "descriptor": null}), our reader and checker must find the errors its
 * {@code expected.json} lists: the same multiset of (file, row, field, type).
 *
 * <p>Mapping of our issues: {@code row} is the issue's line, except for header-label issues
 * (blank-label, duplicate-label), which frictionless places on no row; {@code field} is the issue's
 * column, or null for an issue about a whole record. Severities are not compared: we report some
 * of frictionless' errors as warnings.
 */
class FrictionlessPeerTest {
  private static final Path SUITE = Path.of("..", "shared", "peer-suites", "frictionless");

  /** One error as frictionless places it. */
  record Placed(String file, Long row, Integer field, String type) {
    static final Comparator<Placed> ORDER = Comparator.comparing(Placed::file)
        .thenComparing(Placed::row, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Placed::field, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Placed::type);

    static Placed of(Issue i) {
      boolean label = LABELS.contains(i.rule());
      Long row = label || i.line() == 0 ? null : i.line();
      // Frictionless places key errors on the whole row; we place them on the key's first cell.
      boolean rowLevel = i.rule() == Rule.PRIMARY_KEY || i.rule() == Rule.FOREIGN_KEY;
      Integer field = i.column() == 0 || rowLevel ? null : i.column();
      return new Placed(i.file(), row, field, i.rule().code());
    }

    static Placed of(JsonNode e) {
      JsonNode row = e.get("row");
      JsonNode field = e.get("field");
      return new Placed(e.get("file").asText(), row.isNull() ? null : row.asLong(),
          field.isNull() ? null : field.asInt(), e.get("type").asText());
    }
  }

  /** The suite's cases with a descriptor, or those without; skips when the suite is absent. */
  private static List<JsonNode> cases(boolean withDescriptor) throws IOException {
    Path expectedFile = SUITE.resolve("expected.json");
    Assumptions.assumeTrue(Files.isRegularFile(expectedFile),
        "the frictionless peer suite is not beside the checkout");
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(expectedFile.toFile()).get("cases")) {
      if (c.get("descriptor").isNull() != withDescriptor) {
        out.add(c);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> inferenceOnlyCasesGiveFrictionlessErrors() throws IOException {
    List<JsonNode> inferenceOnly = cases(false);
    assertThat(inferenceOnly).extracting(c -> c.get("case").asText()).containsExactlyInAnyOrder(
        "invalid-table", "blank-headers", "duplicate-headers", "defective-rows", "blank-rows",
        "blank-rows-multiple");
    return inferenceOnly.stream().map(c -> DynamicTest.dynamicTest(c.get("case").asText(),
        () -> check(c)));
  }

  static final java.util.Set<Rule> LABELS = java.util.EnumSet.of(Rule.BLANK_LABEL,
      Rule.DUPLICATE_LABEL, Rule.INCORRECT_LABEL, Rule.EXTRA_LABEL, Rule.MISSING_LABEL);

  /**
   * Cases with a descriptor: the whole pipeline runs on the case's folder, as a user would run it,
   * and must report exactly frictionless' errors (plus our checks beyond its baseline).
   */
  @TestFactory
  Stream<DynamicTest> descriptorCasesGiveFrictionlessErrors(@TempDir Path out) throws IOException {
    List<JsonNode> described = cases(true);
    assertThat(described).hasSize(9);
    return described.stream().map(c -> DynamicTest.dynamicTest(c.get("case").asText(), () -> {
      String name = c.get("case").asText();
      ReportResult result = Report.run(ReportConfig.of(List.of(SUITE.resolve(name)), out.resolve(name)));
      List<Placed> ours = new ArrayList<>();
      for (List<Issue> issues : result.firstIssues().values()) {
        assertThat(issues).as("all issues fit in the console's first ones").hasSizeLessThan(20);
        for (Issue i : issues) {
          if (!BEYOND_FRICTIONLESS.contains(i.rule())) {
            ours.add(Placed.of(i));
          }
        }
      }
      List<Placed> theirs = new ArrayList<>();
      for (JsonNode e : c.get("errors")) {
        theirs.add(Placed.of(e));
      }
      ours.sort(Placed.ORDER);
      theirs.sort(Placed.ORDER);
      assertThat(ours).as("our issues for %s", name).containsExactlyElementsOf(theirs);
    }));
  }

  static final java.util.Set<Rule> BEYOND_FRICTIONLESS = java.util.EnumSet.of(
      Rule.DUPLICATE_ROW, Rule.DUPLICATE_VALUE, Rule.NEAR_DUPLICATE, Rule.SPACES,
      Rule.MIXED_FORMATS, Rule.AMBIGUOUS_VALUE);

  private static void check(JsonNode c) throws IOException {
    Path dir = SUITE.resolve(c.get("case").asText());
    List<Placed> ours = new ArrayList<>();
    int csvs = 0;
    for (JsonNode f : c.get("files")) {
      String name = f.asText();
      if (!name.endsWith(".csv")) {
        continue;
      }
      csvs++;
      for (Issue i : TableCheckerTest.check(dir.resolve(name))) {
        // Checks frictionless does not run by default (duplicate-row is optional there) are ours
        // alone; the comparison is of the checks both run.
        if (!BEYOND_FRICTIONLESS.contains(i.rule())) {
          ours.add(Placed.of(i));
        }
      }
    }
    assertThat(csvs).as("CSV files of %s", dir).isPositive();
    List<Placed> theirs = new ArrayList<>();
    for (JsonNode e : c.get("errors")) {
      theirs.add(Placed.of(e));
    }
    assertThat(theirs).as("frictionless lists errors for %s", dir).isNotEmpty();
    // Multisets: compare the sorted lists (duplicates count).
    ours.sort(Placed.ORDER);
    theirs.sort(Placed.ORDER);
    assertThat(ours).as("our issues for %s", dir).containsExactlyElementsOf(theirs);
  }
}
