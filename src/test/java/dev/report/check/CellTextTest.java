package dev.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the writer puts in a text cell: no control characters, at most 32,767 characters. */
class CellTextTest {
  private static final int MAX = CellText.MAX_LENGTH;

  @Test
  void controlCharactersAreFoundAndRemovedButTabsAndLineBreaksStay() {
    assertThat(CellText.hasControl("a\tb\r\nc")).isFalse();
    assertThat(CellText.hasControl("caf\u00E9 \u00A0")).isFalse();
    assertThat(CellText.hasControl("a\u0000")).isTrue();
    assertThat(CellText.hasControl("\u001Fa")).isTrue();
    assertThat(CellText.hasControl("a\u007Fb")).isTrue();
    assertThat(CellText.hasControl("\uFFFE")).isTrue();
    assertThat(CellText.hasControl("\uFFFF")).isTrue();
    assertThat(CellText.clean("a\u0000b\tc\u007F\uFFFEd\r\ne\uFFFF"))
        .isEqualTo("ab\tcd\r\ne");
  }

  @Test
  void textUpToTheLimitIsKeptWhole() {
    String s = "x".repeat(MAX);
    assertThat(CellText.clean(s)).isSameAs(s);
    // Removing the control character brings it back to the limit: nothing is cut.
    assertThat(CellText.clean("\u0001" + s)).isEqualTo(s);
  }

  @Test
  void longerTextIsCutToTheLimitWithAVisibleMark() {
    String cut = CellText.clean("x".repeat(MAX + 1));
    assertThat(cut).hasSize(MAX)
        .endsWith(" [cut: the value was longer than Excel allows]")
        .isEqualTo("x".repeat(MAX - CellText.CUT_MARK.length()) + CellText.CUT_MARK);
  }

  @Test
  void theCutDoesNotSplitASurrogatePair() {
    int end = MAX - CellText.CUT_MARK.length();
    String s = "x".repeat(end - 1) + "\uD83D\uDE00" + "y".repeat(100);
    String cut = CellText.clean(s);
    assertThat(cut).isEqualTo("x".repeat(end - 1) + CellText.CUT_MARK).hasSize(MAX - 1);
  }
}
