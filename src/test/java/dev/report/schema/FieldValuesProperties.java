package dev.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.read.DateOrder;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The schema checks take a value from its typed cell when the cell holds it unchanged
 * ({@link FieldValues#of}); that must always be the value a fresh read gives.
 */
class FieldValuesProperties {

  @Property(tries = 3000, seed = "20261126")
  void aValueFromItsCellIsTheValueRead(@ForAll("fields") Field field, @ForAll("raws") String raw) {
    FieldValues v = new FieldValues(field, DateOrder.DAY_FIRST);
    Object read = v.read(raw);
    Object of = v.of(v.convert(raw), raw);
    if (read instanceof Double d && d.isNaN()) {
      assertThat(of).isInstanceOf(Double.class).matches(o -> ((Double) o).isNaN());
    } else {
      assertThat(of).as("%s read as %s", raw, field.type()).isEqualTo(read);
    }
  }

  @Provide
  Arbitrary<Field> fields() {
    Arbitrary<FieldType> types = Arbitraries.of(FieldType.STRING, FieldType.NUMBER,
        FieldType.INTEGER, FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME, FieldType.YEAR,
        FieldType.TIME, FieldType.YEARMONTH, FieldType.ANY);
    return types.flatMap(t -> Arbitraries.of("default", "any").flatMap(format ->
        Arbitraries.of(true, false).flatMap(bare -> Arbitraries.of("", ",", " ").map(group ->
            new Field("f", t, t == FieldType.STRING ? "default" : format, null,
                group.equals(",") ? "." : ",", group, bare, Field.TRUE_VALUES, Field.FALSE_VALUES,
                Set.of("", "n/a"), Constraints.NONE)))));
  }

  @Provide
  Arbitrary<String> raws() {
    Arbitrary<String> pieces = Arbitraries.of("1", "0", "12", "-3", "+4", "1,5", "1.5", "2 000",
        "1\u00A0234,5", "99999999999999999999", "123456789012345678", "1e3", "NaN", "INF",
        "-INF", "€95", "95 %", "true", "FALSE", "2024-02-29", "2023-02-29", "29/02/2024",
        "2024-02-29T12:00:00Z", "2024-02-29 12:00", "12:30:00", "12:30:00+02:00", "2024",
        "2024-13", "2024-03", "n/a", "", " ", "abc", "  7  ");
    return Arbitraries.oneOf(pieces, pieces.list().ofMaxSize(2).map(l -> String.join("", l)));
  }

}
