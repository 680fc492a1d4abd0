package dev.report.chart;

/** What stands for each chart in the workbook (report.yaml's {@code workbook_charts}). */
public enum WorkbookCharts {
  /** An Excel chart bound to the Chart data sheet; the PNG where no native form exists. */
  NATIVE,
  /** The PNG as a picture. */
  PICTURE,
  /** Both, side by side: the Excel chart, then the PNG. */
  BOTH
}
