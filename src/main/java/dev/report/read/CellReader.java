package dev.report.read;

/** Reads one value as written (not trimmed) into a typed value; a column's reading rule. */
@FunctionalInterface
public interface CellReader {
  Value convert(String raw);
}
