package dev.report.check;

/** Where checks put the issues they find. */
@FunctionalInterface
public interface IssueSink {
  void accept(Issue issue);
}
