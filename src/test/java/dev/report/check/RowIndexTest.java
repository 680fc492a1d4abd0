package dev.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowIndexTest {
  @Test
  void findsTheFirstLineOfARepeatAfterGrowingPastItsFirstTable() {
    RowIndex index = new RowIndex();
    for (int i = 0; i < 5_000; i++) {
      assertThat(index.firstLine(List.of("r", Integer.toString(i)), i + 2)).isZero();
    }
    assertThat(index.firstLine(List.of("r", "0"), 9_000)).isEqualTo(2);
    assertThat(index.firstLine(List.of("r", "4999"), 9_001)).isEqualTo(5_001);
  }

  @Test
  void anIndexSizedForTheRecordsFindsTheSameRepeats() {
    RowIndex index = new RowIndex(5_000);
    for (int i = 0; i < 5_000; i++) {
      assertThat(index.firstLine(List.of("r", Integer.toString(i)), i + 2)).isZero();
    }
    assertThat(index.firstLine(List.of("r", "0"), 9_000)).isEqualTo(2);
    assertThat(index.firstLine(List.of("r", "4999"), 9_001)).isEqualTo(5_001);
    assertThat(index.firstLine(List.of("r", "5000"), 9_002)).isZero();
  }

  @Test
  void cellBoundariesAndCountsMatter() {
    RowIndex index = new RowIndex();
    assertThat(index.firstLine(List.of("ab", "c"), 2)).isZero();
    assertThat(index.firstLine(List.of("a", "bc"), 3)).isZero();
    assertThat(index.firstLine(List.of("ab", "c", ""), 4)).isZero();
    assertThat(index.firstLine(List.of("ab", "c"), 5)).isEqualTo(2);
  }
}
