package dev.report.read;

import java.io.IOException;

/**
 * A workbook in a form this tool does not read, though nothing is wrong with it: a legacy .xls
 * or an encrypted one. The message says how to save a copy that is read.
 */
public final class RefusedWorkbook extends IOException {
  private static final long serialVersionUID = 1L;

  RefusedWorkbook(String message) {
    super(message);
  }
}
