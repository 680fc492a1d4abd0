package dev.report.write.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook with two of its own extension points set for speed: each sheet's data
 * goes through a {@link SheetWriter} (no lock per character; category texts as shared strings),
 * and the zip is deflated at a low level with fixed entry times.
 */
final class PoiWorkbook extends SXSSFWorkbook {
  /**
   * Deflate level of the workbook's zip. Measured on the 1,000,000-row benchmark's sheet XML
   * (100 MB): level 1 took 0.65 s and made a file 38% larger than level 6 (POI's default),
   * level 2 took 0.61 s for 23% larger, level 3 0.87 s for 13%, level 6 2.5 s.
   */
  static final int DEFLATE_LEVEL = 2;

  /**
   * The time of every zip entry: 1980-01-01 00:00, the first a zip can say, in the local time zone
   * (zip times are local), so that the same data gives the same bytes whenever it is written.
   */
  static final long ENTRY_TIME =
      LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

  private final Workbook.TempFiles temp;
  /** The writer made last: the one of the sheet being created (SXSSF gives no other way). */
  private SheetWriter created;

  PoiWorkbook(Workbook.TempFiles temp) {
    // No row window: the facade flushes each row when it ends. Inline strings for SXSSF's own
    // string cells (flat memory); only category texts go to the shared strings, a bounded number.
    super(new XSSFWorkbook(), -1, false, false);
    this.temp = temp;
    // Each sheet's dimension is set from the cells its facade wrote (see Sheet#beforeWrite).
    setShouldCalculateSheetDimensions(false);
  }

  Workbook.TempFiles temp() {
    return temp;
  }

  /** Takes the writer of the sheet just created. */
  SheetWriter takeCreated() {
    SheetWriter w = created;
    created = null;
    return w;
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    created = SheetWriter.create(temp);
    return created;
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    FailureKeeping kept = new FailureKeeping(out);
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(kept) {
      @Override
      public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        entry.setTime(ENTRY_TIME);
        super.putArchiveEntry(entry);
      }

      @Override
      public void finish() throws IOException {
        // SXSSF finishes the zip in a finally: after a failed write that would only say "This
        // archive contains unclosed entries" and hide why it failed.
        if (kept.failed != null) {
          throw kept.failed;
        }
        super.finish();
      }
    };
    // A plain zip, Zip64 only for an entry that needs it: Excel and LibreOffice read both.
    zip.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.AsNeeded);
    zip.setLevel(DEFLATE_LEVEL);
    return zip;
  }

  /** Passes bytes on, and keeps the first failure to write them. */
  private static final class FailureKeeping extends FilterOutputStream {
    IOException failed;

    FailureKeeping(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        failed = failed == null ? e : failed;
        throw e;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failed = failed == null ? e : failed;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failed = failed == null ? e : failed;
        throw e;
      }
    }
  }
}
