package dev.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  @Test
  void showsTheStageFileAndRecordsThenErasesItself() throws InterruptedException {
    StringWriter out = new StringWriter();
    try (ProgressLine line = new ProgressLine(new PrintWriter(out), 0)) {
      line.update("deals.csv", "writing", 512_000);
      long deadline = System.currentTimeMillis() + 5_000;
      while (!out.toString().contains("records") && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
    }
    String text = out.toString();
    assertThat(text).startsWith("\rreport: writing deals.csv, 512,000 records (");
    assertThat(text).endsWith("\r");
    assertThat(text.substring(text.lastIndexOf("\r", text.length() - 2))).isBlank();
  }

  @Test
  void shortRunsShowNothing() {
    StringWriter out = new StringWriter();
    try (ProgressLine line = new ProgressLine(new PrintWriter(out))) {
      line.update("a.csv", "reading", 0);
    }
    assertThat(out.toString()).isEmpty();
  }
}
