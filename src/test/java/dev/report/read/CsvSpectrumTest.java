package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The csv-spectrum peer suite, read where it lies in {@code ../shared/peer-suites/csv-spectrum/}
 * (never copied into the project): every CSV under {@code csvs/} must give the header and records
 * that {@code json/<same name>.json} lists, field text for field text.
 *
 * <p>Exceptions, both about the suite's data rather than our reader:
 * <ul>
 *   <li>{@code location_coordinates}: the JSON's phone number ({@code 1234567890}) is not the
 *       CSV's ({@code 2095257564}); the CSV is trusted for that one field. Its JSON is also a
 *       single object rather than a list of one.
 *   <li>A JSON value may hold a CRLF written inside a quoted field ({@code newlines_crlf}); when
 *       the stored CSV holds no CR byte at all, its line ends were turned into LF when it was
 *       copied, so that CRLF is expected as the LF the file now holds. When the file does keep
 *       its CRs, the JSON is compared as it is.
 * </ul>
 */
class CsvSpectrumTest {
  private static final Path SUITE = Path.of("..", "shared", "peer-suites", "csv-spectrum");
  private static final Map<String, Map<String, String>> TRUST_THE_CSV =
      Map.of("location_coordinates", Map.of("Contact Phone Number", "2095257564"));

  private final ObjectMapper json = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyCsvReadsAsItsJsonSays() throws IOException {
    Path csvs = SUITE.resolve("csvs");
    Assumptions.assumeTrue(Files.isDirectory(csvs), "csv-spectrum is not beside the checkout");
    List<Path> files;
    try (Stream<Path> list = Files.list(csvs)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private void check(Path csv) throws IOException {
    String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
    Path expectedFile = SUITE.resolve("json").resolve(name + ".json");
    assertThat(expectedFile).as("expected records for %s", name).exists();
    boolean fileHasCr = false;
    for (byte b : Files.readAllBytes(csv)) {
      fileHasCr |= b == '\r';
    }

    JsonNode root = json.readTree(expectedFile.toFile());
    List<JsonNode> objects = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(objects::add);
    } else {
      objects.add(root);
    }
    assertThat(objects).as("%s expects records", name).isNotEmpty();
    List<String> expectedHeader = new ArrayList<>();
    objects.get(0).properties().forEach(e -> expectedHeader.add(e.getKey()));
    Map<String, String> trusted = TRUST_THE_CSV.getOrDefault(name, Map.of());
    List<List<String>> expectedRecords = new ArrayList<>();
    for (JsonNode o : objects) {
      List<String> keys = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        keys.add(e.getKey());
        assertThat(e.getValue().isTextual()).as("%s: every JSON value is a string", name).isTrue();
        String v = e.getValue().textValue();
        if (!fileHasCr) {
          v = v.replace("\r\n", "\n");
        }
        values.add(trusted.getOrDefault(e.getKey(), v));
      }
      assertThat(keys).as("%s: same keys in every record", name).isEqualTo(expectedHeader);
      expectedRecords.add(values);
    }

    TableProfile profile = TableReader.profile(csv, ReadOptions.DEFAULT);
    assertThat(profile.status()).as(name).isEqualTo(TableProfile.Status.TABLE);
    assertThat(profile.labels()).as("%s header", name).isEqualTo(expectedHeader);
    assertThat(profile.columns()).as("%s columns", name).isEqualTo(expectedHeader);
    assertThat(profile.records()).as("%s record count", name).isEqualTo(expectedRecords.size());

    List<RawRecord> header = new ArrayList<>();
    List<List<String>> actual = new ArrayList<>();
    TableReader.read(profile, (r, values) -> {
      if (values == null) {
        assertThat(r.emptyLine() || header.isEmpty())
            .as("%s: only the header and empty lines come untyped", name).isTrue();
        if (!r.emptyLine()) {
          header.add(r);
        }
        return;
      }
      assertThat(r.unterminatedQuote()).isFalse();
      assertThat(values).hasSize(expectedHeader.size());
      for (int i = 0; i < values.length; i++) {
        // Every typed value keeps its text as written.
        assertThat(values[i].text()).as("%s line %d column %d", name, r.line(), i + 1)
            .isEqualTo(r.fields().get(i));
      }
      actual.add(r.fields());
    });
    assertThat(header).singleElement().satisfies(h -> {
      assertThat(h.line()).isEqualTo(1);
      assertThat(h.fields()).isEqualTo(expectedHeader);
    });
    assertThat(actual).as("%s records", name).isEqualTo(expectedRecords);
  }
}
