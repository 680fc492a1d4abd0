package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared messy sample {@code ../shared/samples/messy/hotes.csv}, read where it lies (never
 * copied): Windows-1252, ';', CRLF, decimal commas, NBSP grouping, percents with a space,
 * day-first dates with one ISO date, and an {@code n/d} placeholder.
 */
class HotesSampleTest {
  private static final Path HOTES = Path.of("..", "shared", "samples", "messy", "hotes.csv");

  private TableProfile profile;
  private final List<RawRecord> records = new ArrayList<>();
  private final List<Value[]> rows = new ArrayList<>();

  @BeforeEach
  void read() throws IOException {
    Assumptions.assumeTrue(Files.exists(HOTES), "the shared sample is not beside the checkout");
    profile = TableReader.profile(HOTES, ReadOptions.DEFAULT);
    TableReader.read(profile, (r, values) -> {
      if (values != null) {
        records.add(r);
        rows.add(values);
      }
    });
  }

  @Test
  void encodingAndDialect() {
    assertThat(profile.status()).isEqualTo(TableProfile.Status.TABLE);
    assertThat(profile.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    assertThat(profile.dialect()).isEqualTo(new Dialect(';', '"', Dialect.LineEnding.CRLF));
  }

  @Test
  void labelsAreDecodedWithTheirAccents() {
    assertThat(profile.labels()).containsExactly(
        "Hôte", "Type", "Depuis le", "Revenus partagés (M$)", "Part estimée", "Remarque");
    assertThat(profile.columns()).isEqualTo(profile.labels());
  }

  @Test
  void columnTypes() {
    List<ColumnType> t = profile.types();
    assertThat(t).extracting(ColumnType::kind).containsExactly(ColumnType.Kind.TEXT,
        ColumnType.Kind.TEXT, ColumnType.Kind.DATE, ColumnType.Kind.DECIMAL,
        ColumnType.Kind.PERCENT, ColumnType.Kind.TEXT);
    assertThat(t.get(2).dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(t.get(3).decimalMark()).isEqualTo(',');
    assertThat(t.get(3).decimals()).isEqualTo(2);
    assertThat(t.get(4).decimals()).isZero();
  }

  @Test
  void recordsAndLines() {
    assertThat(profile.records()).isEqualTo(7);
    assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(6));
  }

  @Test
  void values() {
    Value[] aws = rows.get(0);
    assertThat(aws).containsExactly(new Value.Text("AWS"), new Value.Text("cloud"),
        new Value.Date(LocalDate.of(2023, 7, 18), "18/07/2023"), new Value.Decimal(12.4, "12,4"),
        new Value.Decimal(0.15, "15 %"), new Value.Text("Bedrock"));
    // n/d is a placeholder.
    assertThat(rows.get(2)[3]).isEqualTo(new Value.Empty("n/d"));
    assertThat(rows.get(3)[4]).isEqualTo(new Value.Decimal(0.10, "10 %"));
    // An empty percent, and a quoted remark with a doubled quote and a semicolon.
    Value[] groq = rows.get(4);
    assertThat(groq[2]).isEqualTo(new Value.Date(LocalDate.of(2024, 4, 18), "18/04/2024"));
    assertThat(groq[3]).isEqualTo(new Value.Decimal(0.4, "0,4"));
    assertThat(groq[4]).isEqualTo(new Value.Empty(""));
    assertThat(groq[5]).isEqualTo(new Value.Text("\"rapide\"; à vérifier"));
    // The one ISO date, and a no-break space as thousands separator.
    Value[] snowflake = rows.get(5);
    assertThat(snowflake[0]).isEqualTo(new Value.Text("Snowflake"));
    assertThat(snowflake[2]).isEqualTo(new Value.Date(LocalDate.of(2024, 4, 18), "2024-04-18"));
    assertThat(snowflake[3]).isEqualTo(new Value.Decimal(2200, "2\u00A0200"));
    assertThat(snowflake[5]).isEqualTo(new Value.Empty(""));
  }

  @Test
  void noValueIsInvalid() {
    assertThat(rows).allSatisfy(r -> assertThat(r).noneMatch(v -> v instanceof Value.Invalid));
  }
}
