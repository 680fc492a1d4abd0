package dev.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Cli;
import dev.report.read.DateOrder;
import dev.report.read.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --locale settles what the data cannot: the decimal mark and day or month first. */
class LocalesTest {
  @TempDir Path tmp;

  @Test
  void eachLocaleGivesItsDecimalMarkAndDateOrder() {
    assertThat(Locales.readOptions("en-US")).isEqualTo(new ReadOptions('.', DateOrder.MONTH_FIRST));
    assertThat(Locales.readOptions("en-GB")).isEqualTo(new ReadOptions('.', DateOrder.DAY_FIRST));
    assertThat(Locales.readOptions("fr-FR")).isEqualTo(new ReadOptions(',', DateOrder.DAY_FIRST));
    assertThat(Locales.readOptions("de_DE")).isEqualTo(new ReadOptions(',', DateOrder.DAY_FIRST));
  }

  @Test
  void aFrenchRunReadsAmbiguousValuesTheFrenchWay() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("t.csv"), "d;x\n03/04/2024;1,234\n05/06/2024;2,345\n",
        StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(in.toString(), "-o", tmp.resolve("out").toString(), "--locale", "fr-FR");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("they were read day first (if months come first, run with --locale en-US)")
        .contains("they were read with ',' as decimal mark");
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      var row = wb.getSheet("t").getRow(1);
      assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(java.time.LocalDate.of(2024, 4, 3));
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.234);
    }
  }
}
