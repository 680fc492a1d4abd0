package dev.report.write.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Loads and runs once, off the critical path, the parts of POI a report uses: about 2,000
 * classes (XMLBeans' type system, the OOXML schemas, SXSSF, the package writer), which took
 * about a second of a one-thread start when they were first needed by the workbook itself. Run
 * on a thread of its own while the command line is read, the inputs are read and charts drawn;
 * the report's own workbook then finds them loaded.
 */
public final class WarmUp {
  /** A 1 x 1 grey PNG. */
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==");

  private static final java.util.concurrent.atomic.AtomicBoolean STARTED =
      new java.util.concurrent.atomic.AtomicBoolean();

  private WarmUp() {}

  /**
   * Runs {@link #run} once per JVM, on a daemon thread, so that it never delays the exit: its
   * temporary files, and the one POI makes while writing, are deleted when the JVM exits if it
   * ends first.
   */
  /** Whether the warm-up ran out of memory (see {@link #run}). */
  public static boolean ranOutOfMemory() {
    return outOfMemory;
  }

  private static volatile boolean outOfMemory;

  public static void start() {
    if (STARTED.compareAndSet(false, true)) {
      // POI's own temporary files (the workbook's template while it is written) too.
      System.setProperty("poi.delete.tmp.files.on.exit", "true");
      Thread t = new Thread(WarmUp::run, "report-warmup");
      t.setDaemon(true);
      t.start();
    }
  }

  /** A native chart of bars and of a line (the chart schema's classes, XDDF's). */
  private static void chart(org.apache.poi.xssf.usermodel.XSSFChart chart) {
    var x = chart.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM);
    var y = chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT);
    var categories = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
        new String[] {"a"}, "'Data'!$A$2:$A$2");
    var values = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
        new Double[] {1.5}, "'Data'!$B$2:$B$2");
    for (var type : new org.apache.poi.xddf.usermodel.chart.ChartTypes[] {
        org.apache.poi.xddf.usermodel.chart.ChartTypes.BAR,
        org.apache.poi.xddf.usermodel.chart.ChartTypes.LINE}) {
      var data = chart.createData(type, x, y);
      data.addSeries(categories, values).setTitle("a", null);
      chart.plot(data);
    }
    chart.setTitleText("c");
  }

  /**
   * Writes a small workbook using every feature of {@link Workbook} and {@link Sheet} to
   * nowhere. Never fails: a problem (an unusable temporary folder) is the real run's to report.
   * Its temporary files are deleted before it returns.
   */
  public static void run() {
    List<Path> files = new ArrayList<>();
    try (Workbook wb = new Workbook(() -> {
      Path p = Files.createTempFile("report-warmup", ".xml");
      p.toFile().deleteOnExit();
      files.add(p);
      return p;
    })) {
      int bold = wb.style(Style.PLAIN.withFont(new Style.Font(true, 11, Style.Color.BLUE, true))
          .withFill(Style.Color.GREY_25_PERCENT).withBottomBorder().withWrap()
          .withVertical(Style.Vertical.TOP).withFormat("#,##0.00"));
      Sheet data = wb.addSheet("Data", Workbook.RowMode.STREAMED);
      data.startRow(0);
      data.text(0, bold, "a");
      data.shared(1, 0, wb.sharedString("b"));
      data.endRow();
      data.startRow(1);
      data.number(0, bold, 1.5);
      data.bool(1, 0, true);
      data.endRow();
      data.columnWidth(0, 10);
      data.freezeHeaderRow();
      data.textMayLookNumeric(1, 1, 1);
      data.table("Data", List.of("a", "b"), 1, "TableStyleMedium2");
      data.comment(1, 0, "note", "report", 2, 2);
      data.link(1, 1, "https://example.org/");
      data.printSetUp("Data", "Page &P of &N", true);
      Sheet cells = wb.addSheet("Cells");
      cells.startRow(0);
      cells.text(0, 0, "x");
      cells.formula(1, bold, "SUM('Data'!A2:A2)", 1.5);
      cells.blank(2, bold);
      cells.endRow();
      cells.internalLink(0, 0, "'Data'!A1");
      cells.autoFilter(0, 2);
      cells.picture(PNG, "p", "p", new Sheet.Anchor(3, 0, 0, 0, 4, 0, 1, 0, 0, 0, 9525, 9525));
      chart(cells.chart("c", "c", new Sheet.Anchor(5, 0, 0, 0, 6, 0, 1, 0, 0, 0, 9525, 9525)));
      wb.moveSheet(cells, 0);
      wb.activeSheet(data);
      wb.recalculateOnOpen();
      wb.properties("t", "s", "c", Instant.EPOCH);
      wb.write(OutputStream.nullOutputStream());
    } catch (OutOfMemoryError e) {
      // A heap too small for the warm-up is too small for the report. The classes it was
      // initialising stay unusable, so the report then fails with "Could not initialize class":
      // ranOutOfMemory() lets Main say what happened.
      outOfMemory = true;
    } catch (IOException | RuntimeException | LinkageError e) {
      // The real workbook will meet the same problem and say what it is.
    } finally {
      for (Path p : files) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Best effort, as for the report's own temporary files.
        }
      }
    }
  }
}
