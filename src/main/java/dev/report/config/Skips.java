package dev.report.config;

import dev.report.ExitCode;
import dev.report.ReportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables report.yaml leaves out ({@code skip: true}), matched before any file is read: a CSV
 * file by its file name or table name ({@code notes.csv}, {@code notes}), a worksheet by its file
 * form or sheet name ({@code budget.xlsx [Notes]}, {@code Notes}). Each entry must match an input.
 */
public final class Skips {
  private final String yaml;
  private final List<Settings.TableSettings> asked = new ArrayList<>();
  /** The file form of each table left out, by the report.yaml entry that left it out. */
  private final Map<Settings.TableSettings, String> found = new LinkedHashMap<>();
  /** Every input table met, name or file form to file form, for messages. */
  private final Map<String, String> met = new LinkedHashMap<>();
  private final List<String> forms = new ArrayList<>();

  public Skips(Settings settings) {
    this.yaml = settings.file();
    for (Settings.TableSettings t : settings.tables()) {
      if (t.skip()) {
        asked.add(t);
      }
    }
  }

  /** Whether the CSV file is left out. */
  public boolean csv(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return match(name, dot > 0 ? name.substring(0, dot) : name);
  }

  /** Whether the worksheet {@code sheet} of the workbook {@code file} is left out. */
  public boolean sheet(Path file, String sheet) {
    return match(file.getFileName().toString() + " [" + sheet + "]", sheet);
  }

  private boolean match(String form, String name) {
    met.put(form, form);
    met.putIfAbsent(name, form);
    forms.add(form);
    boolean skip = false;
    for (Settings.TableSettings t : asked) {
      if (t.table().equalsIgnoreCase(form) || t.table().equalsIgnoreCase(name)) {
        found.putIfAbsent(t, form);
        skip = true;
      }
    }
    return skip;
  }

  /** Each entry with {@code skip: true} must name an input: else exit 2 with a did-you-mean. */
  public void checkFound() {
    for (Settings.TableSettings t : asked) {
      if (!found.containsKey(t)) {
        String closest = Names.closest(t.table(), met.keySet());
        throw error(t.line(), "table \"" + t.table() + "\" (skip: true) is not among the inputs ("
            + String.join(", ", forms.stream().sorted().toList()) + ")"
            + (closest == null ? "" : "; did you mean \"" + met.get(closest) + "\"?"));
      }
    }
  }

  /** The tables left out, file form to the 1-based line of report.yaml that says so. */
  public Map<String, Integer> skipped() {
    Map<String, Integer> out = new LinkedHashMap<>();
    found.forEach((t, form) -> out.putIfAbsent(form, t.line()));
    return out;
  }

  /**
   * The line of report.yaml that leaves out the table called {@code name} (as a chart would
   * name it), or 0 when it is not left out.
   */
  int skipLine(String name) {
    for (Map.Entry<Settings.TableSettings, String> e : found.entrySet()) {
      String form = e.getValue();
      String sheet = form.endsWith("]") && form.contains(" [")
          ? form.substring(form.indexOf(" [") + 2, form.length() - 1) : null;
      int dot = form.lastIndexOf('.');
      String base = sheet == null && dot > 0 ? form.substring(0, dot) : form;
      if (name.equalsIgnoreCase(e.getKey().table()) || name.equalsIgnoreCase(form)
          || name.equalsIgnoreCase(base) || sheet != null && name.equalsIgnoreCase(sheet)) {
        return e.getKey().line();
      }
    }
    return 0;
  }

  private ReportException error(int line, String message) {
    return new ReportException(ExitCode.USAGE, yaml + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
