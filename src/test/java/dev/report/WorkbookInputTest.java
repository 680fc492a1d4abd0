package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel workbooks as inputs (issue 16): read, checked and reported like CSV files. */
class WorkbookInputTest {
  @TempDir Path tmp;

  @Test
  void debug() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    WorkbookFixtures.budget(in);
    WorkbookFixtures.codes(in);
    Files.writeString(in.resolve("hosts.csv"), "host,city\nh1,Paris\nh2,Lyon\n");
    Cli.Run r = Cli.run(in.toString(), "-o", tmp.resolve("out").toString());
    System.out.println(r);
    System.out.println(Files.readString(tmp.resolve("out/issues.csv")));
    try (InputStream s = Files.newInputStream(tmp.resolve("out/report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      for (var sh : wb) {
        System.out.println("== " + sh.getSheetName());
        for (var row : sh) {
          StringBuilder b = new StringBuilder(row.getRowNum() + ": ");
          for (var c : row) {
            b.append(c.getAddress()).append('=').append(c.getCellType()).append(':').append(c)
                .append(" [").append(c.getCellStyle().getDataFormatString()).append("] ");
          }
          System.out.println(b);
        }
      }
    }
  }
}
