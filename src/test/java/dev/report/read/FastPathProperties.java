package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

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
}
