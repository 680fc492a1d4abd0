package dev.report;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice Calc, headless, for tests that open our workbooks in a real spreadsheet. Such tests
 * are skipped only where LibreOffice is not installed and this is not CI ({@code .ci/run}
 * installs it, and sets CI).
 */
public final class Calc {
  private Calc() {}

  /** Skips the calling test when soffice is missing outside CI; in CI it must be there. */
  public static void assumeInstalled() {
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      assumeThat(installed()).as("LibreOffice (soffice) is installed").isTrue();
    }
  }

  static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code soffice --headless --convert-to FORMAT} on {@code file} into {@code outDir}, with
   * a profile of its own beside {@code outDir} and its output in a log there; returns its exit
   * code.
   */
  public static int convert(Path file, String format, Path outDir)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    Path profile = outDir.resolveSibling(outDir.getFileName() + "-profile");
    ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString(),
        file.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(outDir.resolveSibling(outDir.getFileName() + ".log").toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not convert " + file + " in 120 s");
    }
    return p.exitValue();
  }
}
