package dev.report.write.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A zip entry put together from raw deflate streams: pieces deflated while a sheet was filled
 * (each ending with a sync flush: byte-aligned, not final) and small texts deflated here, the
 * last one final, so that joined they are one valid deflate stream. Its CRC is combined from the
 * pieces' own ({@link Crc32#combine}).
 */
final class JoinedEntry {
  private JoinedEntry() {}

  /** One piece: already deflated in a file, or a text to deflate here. */
  record Piece(Path file, DeflatingStream deflated, byte[] text) {}

  static Piece file(Path file, DeflatingStream deflated) {
    return new Piece(file, deflated, null);
  }

  static Piece text(String s) {
    return new Piece(null, null, s.getBytes(StandardCharsets.UTF_8));
  }

  static void write(ZipArchiveOutputStream zip, String name, List<Piece> pieces)
      throws IOException {
    if (pieces.get(pieces.size() - 1).text() == null) {
      throw new IllegalArgumentException("the last piece must be a text, to end the stream");
    }
    long crc = 0;
    long size = 0;
    long compressed = 0;
    List<InputStream> in = new ArrayList<>();
    try {
      for (int i = 0; i < pieces.size(); i++) {
        Piece p = pieces.get(i);
        long pieceCrc;
        long pieceLength;
        if (p.text() != null) {
          byte[] d = deflate(p.text(), i == pieces.size() - 1);
          CRC32 c = new CRC32();
          c.update(p.text());
          pieceCrc = c.getValue();
          pieceLength = p.text().length;
          compressed += d.length;
          in.add(new ByteArrayInputStream(d));
        } else {
          pieceCrc = p.deflated().crc();
          pieceLength = p.deflated().length();
          compressed += p.deflated().compressedLength();
          in.add(Files.newInputStream(p.file()));
        }
        crc = i == 0 ? pieceCrc : Crc32.combine(crc, pieceCrc, pieceLength);
        size += pieceLength;
      }
      ZipArchiveEntry e = new ZipArchiveEntry(name);
      e.setTime(Workbook.ENTRY_TIME);
      e.setMethod(ZipEntry.DEFLATED);
      e.setCrc(crc);
      e.setSize(size);
      e.setCompressedSize(compressed);
      try (InputStream all = new SequenceInputStream(Collections.enumeration(in))) {
        zip.addRawArchiveEntry(e, all);
      }
    } finally {
      for (InputStream s : in) {
        s.close();
      }
    }
  }

  /** Deflates {@code b}, ending with the final block or with a sync flush that more may follow. */
  static byte[] deflate(byte[] b, boolean last) {
    Deflater d = new Deflater(Workbook.DEFLATE_LEVEL, true);
    try {
      d.setInput(b);
      if (last) {
        d.finish();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(b.length / 2 + 64);
      byte[] buf = new byte[1 << 16];
      while (true) {
        int n = last ? d.deflate(buf) : d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
        out.write(buf, 0, n);
        if (last ? d.finished() : n < buf.length) {
          break;
        }
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }
}
