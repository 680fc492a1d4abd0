package dev.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.report.ExitCode;
import dev.report.FuzzTries;
import dev.report.Report;
import dev.report.ReportConfig;
import dev.report.ReportException;
import dev.report.ReportResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Descriptors put together from valid and invalid pieces (types, formats, constraint values of
 * every JSON kind, keys naming real and unknown fields, dialects, odd paths): a run always ends
 * with a report (exit 0 or 1) or a usage error (exit 2) with a one-line message, never a bug.
 */
@AddLifecycleHook(value = FuzzTries.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class DescriptorFuzzProperties {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private Path dir;

  @BeforeTry
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("fuzz-schema");
  }

  @AfterTry
  void removeDir() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 200, seed = "20261126")
  void anyDescriptorEndsInAReportOrAUsageError(@ForAll("descriptors") ObjectNode descriptor)
      throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.csv"), """
        id,name,amount,day,ok
        1,AWS,12.5,2024-01-31,true
        2,Nvidia,-3,31/01/2024,no
        2,nvidia,,2024-02-30,1
        x,Groq,1 234,,false
        """, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.csv"), "host;share\nAWS;15 %\nNvdia;10 %\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("datapackage.json"), new ObjectMapper().writeValueAsString(descriptor));
    try {
      ReportResult r = Report.run(ReportConfig.of(List.of(in), dir.resolve("out")));
      assertThat(r.exitCode()).isIn(ExitCode.OK, ExitCode.DATA_ERRORS);
      assertThat(dir.resolve("out/report.xlsx")).isNotEmptyFile();
      Statistics.collect("report written");
    } catch (ReportException e) {
      assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(ExitCode.USAGE);
      assertThat(e.getMessage()).startsWith("datapackage.json").doesNotContain("\n");
      assertThat(dir.resolve("out")).doesNotExist();
      Statistics.collect("usage error");
    }
  }

  @Provide
  Arbitrary<ObjectNode> descriptors() {
    Arbitrary<ObjectNode> a = resource("a.csv", List.of("id", "name", "amount", "day", "ok", "extra"));
    Arbitrary<ObjectNode> b = resource("b.csv", List.of("host", "share"));
    return Combinators.combine(a, b, Arbitraries.integers().between(0, 3)).as((ra, rb, shape) -> {
      ObjectNode root = F.objectNode();
      ArrayNode list = root.putArray("resources");
      if (shape != 1) {
        list.add(ra);
      }
      if (shape != 2) {
        list.add(rb);
      }
      return root;
    });
  }

  private Arbitrary<ObjectNode> resource(String path, List<String> names) {
    Arbitrary<String> paths = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just(path)),
        Tuple.of(1, Arbitraries.of("../" + path, "/etc/passwd", "https://example.org/" + path,
            "missing.csv", "")));
    Arbitrary<List<ObjectNode>> fields = field(names).list().ofMaxSize(6)
        .uniqueElements(f -> f.get("name").asText());
    Arbitrary<ObjectNode> dialect = Arbitraries.of("{}", "{\"delimiter\": \";\"}",
        "{\"header\": false}", "{\"delimiter\": \",,\"}", "{\"quoteChar\": \"'\"}",
        "{\"delimiter\": \"\\\"\"}", "{\"commentChar\": \"#\"}", "[]", "\"x\"").map(this::json);
    Arbitrary<ObjectNode> keys = Combinators.combine(Arbitraries.of(names).list().ofMaxSize(2),
        Arbitraries.of("a", "b", "", "zz"), Arbitraries.of(names).list().ofMaxSize(2),
        Arbitraries.integers().between(0, 23)).as((own, parent, theirs, which) -> {
          ObjectNode k = F.objectNode();
          if (which >= 8) {
            return k;
          }
          if ((which & 1) != 0) {
            k.set("primaryKey", strings(own));
          }
          if ((which & 2) != 0) {
            k.putArray("uniqueKeys").add(strings(own));
          }
          if ((which & 4) != 0) {
            ObjectNode fk = k.putArray("foreignKeys").addObject();
            fk.set("fields", strings(own));
            ObjectNode ref = fk.putObject("reference");
            ref.put("resource", parent);
            ref.set("fields", strings(theirs));
          }
          return k;
        });
    return Combinators.combine(paths, fields, dialect, keys, Arbitraries.of(true, false))
        .as((p, fs, d, k, withDialect) -> {
          ObjectNode r = F.objectNode();
          r.put("name", path.substring(0, 1));
          r.put("path", p);
          if (withDialect) {
            r.set("dialect", d.get("v"));
          }
          ObjectNode schema = r.putObject("schema");
          ArrayNode list = schema.putArray("fields");
          fs.forEach(list::add);
          schema.setAll(k);
          return r;
        });
  }

  private Arbitrary<ObjectNode> field(List<String> names) {
    Arbitrary<String> types = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.of("string", "number", "integer", "boolean", "date", "time",
            "datetime", "year", "yearmonth", "any")),
        Tuple.of(1, Arbitraries.of("geopoint", "numbr", "")));
    Arbitrary<String> formats = Arbitraries.of("default", "any", "%d/%m/%Y", "%Y-%m-%d", "%q",
        "%", "email", "uri", "uuid", "binary", "fmt:%d.%m.%Y");
    Arbitrary<String> constraintKeys = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.of("required", "unique", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "minLength", "maxLength", "pattern", "enum")),
        Tuple.of(1, Arbitraries.of("contraints", "minimun")));
    Arbitrary<String> values = Arbitraries.of("true", "false", "0", "-1", "2.5", "1e309",
        "\"2024-01-01\"", "\"abc\"", "\"[a-z\"", "\"^A.*\"", "null", "[]", "[1, \"2\"]",
        "[\"AWS\", \"Nvidia\"]", "{}", "99999999999999999999999", "\"12:00\"", "\"2024\"");
    Arbitrary<ObjectNode> constraints = Combinators.combine(constraintKeys, values).as((k, v) -> {
      ObjectNode c = F.objectNode();
      c.set(k, json("{\"v\": " + v + "}").get("v"));
      return c;
    }).list().ofMaxSize(3).map(cs -> {
      ObjectNode c = F.objectNode();
      cs.forEach(c::setAll);
      return c;
    });
    Arbitrary<String> chars = Arbitraries.of(".", ",", " ", ".", ",", " ", "", "ab");
    return Combinators.combine(Arbitraries.of(names), types, formats, constraints, chars, chars,
        Arbitraries.integers().between(0, 15)).as((name, type, format, c, dec, group, which) -> {
          ObjectNode f = F.objectNode();
          f.put("name", name);
          f.put("type", type);
          if ((which & 1) != 0) {
            f.put("format", format);
          }
          if ((which & 2) != 0) {
            f.set("constraints", c);
          }
          if ((which & 4) != 0) {
            f.put("decimalChar", dec);
            f.put("groupChar", group);
          }
          if ((which & 8) != 0) {
            f.put("bareNumber", false);
            f.putArray("missingValues").add("").add("n/a");
          }
          return f;
        });
  }

  private static ArrayNode strings(List<String> names) {
    ArrayNode a = F.arrayNode();
    names.forEach(a::add);
    return a;
  }

  private ObjectNode json(String text) {
    try {
      return (ObjectNode) new ObjectMapper().readTree(text.startsWith("{\"v\"") ? text : "{\"v\": " + text + "}");
    } catch (IOException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
