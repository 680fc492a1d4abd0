package dev.report.write;

/**
 * How the report was made, for the About sheet.
 *
 * @param commandLine the command as the user typed it, or how the library was called
 * @param generatedAt the generation time as shown, e.g. {@code 2026-11-26 18:50 UTC}
 * @param assumptions what the reader assumed where the data could not tell
 */
public record RunInfo(String tool, String commandLine, String generatedAt, String assumptions,
    String timeZone, String java) {}
