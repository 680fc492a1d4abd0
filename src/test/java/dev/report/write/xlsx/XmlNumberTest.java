package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class XmlNumberTest {
  private static String text(double x) {
    return XmlNumber.append(new StringBuilder(), x).toString();
  }

  @Test
  void plainNumbersArePlain() {
    assertThat(text(42.0)).isEqualTo("42");
    assertThat(text(-596.0)).isEqualTo("-596");
    assertThat(text(0.1)).isEqualTo("0.1");
    assertThat(text(60906.8)).isEqualTo("60906.8");
    assertThat(text(0.3843)).isEqualTo("0.3843");
    assertThat(text(-0.0005)).isEqualTo("-0.0005");
    assertThat(text(1.05)).isEqualTo("1.05");
    assertThat(text(45406)).isEqualTo("45406");
    assertThat(text(6.0E10)).isEqualTo("60000000000");
    assertThat(text(-0.0)).isEqualTo("0");
  }

  @Test
  void theRestIsJavasOwnText() {
    assertThat(text(0.00001)).isEqualTo("1.0E-5");
    assertThat(text(1e300)).isEqualTo("1.0E300");
    assertThat(text(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(text(1234567890123456.7)).isEqualTo(Double.toString(1234567890123456.7));
  }

  @Property(tries = 5000, seed = "20261127")
  void readsBackAsTheSameDouble(@ForAll("numbers") double x) {
    double back = Double.parseDouble(text(x));
    assertThat(back).isEqualTo(x == 0 ? 0.0 : x);
  }

  @Provide
  Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().filter(Double::isFinite),
        Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
            .map(l -> (double) l),
        Arbitraries.longs().between(-99_999_999, 99_999_999)
            .flatMap(m -> Arbitraries.integers().between(0, 6)
                .map(k -> m / Math.pow(10, k))));
  }
}
