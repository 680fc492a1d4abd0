package dev.report.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Tables;
import dev.report.read.Value;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first and latest values of a level per group, as the Summary's formulas find them. */
class LatestTest {
  @TempDir Path tmp;

  private static final String CAPEX = """
      announced,fiscal_year,low_usd_billion,high_usd_billion,kind
      2024-02-01,2024,30,37,guidance
      2024-04-24,2024,35,40,guidance
      2024-10-30,2024,38,40,guidance
      2025-01-24,2025,60,65,guidance
      2025-01-29,2024,39.23,39.23,actual
      2025-01-29,2025,60,65,guidance
      2025-10-29,2025,70,72,guidance
      """;

  private TableStats stats(String csv) {
    return stats(csv, false);
  }

  private TableStats stats(String csv, boolean shuffled) {
    Tables.Read t = Tables.read(tmp, "t.csv", csv);
    TableStats s = TableStats.plan(t.profile());
    List<Value[]> rows = new ArrayList<>(t.rows());
    if (shuffled) {
      Collections.shuffle(rows, new Random(15));
    }
    rows.forEach(s::add);
    return s;
  }

  private static double day(String iso) {
    return ExcelDate.serial(LocalDate.parse(iso));
  }

  private static List<String> labels(Latest.Group g) {
    return g.values().stream().map(Grouping::label).toList();
  }

  @Test
  void theEndsOfAGuidanceAreFollowedTogetherPerFiscalYearAndKind() {
    TableStats s = stats(CAPEX);
    assertThat(s.latest()).singleElement().satisfies(l -> {
      assertThat(l.valueColumns).containsExactly(2, 3);
      assertThat(l.groupColumns).containsExactly(1, 4);
      assertThat(l.dateColumn).isZero();
      assertThat(l.groups()).extracting(LatestTest::labels).containsExactly(
          List.of("2024", "actual"), List.of("2024", "guidance"), List.of("2025", "guidance"));
      Latest.Group fy24 = l.groups().get(1);
      assertThat(fy24.records()).isEqualTo(3);
      assertThat(fy24.firstDate()).isEqualTo(day("2024-02-01"));
      assertThat(fy24.latestDate()).isEqualTo(day("2024-10-30"));
      assertThat(List.of(fy24.first(0), fy24.first(1), fy24.latest(0), fy24.latest(1)))
          .containsExactly(30.0, 37.0, 38.0, 40.0);
      Latest.Group actual = l.groups().get(0);
      assertThat(actual.first(0)).isEqualTo(39.23);
      assertThat(actual.latest(1)).isEqualTo(39.23);
    });
    assertThat(s.rollup(2)).isEqualTo(Rollup.LATEST);
    assertThat(s.groups()).as("no totals of levels by kind").isEmpty();
    assertThat(s.years()).as("nor by year").isEmpty();
  }

  @Test
  void theOrderOfTheRecordsDoesNotMatter() {
    for (int i = 0; i < 5; i++) {
      Latest l = stats(CAPEX, true).latest().get(0);
      Latest.Group fy25 = l.groups().get(2);
      assertThat(List.of(fy25.first(0), fy25.first(1), fy25.latest(0), fy25.latest(1)))
          .containsExactly(60.0, 65.0, 70.0, 72.0);
    }
  }

  @Test
  void twoRecordsOnTheLatestDateGiveTheirMean() {
    Latest l = stats("""
        day,price
        2024-01-01,10
        2024-03-01,12
        2024-03-01,13
        2024-02-01,99
        """).latest().get(0);
    Latest.Group all = l.groups().get(0);
    assertThat(l.groupColumns).isEmpty();
    assertThat(labels(all)).isEmpty();
    assertThat(all.latestDate()).isEqualTo(day("2024-03-01"));
    assertThat(all.latest(0)).isEqualTo(12.5);
    assertThat(all.first(0)).isEqualTo(10);
  }

  @Test
  void recordsWithoutADateOrANumberInEveryEndAreLeftOut() {
    Latest l = stats("""
        day,low_price,high_price,region
        2024-01-01,,5,North
        2024-01-02,4,6,North
        ,1,2,North
        2024-05-01,7,n/a,North
        2024-04-01,8,9,North
        2024-06-01,,,South
        2024-06-02,1,1,South
        2024-06-03,2,2,South
        """).latest().get(0);
    assertThat(l.groups()).extracting(LatestTest::labels)
        .containsExactly(List.of("North"), List.of("South"));
    Latest.Group north = l.groups().get(0);
    assertThat(north.records()).isEqualTo(5);
    assertThat(north.firstDate()).isEqualTo(day("2024-01-02"));
    assertThat(north.latestDate()).isEqualTo(day("2024-04-01"));
    assertThat(List.of(north.first(0), north.first(1), north.latest(0), north.latest(1)))
        .containsExactly(4.0, 6.0, 8.0, 9.0);
  }

  @Test
  void aGroupWithNoDatedNumberHasNoFirstNorLatest() {
    Latest l = stats("""
        day,price,shop
        2024-01-01,3,A
        2024-01-02,4,A
        ,5,B
        2024-01-03,x,B
        2024-01-03,5,A
        """).latest().get(0);
    Latest.Group b = l.groups().get(1);
    assertThat(labels(b)).containsExactly("B");
    assertThat(b.records()).isEqualTo(2);
    assertThat(b.dated()).isFalse();
  }

  @Test
  void aColumnOfRangesIsFollowedByItsLowAndHighEnds() {
    Latest l = stats("""
        announced,guidance
        2024-02-01,30-37
        2024-10-30,38-40
        2024-04-24,35 to 40
        """).latest().get(0);
    assertThat(l.rangeColumn).isTrue();
    assertThat(l.width()).isEqualTo(2);
    Latest.Group all = l.groups().get(0);
    assertThat(List.of(all.first(0), all.first(1), all.latest(0), all.latest(1)))
        .containsExactly(30.0, 37.0, 38.0, 40.0);
  }

  @Test
  void groupsPastTheCapAreCountedNotListed() {
    // 4 years by 26 shops, 2 records each: 104 groups, the last 4 (8 records) not listed.
    StringBuilder csv = new StringBuilder("day,fiscal_year,price,shop\n");
    for (int year = 2020; year < 2024; year++) {
      for (char shop = 'A'; shop <= 'Z'; shop++) {
        for (int k = 1; k <= 2; k++) {
          csv.append(year).append("-01-0").append(k).append(',').append(year).append(',')
              .append(k).append(",shop ").append(shop).append('\n');
        }
      }
    }
    Latest l = stats(csv.toString()).latest().get(0);
    assertThat(l.groupColumns).containsExactly(1, 3);
    assertThat(l.groups()).hasSize(Latest.MAX_GROUPS);
    assertThat(l.unlisted()).isEqualTo(8);
    assertThat(labels(l.groups().get(Latest.MAX_GROUPS - 1))).containsExactly("2023", "shop V");
  }

  @Test
  void numbersAreWrittenAsFormulaLiterals() {
    assertThat(Latest.literal(2024)).isEqualTo("2024");
    assertThat(Latest.literal(0.5)).isEqualTo("0.5");
    assertThat(Latest.literal(-1e20)).isEqualTo("-100000000000000000000");
  }
}
