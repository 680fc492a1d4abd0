package dev.report.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SheetNamesTest {
  @Test
  void forbiddenCharactersBecomeUnderscores() {
    assertThat(SheetNames.clean("a[b]:c*d?e/f\\g")).isEqualTo("a_b__c_d_e_f_g");
  }

  @Test
  void charactersXmlCannotHoldBecomeUnderscores() {
    assertThat(SheetNames.clean("t\uFFFF\uFFFEx\u0001")).isEqualTo("t__x_");
  }

  @Test
  void namesAreCutTo31CharactersAndLoseEdgeApostrophes() {
    assertThat(SheetNames.clean("'quoted'")).isEqualTo("quoted");
    String longName = "a_very_long_table_name_from_a_spreadsheet_export";
    assertThat(SheetNames.clean(longName)).hasSize(31).isEqualTo(longName.substring(0, 31));
    assertThat(SheetNames.clean("   ")).isEqualTo("Sheet");
  }

  @Test
  void namesAreUniqueIgnoringCaseAndAvoidTheReportsOwnAndHistory() {
    SheetNames names = new SheetNames();
    names.reserve("Overview");
    names.reserve("Issues");
    assertThat(names.unique("overview")).isEqualTo("overview (2)");
    assertThat(names.unique("history")).isEqualTo("history (2)");
    assertThat(names.unique("Data")).isEqualTo("Data");
    assertThat(names.unique("DATA")).isEqualTo("DATA (2)");
    assertThat(names.unique("DATA")).isEqualTo("DATA (3)");
  }

  /**
   * Every name of the report's own sheets, in any case, as a table's name: the table gets another
   * name, and every report sheet can still be made afterwards (they were "sheet name used twice",
   * exit 70, for summary.csv, about.csv or Charts.csv).
   */
  @Test
  void aTableNamedLikeAReportSheetInAnyCaseLeavesItsName() {
    for (String own : SheetNames.REPORT_SHEETS) {
      for (String wanted : List.of(own, own.toLowerCase(Locale.ROOT),
          own.toUpperCase(Locale.ROOT), own.substring(0, 1).toLowerCase(Locale.ROOT)
              + own.substring(1).toUpperCase(Locale.ROOT))) {
        SheetNames names = new SheetNames();
        String table = names.unique(wanted);
        assertThat(table).as(wanted).isEqualTo(wanted + " (2)");
        for (String report : SheetNames.REPORT_SHEETS) {
          assertThat(names.reserve(report)).isEqualTo(report);
        }
        assertThat(names.unique(wanted)).as(wanted).isEqualTo(wanted + " (3)");
      }
    }
  }

  @Test
  void aReportSheetIsMadeOnce() {
    SheetNames names = new SheetNames();
    names.reserve("Summary");
    assertThatThrownBy(() -> names.reserve("Summary")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> names.reserve("Data")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSuffixStillFitsIn31Characters() {
    SheetNames names = new SheetNames();
    String base = "x".repeat(40);
    assertThat(names.unique(base)).hasSize(31);
    assertThat(names.unique(base)).isEqualTo("x".repeat(27) + " (2)");
  }
}
