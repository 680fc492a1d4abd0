package dev.report.write.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Part of a zip entry made while the workbook is filled: UTF-8 text deflated as it is written
 * (on a second thread when large, see {@link DeflatingStream}) into a temporary file, joined to
 * the entry's other parts when the workbook is written.
 */
final class DeflatedFile {
  private final Path file;
  private final DeflatingStream stream;
  private final Utf8Writer writer;
  private boolean closed;

  DeflatedFile(Path file) throws IOException {
    this.file = file;
    OutputStream out = Files.newOutputStream(file);
    this.stream = new DeflatingStream(out);
    this.writer = new Utf8Writer(stream, file);
  }

  Utf8Writer writer() {
    return writer;
  }

  Path file() {
    return file;
  }

  /** Ends the deflate stream (joinable, not final); its lengths and CRC are then known. */
  DeflatingStream close() throws IOException {
    if (!closed) {
      closed = true;
      writer.close();
    }
    return stream;
  }

  /** Closes quietly (after a failure) and deletes the file. */
  void delete() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      // Already failed; the file goes below.
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Best effort: a temporary file in the system's temporary folder.
    }
  }
}
