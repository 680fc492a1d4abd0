package dev.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.analyze.ExcelDate;
import dev.report.read.ReadOptions;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import dev.report.read.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * The class of issue 19's date defects: a value is a date cell only if Excel can show it as
 * written (the date it names, in 1900-01-01 to 9999-12-31, a zone offset applied); otherwise it is
 * text with an issue at its cell; no value is changed silently. Seeded.
 */
class DateCellProperties {
  private final Path dir;

  DateCellProperties() throws IOException {
    dir = Files.createTempDirectory("date-cells");
  }

  @AfterProperty
  void cleanUp() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  /** A date as written: its parts (any, possibly impossible), its form, a time and an offset. */
  record Written(int year, int month, int day, boolean dayFirst, int hour, int minute,
      String offset) {
    boolean hasTime() {
      return hour >= 0;
    }

    String text() {
      String date = dayFirst ? String.format("%02d/%02d/%04d", day, month, year)
          : String.format("%04d-%02d-%02d", year, month, day);
      if (!hasTime()) {
        return date;
      }
      return date + (dayFirst ? " " : "T") + String.format("%02d:%02d", hour, minute)
          + (dayFirst ? "" : offset);
    }

    /** The moment it names, in UTC, or null when there is none. */
    LocalDateTime named() {
      try {
        LocalDateTime t = LocalDateTime.of(LocalDate.of(year, month, day),
            hasTime() ? LocalTime.of(hour, minute) : LocalTime.MIDNIGHT);
        if (!dayFirst && hasTime() && !offset.isEmpty()) {
          t = t.minusSeconds(ZoneOffset.of(offset).getTotalSeconds());
        }
        return t;
      } catch (DateTimeException e) {
        return null;
      }
    }

    /** Nine ordinary values of the same form, one settling the day-first order. */
    String regular(int i) {
      String time = hasTime() ? (dayFirst ? " 12:00" : "T12:00") : "";
      return (dayFirst ? String.format("%02d/07/2023", 13 + i) : "2023-07-" + (10 + i)) + time;
    }
  }

  @Provide
  Arbitrary<Written> written() {
    Arbitrary<Integer> years = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 9999)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1897, 1901)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(1, 9999)));
    Arbitrary<Integer> hours = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(-1)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 25)));
    return Combinators.combine(years, Arbitraries.integers().between(0, 13),
            Arbitraries.integers().between(0, 32), Arbitraries.of(true, false), hours,
            Arbitraries.integers().between(0, 61),
            Arbitraries.of("", "Z", "+02:00", "-05:30", "+14:00", "-12:00"))
        .as(Written::new);
  }

  @Property(tries = 400, seed = "20261204")
  void aDateCellShowsTheDateAsWrittenElseTheCellHasAnIssue(@ForAll("written") Written w)
      throws IOException {
    StringBuilder csv = new StringBuilder("when,n\n");
    for (int i = 0; i < 9; i++) {
      csv.append(w.regular(i)).append(',').append(i).append('\n');
    }
    csv.append(w.text()).append(",9\n");
    Path file = dir.resolve("t.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    TableProfile t = TableReader.profile(file, ReadOptions.DEFAULT);
    List<Issue> issues = new ArrayList<>();
    List<Value> cells = new ArrayList<>();
    TableChecker checker = new TableChecker(t, issues::add);
    checker.start();
    TableReader.read(t, (r, values) -> {
      checker.record(r, values);
      if (values != null) {
        cells.add(values[0]);
      }
    });
    checker.finish();
    Value v = cells.get(9);
    boolean issue = issues.stream().anyMatch(i -> i.line() == 11 && i.column() == 1);
    LocalDateTime named = w.named();
    LocalDateTime read = v instanceof Value.Date d ? d.date().atStartOfDay()
        : v instanceof Value.DateTime d ? d.dateTime() : null;
    assertThat(v.text()).as("the text as written").isEqualTo(w.text());
    if (read != null) {
      assertThat(read).as("the date read is the one written").isEqualTo(named);
      boolean fits = ExcelDate.fits(read);
      assertThat(issue).as("a date Excel cannot hold is reported").isEqualTo(!fits);
      if (fits) {
        assertThat(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(ExcelDate.serial(read)))
            .as("the cell shows it").isEqualTo(read);
      }
    } else {
      assertThat(issue).as("a value kept as text is reported").isTrue();
      assertThat(named).as("no date is lost").isNull();
    }
  }
}
