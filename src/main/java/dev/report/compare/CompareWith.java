package dev.report.compare;

import java.nio.file.Path;

/** Which earlier report a run compares its data with (issue 17). */
public sealed interface CompareWith {
  /** The report.xlsx in the output folder, the one this run replaces (the default). */
  record Replaced() implements CompareWith {}

  /** An earlier report given with {@code --compare-with}. */
  record Given(Path file) implements CompareWith {}

  /** No comparison ({@code --no-compare}). */
  record Off() implements CompareWith {}

  CompareWith REPLACED = new Replaced();
  CompareWith OFF = new Off();
}
