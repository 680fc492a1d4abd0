package dev.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void aWholeNumberIsWrittenAsAnIntegerFieldWritesItHoweverLarge() {
    assertThat(Keys.canonical(1.0)).isEqualTo(Keys.canonical(1L)).isEqualTo("1");
    assertThat(Keys.canonical(-0.0)).isEqualTo("0");
    assertThat(Keys.canonical(1e15)).isEqualTo(Keys.canonical(1_000_000_000_000_000L));
    assertThat(Keys.canonical(1e16)).isEqualTo(Keys.canonical(10_000_000_000_000_000L));
    assertThat(Keys.canonical(1e20)).isEqualTo(Keys.canonical(new BigInteger("100000000000000000000")));
    assertThat(Keys.canonical(1.5)).isEqualTo("1.5");
    assertThat(Keys.canonical(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
  }
}
