package dev.report;

import dev.report.analyze.Aggregate;
import dev.report.analyze.TableStats;
import dev.report.check.Issue;
import dev.report.check.IssueSink;
import dev.report.check.TableChecker;
import dev.report.check.Rule;
import dev.report.check.Severity;
import dev.report.read.RawRecord;
import dev.report.read.SheetNote;
import dev.report.read.TableProfile;
import dev.report.read.TableReader;
import dev.report.read.Value;
import dev.report.schema.Binding;
import dev.report.schema.SchemaChecker;
import dev.report.compare.Fingerprints;
import dev.report.write.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The second pass over a table, on two threads: one reads, types and checks records; the calling
 * thread aggregates them and writes them and their issues to the workbook (which only that
 * thread uses).
 * Records travel in batches through a small bounded queue, so memory stays flat.
 */
final class SecondPass {
  /** Records per batch, and batches in flight: at most about 4,000 records in memory. */
  static final int BATCH = 512;
  static final int QUEUE = 8;

  /**
   * A record's line, whether it is an empty line, its typed values (null for the header and empty
   * lines) and its issues; {@code line} is 0 for issues that follow the last record. Not the
   * record's text: a wide record's cells would stay in memory while it waits.
   */
  private record Item(long line, boolean emptyLine, Value[] values, List<Issue> issues,
      Fingerprints.Record print) {}

  /** Cells per batch: a batch of very wide records holds fewer of them. */
  static final int BATCH_CELLS = 64 * 1024;

  /** The end of the records (an empty batch), after which {@code failure} says how it ended. */
  private static final List<Item> END = List.of();

  private SecondPass() {}

  /** Collects the checker's issues on the reading thread, to go with their record. */
  private static final class Buffer implements IssueSink {
    private List<Issue> issues = new ArrayList<>();

    @Override
    public void accept(Issue issue) {
      issues.add(issue);
    }

    List<Issue> take() {
      if (issues.isEmpty()) {
        return List.of();
      }
      List<Issue> out = issues;
      issues = new ArrayList<>();
      return out;
    }
  }

  /**
   * Checks and writes every record of {@code t}: issues go to {@code issues}, records to
   * {@code sheet} (null when the file is not a table), values to the aggregates and statistics.
   */
  static void run(Binding b, Function<IssueSink, SchemaChecker> schemaChecks,
      List<Aggregate> aggregates, TableStats stats,
      IssueSink issues, ReportWriter.TableSheet sheet, java.util.function.LongConsumer written)
      throws IOException {
    TableProfile t = b.table();
    Buffer buffer = new Buffer();
    TableChecker checker = new TableChecker(t, buffer, b.declared());
    SchemaChecker schema = schemaChecks == null ? null : schemaChecks.apply(buffer);
    checker.start();
    buffer.take().forEach(issues::accept);
    if (sheet == null) {
      return;
    }
    BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(QUEUE);
    // Records are fingerprinted for the next comparison on the reading thread, which has time.
    Fingerprints prints = sheet.fingerprints();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      List<Item> batch = new ArrayList<>(BATCH);
      long[] cells = {0};
      try {
        TableReader.read(t, b.readers(), new TableReader.RecordSink() {
          @Override
          public void note(SheetNote note) {
            buffer.accept(issue(t, note));
          }

          @Override
          public void record(RawRecord record, Value[] values) {
            checker.record(record, values);
            if (schema != null) {
              schema.record(record, values);
            }
            List<Issue> found = buffer.take();
            if (found.size() > 1) {
              // Two checkers: their issues of one record go out in the Issues sheet's order.
              found.sort(Issue.ORDER);
            }
            if (values == null && record.emptyLine() && found.isEmpty()) {
              return;
            }
            batch.add(new Item(record.line(), record.emptyLine(), values, found,
                values == null ? null : prints.add(values)));
            cells[0] += values == null ? 1 : values.length;
            if (batch.size() == BATCH || cells[0] >= BATCH_CELLS) {
              put(queue, new ArrayList<>(batch));
              batch.clear();
              cells[0] = 0;
            }
          }
        });
        checker.finish();
        List<Issue> last = buffer.take();
        if (!last.isEmpty()) {
          batch.add(new Item(0, false, null, last, null));
        }
        if (!batch.isEmpty()) {
          put(queue, batch);
        }
      } catch (Throwable e) {
        failure.set(e);
      } finally {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "report-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        List<Item> batch = queue.take();
        if (batch == END) {
          break;
        }
        written.accept(sheet.rows());
        for (Item item : batch) {
          if (item.line() == 0) {
            item.issues().forEach(issues::accept);
            continue;
          }
          if (item.values() != null) {
            sheet.before(item.line());
          } else if (!item.emptyLine()) {
            sheet.header(item.line());
          }
          item.issues().forEach(issues::accept);
          if (item.values() != null) {
            // Aggregated here, not on the reading thread: the two threads then share the work
            // about evenly (the writer had waited for the reader, then the zip for both).
            for (Aggregate a : aggregates) {
              a.add(item.values());
            }
            stats.add(item.values());
            sheet.write(item.values(), item.issues(), item.print());
          }
        }
      }
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing " + t.fileName(), e);
    } finally {
      if (reader.isAlive()) {
        reader.interrupt();
      }
    }
    Throwable e = failure.get();
    if (e instanceof IOException io) {
      throw io;
    } else if (e instanceof UncheckedIOException u) {
      throw u.getCause();
    } else if (e instanceof RuntimeException r) {
      throw r;
    } else if (e instanceof Error err) {
      throw err;
    } else if (e != null) {
      throw new IllegalStateException(e);
    }
  }

  /** The issue of a worksheet cell's note. */
  static Issue issue(TableProfile t, SheetNote n) {
    String column = n.column() <= t.columns().size() ? t.columns().get(n.column() - 1) : "";
    return switch (n.kind()) {
      case ERROR_VALUE -> new Issue(Severity.WARNING, t.fileName(), n.line(), n.column(), column,
          n.detail(), "the cell holds the error value " + n.detail()
              + ": it is read as a missing value", Rule.CELL_ERROR,
          "fix the formula or its inputs in the workbook");
      case NO_CACHED_VALUE -> new Issue(Severity.WARNING, t.fileName(), n.line(), n.column(),
          column, n.detail(), "the formula has no saved value (the workbook was saved without"
              + " calculating it): it is read as a missing value, not guessed",
          Rule.NO_CACHED_VALUE, "open the workbook in Excel or LibreOffice and save it again");
      case NUMBER_AS_TEXT -> new Issue(Severity.WARNING, t.fileName(), n.line(), n.column(),
          column, n.detail(), "a number stored as text in a column of numbers: it is read as the"
              + " number", Rule.NUMBER_AS_TEXT, "format the cell as a number in the workbook");
    };
  }

  /** Hands a batch to the writer; the reader stops when interrupted (the writer failed). */
  private static void put(BlockingQueue<List<Item>> queue, List<Item> batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the writer stopped", e);
    }
  }
}
