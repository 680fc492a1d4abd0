package dev.report.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void aSwapOfTwoNeighboursIsOneEdit() {
    assertThat(Names.distance("hots", "host")).isEqualTo(1);
    assertThat(Names.distance("emial", "email")).isEqualTo(1);
    assertThat(Names.closest("hots", List.of("date", "host", "amount"))).isEqualTo("host");
    assertThat(Names.closest("emial", List.of("uri", "email", "uuid"))).isEqualTo("email");
  }

  @Test
  void oneEditInThreeCharactersAndNoneInVeryShortNames() {
    assertThat(Names.closest("a", List.of("b", "c"))).isNull();
    assertThat(Names.closest("ab", List.of("ac"))).isNull();
    assertThat(Names.closest("AB", List.of("ab"))).as("case is folded").isEqualTo("ab");
    assertThat(Names.closest("Databrick", List.of("AWS", "Databricks"))).isEqualTo("Databricks");
    assertThat(Names.closest("numbr", List.of("string", "number"))).isEqualTo("number");
    assertThat(Names.closest("nmbr", List.of("number"))).as("two edits in four characters").isNull();
  }
}
