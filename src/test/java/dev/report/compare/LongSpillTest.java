package dev.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Longs kept on the heap, then in a temporary file, read back in order. */
class LongSpillTest {
  @Test
  void everyValueComesBackInOrderOnTheHeapOrFromTheFile() {
    for (int n : new int[] {0, 1, 31, 32, LongSpill.IN_MEMORY, LongSpill.IN_MEMORY + 1, 100_003}) {
      try (LongSpill spill = new LongSpill()) {
        for (long i = 0; i < n; i++) {
          spill.add(i * 0x9E3779B97F4A7C15L);
        }
        assertThat(spill.size()).isEqualTo(n);
        long[] back = spill.toArray();
        assertThat(back).hasSize(n);
        for (int i = 0; i < n; i++) {
          assertThat(back[i]).as("value %d of %d", i, n).isEqualTo(i * 0x9E3779B97F4A7C15L);
        }
      }
    }
  }
}
