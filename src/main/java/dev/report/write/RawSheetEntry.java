package dev.report.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * One worksheet's zip entry, put together from three raw deflate streams: the sheet XML up to
 * {@code <sheetData>}, its rows (deflated while they were written) and the rest of the XML. Each
 * of the first two ends with a sync flush (byte-aligned, not final), so that joined they are one
 * valid deflate stream.
 */
final class RawSheetEntry {
  private RawSheetEntry() {}

  static void write(ZipArchiveOutputStream zip, ZipArchiveEntry in, byte[] partXml,
      FastWorkbook.SheetData rows) throws IOException {
    String xml = new String(partXml, StandardCharsets.UTF_8);
    int empty = xml.indexOf("<sheetData/>");
    String start;
    String end;
    if (empty >= 0) {
      start = xml.substring(0, empty) + "<sheetData>\n";
      end = "</sheetData>" + xml.substring(empty + "<sheetData/>".length());
    } else {
      int open = xml.indexOf("<sheetData>");
      int close = xml.indexOf("</sheetData>");
      if (open < 0 || close < open) {
        throw new IllegalStateException("no sheetData in " + in.getName());
      }
      // As SXSSF: what the part holds between the tags comes before the rows.
      start = xml.substring(0, close);
      end = xml.substring(close);
    }
    byte[] head = start.getBytes(StandardCharsets.UTF_8);
    byte[] tail = end.getBytes(StandardCharsets.UTF_8);
    byte[] headDeflated = deflate(head, End.JOINABLE);
    byte[] tailDeflated = deflate(tail, End.FINAL);
    DeflatingStream d = rows.stream();
    long crc = Crc32.combine(Crc32.combine(crc(head), d.crc(), d.length()), crc(tail), tail.length);
    ZipArchiveEntry e = new ZipArchiveEntry(in.getName());
    e.setTime(FastWorkbook.ENTRY_TIME);
    e.setMethod(ZipEntry.DEFLATED);
    e.setCrc(crc);
    e.setSize(head.length + d.length() + tail.length);
    e.setCompressedSize(headDeflated.length + d.compressedLength() + tailDeflated.length);
    try (InputStream rowsIn = Files.newInputStream(rows.file().toPath());
        InputStream all = new SequenceInputStream(java.util.Collections.enumeration(List.of(
            new ByteArrayInputStream(headDeflated), rowsIn, new ByteArrayInputStream(tailDeflated))))) {
      zip.addRawArchiveEntry(e, all);
    }
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }

  /** How a deflate stream ends: a sync flush that more may follow, or the final block. */
  private enum End { JOINABLE, FINAL }

  private static byte[] deflate(byte[] b, End end) {
    Deflater d = new Deflater(FastWorkbook.DEFLATE_LEVEL, true);
    try {
      d.setInput(b);
      if (end == End.FINAL) {
        d.finish();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(b.length / 2 + 64);
      byte[] buf = new byte[1 << 16];
      while (true) {
        int n = end == End.FINAL ? d.deflate(buf) : d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
        out.write(buf, 0, n);
        if (end == End.FINAL ? d.finished() : n < buf.length) {
          break;
        }
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }
}
