package dev.report.bench;

import dev.report.read.ReadOptions;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures the reader alone on one file: the first pass (parse and profile every value) and the
 * second (parse and type every value), in MB/s on one thread. Run by {@code bench/reader.sh}:
 * {@code java -cp report.jar dev.report.bench.ReaderBench FILE [REPEATS]}.
 */
public final class ReaderBench {
  private ReaderBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ReaderBench FILE [REPEATS]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    double mb = Files.size(file) / 1e6;
    System.out.printf(Locale.ROOT, "%-6s %-10s %-12s %-12s %-12s%n", "run", "MB",
        "profile_MB/s", "typed_MB/s", "records");
    for (int run = 0; run <= repeats; run++) {
      long t0 = System.nanoTime();
      TableProfile p = TableReader.profile(file, ReadOptions.DEFAULT);
      long t1 = System.nanoTime();
      long[] n = new long[1];
      TableReader.read(p, (r, values) -> {
        if (values != null) {
          n[0]++;
        }
      });
      long t2 = System.nanoTime();
      // Run 0 warms the JIT up and is not a measurement.
      System.out.printf(Locale.ROOT, "%-6s %-10.1f %-12.1f %-12.1f %-12d%n",
          run == 0 ? "warmup" : Integer.toString(run), mb, mb / ((t1 - t0) / 1e9),
          mb / ((t2 - t1) / 1e9), n[0]);
    }
  }
}
