package dev.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.read.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fingerprints: of a value as of its cell, and different for different cells. */
class DigestTest {
  static final List<Value> VALUES = List.of(new Value.Empty(""), new Value.Empty("  "),
      new Value.Text("x"), new Value.Text("a\u0001b"), new Value.Text(""),
      new Value.Decimal(1, "1"), new Value.Decimal(1, "1.0"), new Value.Decimal(-0.0, "-0"),
      new Value.Decimal(0.0, "0"), new Value.Date(LocalDate.of(2024, 2, 29), "29/02/2024"),
      new Value.Date(LocalDate.of(1850, 1, 1), "1850-01-01"),
      new Value.DateTime(LocalDateTime.of(2024, 1, 2, 3, 4), "2024-01-02 03:04"),
      new Value.Time(LocalTime.of(12, 30), "12:30"), new Value.Bool(true, "yes"),
      new Value.Bool(false, "no"), new Value.Range(60, 80, "60-80"), new Value.Invalid("n/a"));

  @Test
  void aValuesFingerprintIsItsCellsAndDifferentCellsDiffer() {
    Set<Cell> cells = new HashSet<>();
    Set<Long> prints = new HashSet<>();
    for (Value v : VALUES) {
      assertThat(Digest.value(v)).as("%s", v).isEqualTo(Digest.cell(Cell.of(v)));
      if (cells.add(Cell.of(v))) {
        prints.add(Digest.cell(Cell.of(v)));
      }
    }
    assertThat(prints).hasSameSizeAs(cells);
    // A number and its text, and a text of the digits of a date, are different cells.
    assertThat(Digest.cell(new Cell.Num(1))).isNotEqualTo(Digest.cell(new Cell.Txt("1")));
    assertThat(Digest.cell(Cell.BLANK)).isNotEqualTo(Digest.cell(new Cell.Txt("")));
  }

  @Test
  void aRecordsFingerprintDependsOnTheOrderOfItsCells() {
    Cell[] ab = {new Cell.Txt("a"), new Cell.Txt("b")};
    Cell[] ba = {new Cell.Txt("b"), new Cell.Txt("a")};
    assertThat(Digest.of(ab)).isNotEqualTo(Digest.of(ba));
    assertThat(Digest.of(ab)).isEqualTo(Digest.ofCells(Digest.cell(ab[0]), Digest.cell(ab[1])));
    assertThat(Digest.of(ab, new int[] {1})).isEqualTo(Digest.ofCells(Digest.cell(ab[1])));
  }
}
