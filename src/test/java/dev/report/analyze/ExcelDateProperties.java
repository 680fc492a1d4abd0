package dev.report.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** Our date serials are Apache POI's, to the bit, for dates and times from 1800 to 9999. */
class ExcelDateProperties {
  @Property(tries = 2_000, seed = "20261127")
  void sameSerialAsPoi(@ForAll @IntRange(min = -36_500, max = 2_900_000) int dayFrom1900,
      @ForAll @IntRange(min = 0, max = 86_399_999) int millisOfDay) {
    LocalDateTime t = LocalDate.of(1900, 1, 1).plusDays(dayFrom1900).atStartOfDay()
        .plusNanos(millisOfDay * 1_000_000L);
    assertThat(ExcelDate.serial(t)).isEqualTo(DateUtil.getExcelDate(t, false));
  }

  @Test
  void excelsOwnLandmarks() {
    assertThat(ExcelDate.serial(LocalDate.of(1900, 1, 1))).isEqualTo(1);
    assertThat(ExcelDate.serial(LocalDate.of(1900, 2, 28))).isEqualTo(59);
    // 60 is Excel's 29 February 1900, a day that never was.
    assertThat(ExcelDate.serial(LocalDate.of(1900, 3, 1))).isEqualTo(61);
    assertThat(ExcelDate.serial(LocalDate.of(2024, 2, 1))).isEqualTo(45323);
    assertThat(ExcelDate.serial(LocalDateTime.of(2024, 2, 1, 18, 0))).isEqualTo(45323.75);
    assertThat(ExcelDate.serial(LocalDateTime.of(1899, 12, 31, 6, 0))).isEqualTo(0.25);
    assertThat(ExcelDate.serial(LocalDate.of(1899, 12, 30))).isEqualTo(-1);
  }
}
