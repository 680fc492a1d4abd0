package dev.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An input folder with more charts than the Overview holds: the example's CSVs and deals.csv. */
final class ManyCharts {
  private ManyCharts() {}

  /** Writes the folder {@code dir/many} and returns it. */
  static Path folder(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("many"));
    for (String name : new String[] {"capex_guidance.csv", "events.csv", "partners.csv"}) {
      Files.copy(Cli.EXAMPLE.resolve(name), in.resolve(name));
    }
    Files.writeString(in.resolve("deals.csv"), """
        signed,host,kind,amount
        2024-01-03,AWS,cloud,10
        2024-02-11,AWS,cloud,20
        2024-03-05,Groq,chips,5
        2024-04-01,Groq,chips,7
        2024-05-01,Dell,hardware,3
        2024-06-01,Dell,hardware,4
        """, StandardCharsets.UTF_8);
    return in;
  }
}
