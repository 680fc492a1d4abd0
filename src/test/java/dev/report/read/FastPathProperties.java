package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader's fast paths give exactly what the general code gives. Seeded: the same cases on
 * every run.
 */
class FastPathProperties {
  /** Plain numbers of up to 15 digits, with or without a sign and a decimal part. */
  @Provide
  Arbitrary<String> plainNumbers() {
    Arbitrary<String> intPart = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1)
        .ofMaxLength(15);
    Arbitrary<String> fraction = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0)
        .ofMaxLength(14);
    return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-"), intPart, fraction)
        .as((sign, i, f) -> sign + i + (f.isEmpty() ? "" : "." + f));
  }

  @Property(tries = 5000, seed = "20261127")
  void plainNumbersReadAsParseDoubleDoes(@ForAll("plainNumbers") String text) {
    NumberText.Parsed p = NumberText.parse(text, '.');
    if (p != null) {
      assertThat(p.value()).as(text).isEqualTo(Double.parseDouble(text)); // -0.0 too
    }
  }

  /** Values near the shapes the first pass reads from characters, and near their edges. */
  @Provide
  Arbitrary<String> cells() {
    Arbitrary<String> chars = Arbitraries.strings()
        .withChars("0123456789-.,  \u00A0\u2013#/:TeE%$nNaAtrufsyolFYOS")
        .ofMinLength(0).ofMaxLength(12);
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1)
        .ofMaxLength(18);
    Arbitrary<String> numbers = net.jqwik.api.Combinators.combine(
            Arbitraries.of("", "-", " ", "+"), digits,
            Arbitraries.of("", ".", ","), Arbitraries.strings().withCharRange('0', '9')
                .ofMaxLength(5), Arbitraries.of("", " ", "\u00A0"))
        .as((a, b, c, d, e) -> a + b + c + d + e);
    Arbitrary<String> dates = net.jqwik.api.Combinators.combine(
            Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
            Arbitraries.integers().between(0, 32))
        .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> words = Arbitraries.of("true", "FALSE", "yes", "No", "oui", "non", "n/a",
        "NA", "-", "\u2014", "null", "None", "#N/A", "nan", "nd", "N/D", "na n", "AWS", "NL",
        "Nvidia", "x", "", " ", "1,5", "12.345", "1900", "2100", "2101", "1899", "-1950",
        "0", "-0", "00", "0.5", "1e5", "2024-02-30", "2024-02-29", "2023-02-29",
        "a".repeat(70), "1".repeat(70), "\u0130", "\u212A");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, chars),
        net.jqwik.api.Tuple.of(3, numbers), net.jqwik.api.Tuple.of(2, dates),
        net.jqwik.api.Tuple.of(3, words));
  }

  /**
   * A column profiled with the fast path (common shapes tallied from characters) is the same,
   * field by field, as one profiled the general way.
   */
  @Property(tries = 2000, seed = "20261127")
  void theFastPathProfilesAsTheGeneralWayDoes(@ForAll("column") List<String> column) {
    ColumnProfile general = new ColumnProfile();
    ColumnProfile fast = new ColumnProfile();
    for (String v : column) {
      general.general(v);
      fast.add(v);
    }
    assertThat(fast).usingRecursiveComparison().ignoringFields("chars").isEqualTo(general);
    assertThat(fast.distinctValues()).containsExactlyEntriesOf(general.distinctValues());
  }

  @Provide
  Arbitrary<List<String>> column() {
    return Arbitraries.oneOf(cells().list().ofMinSize(1).ofMaxSize(80),
        cells().list().ofMinSize(1).ofMaxSize(3).flatMap(few ->
            Arbitraries.of(few).list().ofMinSize(1).ofMaxSize(100)));
  }
}
